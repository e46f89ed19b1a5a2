/**
 * Magnitude as line width: a d3 square-root scale per layer (a line's visible area grows with the
 * quantity, not its width). Run at build time (scripts/analyse.ts writes static/generated/widths.json),
 * so the map and the legend read the same numbers and the browser never loads the scale code.
 */
import { scaleSqrt } from 'd3-scale';
import type { LayerDef } from './registry';
import type { LayerFile } from '$lib/data/schema';
import { magnitudeOf } from '$lib/data/prepare';

export interface LayerWidths {
	/** Width in px at zoom 7, by feature id. */
	features: Record<string, number>;
	/** Reference values for the legend: [value in the layer's unit, width in px]. */
	legend: [number, number][];
}
export type Widths = Partial<Record<string, LayerWidths>>;

export const widthScale = (max: number) => scaleSqrt().domain([0, max]).range([1.2, 11]).clamp(true);

export function computeWidths(layers: { def: LayerDef; file: LayerFile }[]): Widths {
	const out: Widths = {};
	for (const { def, file } of layers) {
		if (!def.magnitude) continue;
		const scale = widthScale(def.magnitude.max);
		const features: Record<string, number> = {};
		for (const f of file.features) {
			const m = magnitudeOf(def, f);
			if (m !== null) features[f.id] = Math.round(scale(m) * 100) / 100;
		}
		out[def.id] = { features, legend: def.magnitude.legend.map((v) => [v, Math.round(scale(v) * 100) / 100]) };
	}
	return out;
}
