import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { mapPreloads } from '$lib/server/preload';

/** Where src/app.html has the map page list its map preloads first (see $lib/server/preload). */
const MARK = '<!--map-preloads-->';

/** The map page starts downloading the map code with its HTML; other pages drop the mark. */
export const handle: Handle = ({ event, resolve }) => {
	const links = building && event.url.pathname === `${base}/` ? mapPreloads(base) : '';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace(MARK, links) });
};
