import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The optional online basemap's origin is allowed to connect; nothing else leaves the site.
 * Read at build time because the CSP is baked into the prerendered pages.
 */
const basemap = process.env.PUBLIC_BASEMAP_STYLE;
const basemapOrigins = [];
if (basemap) {
	try {
		basemapOrigins.push(new URL(basemap).origin);
	} catch {
		// An unparseable URL is reported by the app at run time; it adds nothing to the policy.
	}
}

/**
 * Components the first view renders; every other component under src/lib/components is loaded on
 * demand and carries its CSS inside its JavaScript chunk (`css: 'injected'`). Otherwise SvelteKit links
 * the stylesheet of every lazily imported component from the page's <head>, so that none flashes
 * unstyled: fifteen render-blocking requests the first view does not use, which over HTTP/1.1's six
 * connections held back the map's code (issue: performance).
 */
const FIRST_VIEW = ['Panel', 'BottomSheet', 'LayerList', 'Legend', 'StatusMark', 'Sources'];
const onDemand = (/** @type {string} */ file) => {
	const m = /src[\\/]lib[\\/]components[\\/](?:.*[\\/])?(\w+)\.svelte$/.exec(file);
	return !!m && !FIRST_VIEW.includes(m[1]);
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) => (onDemand(filename) ? { css: 'injected' } : undefined)
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: true, strict: true }),
		// Absolute asset paths: the site lives at the root of its host, and the not-found page (404.html)
		// is served at any depth, where a relative ./_app/ path would point nowhere.
		paths: { relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// https://svelte.dev/docs/kit/configuration#csp — hashes are emitted for SvelteKit's inline bootstrap.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'connect-src': ['self', ...basemapOrigins],
				'img-src': ['self', 'data:', 'blob:', ...basemapOrigins],
				'font-src': ['self', 'data:', ...basemapOrigins],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
