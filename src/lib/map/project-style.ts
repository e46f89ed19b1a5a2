/**
 * The map's first style: the basemap plus every project layer, its sources and its style layers, so
 * that MapLibre loads and draws everything in one pass. Each project source starts from a drawn-form
 * file made at build time (scripts/map-files.ts: one per layer and language, the features' latest
 * status), which MapLibre's worker fetches and parses itself. Adding sources and layers one by one
 * after the style has loaded, from data the page parsed, cost about half a second more before the first
 * full render with software WebGL (README, Performance).
 * Used by the app (MapView) and by the benchmark's bare baseline page, so both draw the same thing.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LayerFile } from '$lib/data/schema';
import type { Lang, LayerId } from '$lib/data/vocab';
import { statusInYear } from '$lib/data/time';
import { LAYERS } from '$lib/layers/registry';
import { layerSpecs, type LayerSpec } from '$lib/layers/style';

/** The build-time drawn form of a layer in a language (static/generated/map, made by scripts/map-files.ts). */
export const mapFileUrl = (id: LayerId, lang: Lang) => `/generated/map/${id}.${lang}.geojson`;

/** The year the build-time files show: every feature in its latest status. */
export const LATEST = Number.POSITIVE_INFINITY;

/**
 * Whether a layer in `year` looks as its build-time file does: every feature exists then and is in
 * its latest status. True for any year after the last dated change, so "today" uses the file.
 */
export function showsLatest(file: LayerFile, year: number): boolean {
	return file.features.every((f) => {
		const h = f.properties.history;
		return statusInYear(h, year) === h[h.length - 1].status;
	});
}

/** Draw order across layers: areas under lines under points under labels. */
const GROUPS = ['fill', 'halo', 'outline', 'casing', 'line', 'subsea', 'point-halo', 'point', 'label'];

/** Every project style layer, in draw order. */
export const PROJECT_LAYERS: LayerSpec[] = GROUPS.flatMap((g) =>
	LAYERS.map((d) => layerSpecs(d.id).find((s) => s.id === `${d.id}-${g}`)!)
);

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The corridor comparison's routes and the measuring path. They are not in the first style: MapView adds
 * a tool's source and layers, above everything else, the first time it has something to draw. Empty as
 * they were, two such sources in the first style held the map's first idle back by about 100 ms here
 * (README, Performance).
 */
export type ToolSource = 'corridors' | 'measure';
const TOOL_LAYERS: LayerSpec[] = [
	{
		id: 'corridor-casing',
		type: 'line',
		source: 'corridors',
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': '#fff', 'line-width': ['case', ['get', 'focus'], 9, 6] }
	},
	{
		id: 'corridor-line',
		type: 'line',
		source: 'corridors',
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': ['get', 'c'], 'line-width': ['case', ['get', 'focus'], 5.5, 3], 'line-opacity': 0.9 }
	},
	{
		id: 'measure-line',
		type: 'line',
		source: 'measure',
		filter: ['==', ['geometry-type'], 'LineString'],
		paint: { 'line-color': '#111', 'line-width': 2, 'line-dasharray': [2, 1.5] }
	},
	{
		id: 'measure-points',
		type: 'circle',
		source: 'measure',
		filter: ['==', ['geometry-type'], 'Point'],
		paint: { 'circle-radius': 4.5, 'circle-color': '#fff', 'circle-stroke-color': '#111', 'circle-stroke-width': 2 }
	}
];

export interface ProjectStyleOptions {
	lang: Lang;
	/** Layers shown at first; the others are in the style, hidden. */
	visible: readonly LayerId[];
	/**
	 * Whether the sources start from the build-time files. When the first view shows another year
	 * (a link with `?year=`), they start empty and the map fills them from the parsed layer files.
	 */
	fromFiles: boolean;
}

/**
 * The style layers whose `visibility` must change for the project layers `shown` says, given what the
 * map has now (`current`, MapLibre's getLayoutProperty; unset means visible). Only those: MapLibre
 * redraws the whole map after any setLayoutProperty, even one that changes nothing, and the first
 * style already has the link's layers shown.
 */
export function visibilityUpdates(
	current: (styleLayerId: string) => unknown,
	shown: (id: LayerId) => boolean
): [string, 'visible' | 'none'][] {
	const updates: [string, 'visible' | 'none'][] = [];
	for (const spec of PROJECT_LAYERS) {
		const want = shown(spec.source as LayerId) ? 'visible' : 'none';
		if ((current(spec.id) ?? 'visible') !== want) updates.push([spec.id, want]);
	}
	return updates;
}

/** A tool's style layers, in drawing order. */
export const toolLayers = (source: ToolSource) => TOOL_LAYERS.filter((l) => l.source === source);

export function withProjectLayers(base: StyleSpecification, o: ProjectStyleOptions): StyleSpecification {
	const sources: StyleSpecification['sources'] = { ...base.sources };
	for (const d of LAYERS)
		sources[d.id] = { type: 'geojson', data: o.fromFiles ? mapFileUrl(d.id, o.lang) : EMPTY, promoteId: 'fid' };
	const layers: StyleSpecification['layers'] = [
		...base.layers,
		...PROJECT_LAYERS.map((s) => {
			const on = o.visible.includes(s.source as LayerId);
			return { ...s, layout: { ...s.layout, visibility: on ? 'visible' : 'none' } } as LayerSpec;
		})
	];
	return { ...base, sources, layers };
}
