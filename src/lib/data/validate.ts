/**
 * Data checks beyond the schema: geometry rules of RFC 7946, cross-references between layers, notes
 * and events, and computed-vs-published lengths. Pure functions over parsed data, so the build
 * (scripts/validate-data.ts), the app's loader and the unit tests share them.
 */
import kinks from '@turf/kinks';
import booleanClockwise from '@turf/boolean-clockwise';
import type { Polygon, Position } from 'geojson';
import { lineLengthKm, publishedLengthKm } from './geometry';
import { layerFileSchema, describeIssues, type LayerFeature, type LayerFile } from './schema';

/** Computed vs published length, as a fraction of the published one. */
export const LENGTH_TOLERANCE = { surveyed: 0.08, traced: 0.08, schematic: 0.25 } as const;

export interface Problem {
	file: string;
	feature?: string;
	message: string;
}

export const formatProblem = (p: Problem) => `${p.file}${p.feature ? ` › ${p.feature}` : ''}: ${p.message}`;

function decimals(n: number): number {
	const s = String(n);
	if (s.includes('e')) return 99;
	const i = s.indexOf('.');
	return i < 0 ? 0 : s.length - i - 1;
}

function positionsOf(g: LayerFeature['geometry']): Position[] {
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'LineString':
			return g.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
	}
}

function polygonsOf(g: LayerFeature['geometry']): Position[][][] {
	if (g.type === 'Polygon') return [g.coordinates];
	if (g.type === 'MultiPolygon') return g.coordinates;
	return [];
}

/** Checks one layer file; `json` is whatever JSON.parse gave. */
export function validateLayerFile(file: string, json: unknown): { data?: LayerFile; problems: Problem[] } {
	const parsed = layerFileSchema.safeParse(json);
	if (!parsed.success) {
		return {
			problems: describeIssues(parsed.error).map((m) => {
				const idx = /^features\.(\d+)\./.exec(m)?.[1];
				const fid = idx !== undefined ? (json as LayerFile).features?.[Number(idx)]?.id : undefined;
				return { file, feature: fid ?? (idx !== undefined ? `feature #${idx}` : undefined), message: m };
			})
		};
	}
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const f of parsed.data.features) {
		const p = (message: string) => problems.push({ file, feature: f.id, message });
		if (seen.has(f.id)) p('duplicate id in this file');
		seen.add(f.id);
		const pr = f.properties;

		for (const [lon, lat] of positionsOf(f.geometry)) {
			if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
				p(`coordinate out of range: [${lon}, ${lat}] (GeoJSON is [longitude, latitude])`);
				break;
			}
			if (decimals(lon) > 6 || decimals(lat) > 6) {
				p(`coordinate with more than 6 decimals: [${lon}, ${lat}]`);
				break;
			}
		}
		if (f.geometry.type === 'LineString' && f.geometry.coordinates.length < 2) p('a line needs 2+ positions');
		for (const poly of polygonsOf(f.geometry)) {
			poly.forEach((ring, i) => {
				const a = ring[0];
				const b = ring[ring.length - 1];
				if (ring.length < 4) p(`ring ${i} has fewer than 4 positions`);
				else if (a[0] !== b[0] || a[1] !== b[1]) p(`ring ${i} is not closed (first and last positions differ)`);
				else {
					const cw = booleanClockwise(ring);
					if (i === 0 && cw) p('exterior ring is clockwise; RFC 7946 wants counter-clockwise (right-hand rule)');
					if (i > 0 && !cw) p(`hole ${i} is counter-clockwise; RFC 7946 wants clockwise`);
				}
			});
			if (poly.every((r) => r.length >= 4)) {
				const k = kinks({ type: 'Polygon', coordinates: poly } as Polygon);
				if (k.features.length)
					p(
						`polygon intersects itself near [${k.features[0].geometry.coordinates.map((c) => c.toFixed(3)).join(', ')}]`
					);
			}
		}

		const last = pr.history[pr.history.length - 1];
		if (last.status !== pr.status)
			p(`status "${pr.status}" differs from the last history step's "${last.status}" (${last.date})`);
		for (let i = 1; i < pr.history.length; i++)
			if (pr.history[i].date < pr.history[i - 1].date) p(`history is not in date order at ${pr.history[i].date}`);
		if (pr.subsea) {
			const parts = f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.length : 1;
			if (pr.subsea.length !== parts) p(`subsea has ${pr.subsea.length} flags for ${parts} line parts`);
		}

		const published = publishedLengthKm(pr.figures);
		const computed = lineLengthKm(f.geometry);
		if (published && computed !== null) {
			const tol = pr.length_tolerance ?? LENGTH_TOLERANCE[pr.geometry_precision];
			const lo = published.value * (1 - tol);
			const hi = (published.value_max ?? published.value) * (1 + tol);
			if (computed < lo || computed > hi)
				p(
					`geometry is ${computed.toFixed(0)} km but the published length is ${published.value}` +
						`${published.value_max ? `–${published.value_max}` : ''} km (tolerance ${(tol * 100).toFixed(0)} %)`
				);
		}
	}
	return { data: parsed.data, problems };
}
