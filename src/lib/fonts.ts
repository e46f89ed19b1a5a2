/**
 * The interface's Hangul faces (Noto Sans KR) are a stylesheet of their own, static/fonts/fonts-kr.css
 * (scripts/copy-fonts.ts). Registering its 124 faces, one per unicode-range slice, costs the browser
 * about 100 ms of style work; linked in the <head>, that work came before the page's first layout and
 * held back the map's start (README, Performance). So the map page adds it from script: at once when
 * the interface turns Korean, and after the map's first render otherwise, for the Korean words an
 * English or Russian page shows (the language picker, Korean source titles). Without JavaScript it is
 * linked from <noscript>; other pages link it in their <head> (src/hooks.server.ts).
 */
export const KOREAN_FONTS = '/fonts/fonts-kr.css';

/** The link for the <head>; in <noscript> on the map page, plain on the others. */
export const koreanFontsLink = (base = '') => `<link rel="stylesheet" href="${base}${KOREAN_FONTS}" />`;

const added = new WeakMap<Document, Promise<void>>();

/**
 * Adds the Hangul faces' stylesheet to the page, once. Settles when it has loaded or failed to (at once
 * where the page's <head> links it already).
 */
export function loadKoreanFonts(doc: Document = document): Promise<void> {
	let done = added.get(doc);
	if (done) return done;
	// A <link> inside <noscript> is text, not an element, when scripts run: this finds only a live one.
	if (doc.head.querySelector(`link[href$="${KOREAN_FONTS}"]`)) done = Promise.resolve();
	else {
		const link = doc.createElement('link');
		link.rel = 'stylesheet';
		link.href = KOREAN_FONTS;
		done = new Promise<void>((resolve) => (link.onload = link.onerror = () => resolve()));
		doc.head.append(link);
	}
	added.set(doc, done);
	return done;
}
