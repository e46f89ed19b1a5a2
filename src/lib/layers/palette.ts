/**
 * The colour and line-style scales. The map's paint expressions and the legend are both built from
 * these, so they cannot disagree. Hues are from the Okabe–Ito colour-blind-safe set; status is carried
 * by dash pattern and opacity first, so the map also reads in greyscale print.
 */
import { LAYER_IDS, STATUSES, type LayerId, type Status } from '$lib/data/vocab';

/**
 * An ordinal scale (domain value → range value, first range value for anything unknown). d3-scale's
 * scaleOrdinal does the same, but d3-scale ships as one module: importing it here would pull the
 * charts' continuous scales (about 10 KB gzip) into the first load, over the 60 KB budget. The
 * continuous scales stay d3's (charts, and the square-root width scale in layers/widths.ts).
 */
function ordinal<D extends string, R>(domain: readonly D[], range: readonly R[]): (d: D) => R {
	const index = new Map(domain.map((d, i) => [d, range[i % range.length]]));
	return (d) => index.get(d) ?? range[0];
}

export const layerColor = ordinal<LayerId, string>(LAYER_IDS, [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#3A8FC7',
	'#A8508A',
	'#2B2B2B'
]);

/** Within the pipelines layer, oil, gas and LNG are three shades of one warm family. */
export const energyColor = ordinal<string, string>(
	['oil pipeline', 'oil terminal', 'gas pipeline', 'LNG route', 'LNG plant'],
	['#8C3B00', '#8C3B00', '#E69F00', '#D55E00', '#D55E00']
);

export interface StatusStyle {
	/** MapLibre line-dasharray, in line widths; [1, 0] is solid. */
	dash: [number, number];
	opacity: number;
	fillOpacity: number;
	/** Multiplies the line width: past things are drawn thinner. */
	width: number;
}

export const statusStyle = ordinal<Status, StatusStyle>(STATUSES, [
	{ dash: [1.2, 1.6], opacity: 0.95, fillOpacity: 0.06, width: 1 }, // proposed: short dash
	{ dash: [4, 2], opacity: 1, fillOpacity: 0.09, width: 1 }, // under construction: long dash
	{ dash: [1, 0], opacity: 1, fillOpacity: 0.13, width: 1 }, // operational: solid
	{ dash: [0.4, 2], opacity: 0.6, fillOpacity: 0.05, width: 0.9 }, // suspended: dotted
	{ dash: [0.4, 2], opacity: 0.38, fillOpacity: 0.03, width: 0.8 }, // cancelled: dotted, faded
	{ dash: [1, 0], opacity: 0.55, fillOpacity: 0.05, width: 0.7 } // historical: thin, faded
]);

/** Context lines (not cooperation projects themselves) are drawn thin and grey. */
export const CONTEXT_COLOR = '#8a8a8a';
