/**
 * Turns a layer file into what MapLibre draws for a given year and language: flat properties
 * (MapLibre stringifies nested ones), the status in that year, colour and width from the shared
 * scales, and subsea parts split out so they can be marked. Features not yet proposed in that
 * year are left out.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerFeature, LayerFile } from './schema';
import type { Lang } from './vocab';
import { statusInYear } from './time';
import type { LayerDef } from '$lib/layers/registry';
import type { LayerWidths } from '$lib/layers/widths';
import { layerColor, energyColor, statusStyle, CONTEXT_COLOR } from '$lib/layers/palette';

/** Line width in px at zoom 7 when a layer has no magnitude. */
export const BASE_WIDTH = 2.6;

export function magnitudeOf(def: LayerDef, f: LayerFeature): number | null {
	const m = def.magnitude;
	if (!m) return null;
	const fig = f.properties.figures?.find((x) => x.key === m.key);
	return fig ? m.convert(fig, f.properties.kind) : null;
}

export function featureColor(def: LayerDef, f: LayerFeature): string {
	if (f.properties.context) return CONTEXT_COLOR;
	if (def.id === 'pipelines') return energyColor(f.properties.kind);
	return layerColor(def.id);
}

export const nameIn = (f: LayerFeature, lang: Lang) => f.properties[`name_${lang}`] || f.properties.name_en;

/**
 * `widths` are the magnitude line widths computed at build time from the layer's square-root scale
 * (layers/widths.ts); features without a magnitude get the base width.
 */
export function toDisplay(
	def: LayerDef,
	file: LayerFile,
	year: number,
	lang: Lang,
	widths?: LayerWidths
): FeatureCollection {
	const out: Feature[] = [];
	for (const f of file.features) {
		const st = statusInYear(f.properties.history, year);
		if (!st) continue;
		const style = statusStyle(st);
		const wm = widths?.features[f.id];
		const w = (wm ?? (f.properties.context ? 1.4 : BASE_WIDTH)) * style.width;
		const props = {
			fid: f.id,
			layer: def.id,
			name: nameIn(f, lang),
			kind: f.properties.kind,
			st,
			c: featureColor(def, f),
			o: style.opacity,
			fo: style.fillOpacity,
			w,
			prec: f.properties.geometry_precision,
			ctx: !!f.properties.context,
			sub: false
		};
		const g = f.geometry as Geometry;
		const subsea = f.properties.subsea;
		if (g.type === 'MultiLineString' && subsea?.some(Boolean)) {
			g.coordinates.forEach((coords, i) =>
				out.push({
					type: 'Feature',
					properties: { ...props, sub: !!subsea[i] },
					geometry: { type: 'LineString', coordinates: coords }
				})
			);
		} else out.push({ type: 'Feature', properties: props, geometry: g });
	}
	return { type: 'FeatureCollection', features: out };
}
