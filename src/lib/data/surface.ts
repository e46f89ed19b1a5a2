/**
 * Zones at sea must lie at sea, zones on land on land (issue: data layers). Measured against Natural
 * Earth's 1:10m land (world-atlas), the same coastline the basemap draws. The limits leave room for
 * that coastline's generalisation, not for a zone drawn on the wrong side of it.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import bboxClip from '@turf/bbox-clip';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerId } from './vocab';

/** Which surface a layer's areas belong on: fishing grounds at sea; zones, parks and ports ashore. */
export const SURFACE: Partial<Record<LayerId, 'sea' | 'land'>> = { fishing: 'sea', fez: 'land', dprk: 'land' };
/** At most this share of a sea zone may fall on land, and of a land zone at sea. */
export const SURFACE_TOLERANCE = 0.02;

/** The share (0–1) of an area that lies on land. */
export function landShare(zone: Feature<Polygon | MultiPolygon>, land: Feature<Polygon | MultiPolygon>): number {
	const total = area(zone);
	if (total === 0) return 0;
	// Only the land around the zone: intersecting with the whole world's coastline takes minutes.
	const [x0, y0, x1, y1] = bbox(zone);
	const clipped = bboxClip(land, [x0 - 0.1, y0 - 0.1, x1 + 0.1, y1 + 0.1]).geometry;
	const all: Position[][][] =
		clipped.type === 'Polygon' ? [clipped.coordinates as Position[][]] : (clipped.coordinates as Position[][][]);
	const polys = all
		.filter((rings) => rings[0]?.length >= 4) // an outer ring left empty by the clip drops its holes too
		.map((rings) => rings.filter((r) => r.length >= 4));
	if (!polys.length) return 0;
	const near: Feature<MultiPolygon> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPolygon', coordinates: polys }
	};
	const onLand = intersect(featureCollection([zone, near]));
	return onLand ? area(onLand) / total : 0;
}

/** A problem message when a zone is on the wrong surface, or null. */
export function surfaceProblem(
	zone: Feature<Polygon | MultiPolygon>,
	surface: 'sea' | 'land',
	land: Feature<Polygon | MultiPolygon>
): string | null {
	const share = landShare(zone, land);
	const wrong = surface === 'sea' ? share : 1 - share;
	if (wrong <= SURFACE_TOLERANCE) return null;
	const pct = (wrong * 100).toFixed(1);
	return surface === 'sea'
		? `${pct} % of this zone at sea lies on land (Natural Earth 1:10m coastline)`
		: `${pct} % of this zone on land lies at sea (Natural Earth 1:10m coastline)`;
}
