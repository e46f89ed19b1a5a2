/**
 * Preloads for the map. The map code (boot, MapView and MapLibre) is imported dynamically, so
 * SvelteKit does not list it in the page's <head>; the browser would only discover it after the page
 * has hydrated, hundreds of milliseconds late. At prerender time we read the client build's Vite
 * manifest and list the chunk and everything it imports, so the download starts with the HTML.
 * They go first in the <head> (src/app.html): over HTTP/1.1's six connections a request queues behind
 * those listed before it, and the map's code and label-font list are the first view's longest path.
 */
import { existsSync, readFileSync } from 'node:fs';

interface ManifestChunk {
	file: string;
	src?: string;
	imports?: string[];
	css?: string[];
}
export type ViteManifest = Record<string, ManifestChunk>;

/** Files of the chunk whose source is `src`, and of its static imports, depth first; [] if absent. */
export function chunkFiles(manifest: ViteManifest, src: string): string[] {
	const start = Object.keys(manifest).find((k) => manifest[k].src === src);
	const files: string[] = [];
	const seen = new Set<string>();
	const walk = (key: string) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		files.push(manifest[key].file);
		for (const i of manifest[key].imports ?? []) walk(i);
	};
	if (start) walk(start);
	return files;
}

/** Stylesheets of the chunk whose source is `src` and of its static imports (MapLibre's CSS). */
export function chunkStyles(manifest: ViteManifest, src: string): string[] {
	const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
	return [...new Set(chunkFiles(manifest, src).flatMap((f) => byFile.get(f)?.css ?? []))];
}

/** The map's module preloads, then its stylesheets, for the <head>. */
export function headLinks(files: string[], base = '', styles: string[] = []): string {
	return [
		...files.map((f) => `<link rel="modulepreload" href="${base}/${f}">`),
		// A stylesheet, not a preload: the map is made before SvelteKit's loader (which would wait for it)
		// has run, and its controls must be laid out by MapLibre's CSS from the first frame. crossorigin:
		// Vite's loader looks for this link before adding its own, which would be a CORS request.
		...styles.map((f) => `<link rel="stylesheet" href="${base}/${f}" crossorigin>`)
	].join('');
}

/**
 * The script that starts the map, placed after the map's element: an async module runs as soon as it
 * and its imports have arrived, without waiting for SvelteKit's modules, stylesheets or hydration
 * (see the end of $lib/map/boot). '' if the build has no such chunk.
 */
export function bootScript(file: string | undefined, base = ''): string {
	return file ? `<script type="module" async src="${base}/${file}"></script>` : '';
}

/**
 * Where the interface's Korean and Russian strings are built, for the <head>: `ensureLang` ($lib/i18n)
 * imports a language again from this address, with a query, after a failed attempt. Some browsers keep
 * a failed dynamic import's failure for the page's life, so importing the same address again would fail
 * without asking the network. One <meta> per language; '' if the build has neither.
 */
export function langModulesMeta(manifest: ViteManifest, base = ''): string {
	return (['ko', 'ru'] as const)
		.map((lang) => [lang, chunkFiles(manifest, `src/lib/i18n-${lang}.ts`)[0]] as const)
		.filter(([, file]) => file)
		.map(([lang, file]) => `<meta name="lang-module-${lang}" content="${base}/${file}">`)
		.join('');
}

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
/** The map's entry modules: the one that starts it before hydration, and the component that drives it. */
const BOOT = 'src/lib/map/boot.ts';
const MAP_MODULES = [BOOT, 'src/lib/map/MapView.svelte'];
let cached: { head: string; body: string } | undefined;

/**
 * The map's preload links for the <head> and the script that starts it for the end of the <body>;
 * both '' when there is no client build yet (dev server, unit tests).
 */
export function mapMarkup(base = ''): { head: string; body: string } {
	if (cached === undefined) {
		const manifest: ViteManifest = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
		const files = MAP_MODULES.flatMap((src) => chunkFiles(manifest, src));
		const styles = MAP_MODULES.flatMap((src) => chunkStyles(manifest, src));
		// The embedded basemap's label fonts (src/lib/map/basemap-choice.ts), read before the map is made;
		// a build with an online basemap (PUBLIC_BASEMAP_STYLE) reads them only if that basemap fails.
		const fonts = __BASEMAP_STYLE__
			? ''
			: `<link rel="preload" href="${base}/fonts/font-faces.json" as="fetch" crossorigin="anonymous">`;
		cached = {
			head: headLinks([...new Set(files)], base, [...new Set(styles)]) + fonts + langModulesMeta(manifest, base),
			body: bootScript(chunkFiles(manifest, BOOT)[0], base)
		};
	}
	return cached;
}
