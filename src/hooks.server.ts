import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { mapMarkup } from '$lib/server/preload';
import { koreanFontsLink } from '$lib/fonts';

/** Where src/app.html has the map page list its map preloads first, and start the map (see $lib/server/preload). */
const HEAD_MARK = '<!--map-preloads-->';
const BODY_MARK = '<!--map-boot-->';
/** Where it links the Hangul faces: the map page adds them from script ($lib/fonts). */
const KOREAN_MARK = '<!--korean-fonts-->';

/** The map page starts downloading the map code with its HTML, and the map with it; other pages drop the marks. */
export const handle: Handle = ({ event, resolve }) => {
	const mapPage = event.url.pathname === `${base}/`;
	const map = building && mapPage ? mapMarkup(base) : { head: '', body: '' };
	const korean = mapPage ? `<noscript>${koreanFontsLink(base)}</noscript>` : koreanFontsLink(base);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(HEAD_MARK, map.head).replace(BODY_MARK, map.body).replace(KOREAN_MARK, korean)
	});
};
