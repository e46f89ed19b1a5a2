/**
 * Starts the map before the page hydrates: the map page loads this module with an async module script
 * of its own (src/hooks.server.ts), and it starts the map as soon as MapLibre has arrived (the end of
 * this file); SvelteKit's client `init` hook (src/hooks.client.ts) calls `bootMap()` too, which then
 * gives the same map. So MapLibre gets its WebGL context, its worker and its first style (basemap and
 * every project layer, project-style.ts) before Svelte hydrates the panel, rather than after it as a map
 * made by a component would (see README, Performance).
 * The map goes into the prerendered `.map-area .map` element. MapView (the one component that talks
 * to the map) takes it from here: this module only creates it, with its controls, and counts renders.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { LAYER_IDS } from '$lib/data/vocab';
import { parseUrlState } from '$lib/state/url';
import { chooseBasemap } from './basemap-choice';
import { withProjectLayers } from './project-style';
import { defaultBounds, framePadding, LIMITS, MAP_SELECTOR } from './camera';

export interface Booted {
	ok: true;
	map: maplibregl.Map;
	/** Why the online basemap was not used, if one was configured and failed. */
	notice: string | null;
	/** Resolves once the style has loaded: its sources exist and feature states can be set. */
	styleLoaded: Promise<void>;
	/** Whether the first style was made from the build-time files (false: a link to another year). */
	fromFiles: boolean;
}
/** No map: `missing` when MapLibre got no WebGL context, `failed` for anything else. */
export type BootResult = Booted | { ok: false; reason: 'missing' | 'failed'; error: unknown };

let started: { container: HTMLElement | null; result: Promise<BootResult> } | null = null;

/**
 * Creates the map once for the map element on the page; later calls get the same result. If the page
 * was rendered again (a client-side navigation away and back), the new element gets a new map.
 * Never rejects.
 */
export function bootMap(): Promise<BootResult> {
	const container = document.querySelector<HTMLElement>(MAP_SELECTOR);
	if (!started || started.container !== container) {
		const result = start(container).catch((error: unknown) => {
			console.error(error);
			const e = error as Error | undefined;
			const missing = e?.name === 'GPUInitializationError' || /webgl/i.test(String(e?.message));
			return { ok: false as const, reason: missing ? ('missing' as const) : ('failed' as const), error };
		});
		started = { container, result };
	}
	return started.result;
}

async function start(container: HTMLElement | null): Promise<BootResult> {
	if (!container) throw new Error(`no ${MAP_SELECTOR} element to draw the map in`);
	const url = parseUrlState(new URL(location.href));
	const lang = url.lang ?? 'en';
	const basemap = await chooseBasemap(lang);
	const fromFiles = url.year === null;
	maplibregl.setWorkerUrl(workerUrl);
	const cam = url.camera;
	const map = new maplibregl.Map({
		container,
		style: withProjectLayers(basemap.style, { lang, visible: url.layers ?? LAYER_IDS, fromFiles }),
		...(cam
			? { center: [cam.lon, cam.lat], zoom: cam.zoom }
			: {
					bounds: defaultBounds(innerWidth),
					fitBoundsOptions: {
						padding: framePadding(10, { width: innerWidth, height: innerHeight, noteOpen: false })
					}
				}),
		minZoom: LIMITS.minZoom,
		maxZoom: LIMITS.maxZoom,
		maxBounds: [
			[LIMITS.minLon - 10, LIMITS.minLat - 5],
			[LIMITS.maxLon + 10, LIMITS.maxLat + 2]
		],
		renderWorldCopies: false,
		// The embedded style is made by this app's code and checked against the style spec by a unit test
		// (project-style.test.ts); checking it again here costs the page's main thread 30–80 ms (in Node) just
		// as the map starts. An online style is checked.
		validateStyle: !basemap.embedded,
		attributionControl: false
	});
	map.addControl(new maplibregl.NavigationControl(), 'top-right');
	map.addControl(new maplibregl.FullscreenControl(), 'top-right');
	map.addControl(new maplibregl.ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');
	map.addControl(new maplibregl.AttributionControl({ compact: true }), 'bottom-right');
	// Each completed render is counted on the container, from the first, so tests (and anything outside)
	// can wait for the map to settle after an action instead of sleeping.
	let n = 0;
	map.on('idle', () => (container.dataset.idleCount = String(++n)));
	const styleLoaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
	return { ok: true, map, notice: basemap.notice, styleLoaded, fromFiles };
}

/**
 * Loaded by the map page's own `<script type="module" async>` (src/hooks.server.ts), this module starts
 * the map itself, as soon as MapLibre has arrived: before SvelteKit's modules have, and without waiting
 * for the client `init` hook, which then finds the map made. It waits for the document to be parsed,
 * by which time the page's stylesheets (the layout that sizes the map, MapLibre's own) have loaded,
 * since SvelteKit's inline script waits for them. Imported anywhere else, where no empty map element
 * is on the page, it does nothing.
 */
if (typeof document !== 'undefined') {
	const go = () => {
		if (document.querySelector(MAP_SELECTOR)?.childElementCount === 0) void bootMap();
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
	else go();
}
