import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { mapPreloads } from '$lib/server/preload';

/** The map page starts downloading the map code with its HTML (see $lib/server/preload). */
export const handle: Handle = ({ event, resolve }) => {
	if (!building || event.url.pathname !== `${base}/`) return resolve(event);
	const links = mapPreloads(base);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('</head>', `${links}</head>`) });
};
