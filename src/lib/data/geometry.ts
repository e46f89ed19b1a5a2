import length from '@turf/length';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Figure, LayerFeature } from './schema';

/** Length in km of a line feature's geometry (great-circle, as turf computes it); null for others. */
export function lineLengthKm(g: LayerFeature['geometry']): number | null {
	if (g.type !== 'LineString' && g.type !== 'MultiLineString') return null;
	return length({ type: 'Feature', properties: {}, geometry: g } as Feature<LineString | MultiLineString>, {
		units: 'kilometers'
	});
}

/** A feature's published length in km (a range keeps its upper bound in `value_max`), if any. */
export function publishedLengthKm(figures: readonly Figure[] | undefined): Figure | undefined {
	return figures?.find((f) => f.key === 'length' && f.unit === 'km');
}
