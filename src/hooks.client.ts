/**
 * The map starts here, before the page hydrates (see $lib/map/boot). With the embedded basemap the
 * page waits for the map to be made and for the animation frame after it: in that frame MapLibre reads
 * the style it was given and hands the sources to its worker, which fetches and parses them while the
 * page hydrates. Hydrating first would hold that frame, and the worker, back by the hydration's length
 * (issue: performance). Waiting for a frame rather than for the style's event means a style MapLibre
 * cannot read never keeps the page from hydrating. The map's code and label-font list are preloaded by
 * the HTML. An online basemap may take seconds to answer, so hydration does not wait for it.
 */
import type { ClientInit } from '@sveltejs/kit';
import { MAP_SELECTOR } from '$lib/map/camera';

/** Resolves once the next animation frame, and the work its callbacks queued, have run. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export const init: ClientInit = async () => {
	if (!document.querySelector(MAP_SELECTOR)) return; // not the map page
	const { bootMap } = await import('$lib/map/boot');
	const booted = bootMap();
	if (__BASEMAP_STYLE__) return;
	if ((await booted).ok) await afterNextFrame();
};
