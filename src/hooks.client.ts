/**
 * Hydration waits for the map. The page's own async module script usually has made it already (see
 * the end of $lib/map/boot); if not, this makes it, once SvelteKit's modules are in. With the embedded
 * basemap the page then waits for the animation frame after the map was made: in that frame MapLibre
 * reads the style it was given and hands the sources to its worker, which fetches and parses them while
 * the page hydrates. Hydrating first would hold that frame, and the worker, back by the hydration's
 * length (issue: performance). Waiting for a frame rather than for the style's event means a style
 * MapLibre cannot read never keeps the page from hydrating. An online basemap may take seconds to
 * answer, so hydration does not wait for it.
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
