/**
 * The map starts here, before the page hydrates (see $lib/map/boot). With the embedded basemap the
 * wait is for the map's creation only: its code and its label-font list are preloaded by the HTML.
 * An online basemap may take seconds to answer, so hydration does not wait for it.
 */
import type { ClientInit } from '@sveltejs/kit';
import { MAP_SELECTOR } from '$lib/map/camera';

export const init: ClientInit = async () => {
	if (!document.querySelector(MAP_SELECTOR)) return; // not the map page
	const { bootMap } = await import('$lib/map/boot');
	const booted = bootMap();
	if (!__BASEMAP_STYLE__) await booted;
};
