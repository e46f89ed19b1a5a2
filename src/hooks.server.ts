import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { mapMarkup } from '$lib/server/preload';

/** Where src/app.html has the map page list its map preloads first, and start the map (see $lib/server/preload). */
const HEAD_MARK = '<!--map-preloads-->';
const BODY_MARK = '<!--map-boot-->';

/** The map page starts downloading the map code with its HTML, and the map with it; other pages drop the marks. */
export const handle: Handle = ({ event, resolve }) => {
	const map = building && event.url.pathname === `${base}/` ? mapMarkup(base) : { head: '', body: '' };
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(HEAD_MARK, map.head).replace(BODY_MARK, map.body)
	});
};
