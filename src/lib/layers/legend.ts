/**
 * What a layer's row in the layer list shows for one year and status filter: how many features are on
 * the map, and which statuses, energy kinds and context lines its legend needs. One function for the
 * browser (from the loaded layer file) and the prerendered page (+page.server.ts, from the same file at
 * build time), so the row the page arrives with is the row it keeps once the layer has loaded.
 */
import { STATUSES, type Kind, type LayerId, type Status } from '$lib/data/vocab';
import type { LayerFeature } from '$lib/data/schema';
import { statusInYear } from '$lib/data/time';

export interface LayerSummary {
	/** Features on the map in that year that pass the filter. */
	count: number;
	/** Statuses of the layer's own features in that year, in legend order. */
	present: Status[];
	/** For pipelines: the energy kinds drawn in their own colours. */
	kinds: Kind[];
	/** Whether the layer has context lines (drawn thin and grey). */
	hasContext: boolean;
}

/** The features the map shows in `year` that pass the status filter (context lines included). */
export const shownIn = (features: LayerFeature[], year: number, filter: Status | 'all') =>
	features.filter((f) => {
		const st = statusInYear(f.properties.history, year);
		return st !== null && (filter === 'all' || st === filter);
	});

const ENERGY_KINDS: Kind[] = ['oil pipeline', 'gas pipeline', 'LNG route', 'LNG plant'];

export function layerSummary(
	id: LayerId,
	features: LayerFeature[],
	year: number,
	filter: Status | 'all'
): LayerSummary {
	const own = features.filter((f) => !f.properties.context);
	const ownStatuses = new Set(own.map((f) => statusInYear(f.properties.history, year)));
	return {
		count: shownIn(features, year, filter).length,
		present: STATUSES.filter((s) => ownStatuses.has(s)),
		kinds:
			id === 'pipelines' ? [...new Set(own.map((f) => f.properties.kind))].filter((k) => ENERGY_KINDS.includes(k)) : [],
		hasContext: features.some((f) => f.properties.context)
	};
}
