/**
 * Build-time geography for the case notes, so the browser does none of it: for every line, how many km
 * run through each country (North Korea above all) from the basemap's border polygons; for every pair of
 * features, the shortest distance between them (for "what lies within N km"). Writes
 * static/generated/analysis.json and the magnitude line widths to static/generated/widths.json
 * (generated, not committed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { LAYER_IDS } from '../src/lib/data/vocab';
import type { LayerFile, LayerFeature } from '../src/lib/data/schema';
import { LAYERS } from '../src/lib/layers/registry';
import { computeWidths } from '../src/lib/layers/widths';

const root = join(import.meta.dirname, '..');
const R = 6371.0088;
const rad = Math.PI / 180;
/** Great-circle distance in km (haversine). */
export function km(a: Position, b: Position): number {
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Points along a path no more than `step` km apart (linear in lon/lat, fine at these step sizes). */
export function densify(path: Position[], step: number): Position[] {
	const out: Position[] = [];
	for (let i = 0; i < path.length - 1; i++) {
		const n = Math.max(1, Math.ceil(km(path[i], path[i + 1]) / step));
		for (let k = 0; k < n; k++)
			out.push([
				path[i][0] + ((path[i + 1][0] - path[i][0]) * k) / n,
				path[i][1] + ((path[i + 1][1] - path[i][1]) * k) / n
			]);
	}
	out.push(path[path.length - 1]);
	return out;
}

function paths(f: LayerFeature): Position[][] {
	const g = f.geometry;
	if (g.type === 'Point') return [[g.coordinates]];
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString' || g.type === 'Polygon') return g.coordinates;
	return g.coordinates.flat();
}

const countries = JSON.parse(readFileSync(join(root, 'static', 'basemap', 'countries.geojson'), 'utf8'))
	.features as Feature<MultiPolygon, { iso: string; name: string }>[];
const bboxes = countries.map((c) => {
	const pts = c.geometry.coordinates.flat(2);
	return [
		Math.min(...pts.map((p) => p[0])),
		Math.min(...pts.map((p) => p[1])),
		Math.max(...pts.map((p) => p[0])),
		Math.max(...pts.map((p) => p[1]))
	];
});
function countryAt(p: Position): string {
	for (let i = 0; i < countries.length; i++) {
		const [x0, y0, x1, y1] = bboxes[i];
		if (p[0] < x0 || p[0] > x1 || p[1] < y0 || p[1] > y1) continue;
		if (booleanPointInPolygon(p, countries[i])) return countries[i].properties.name;
	}
	return 'sea';
}

/** km of a line feature in each country (or at sea), from 2 km steps. */
export function lengthByCountry(f: LayerFeature): Record<string, number> {
	const out: Record<string, number> = {};
	for (const path of paths(f)) {
		const pts = densify(path, 2);
		for (let i = 0; i < pts.length - 1; i++) {
			const c = countryAt([(pts[i][0] + pts[i + 1][0]) / 2, (pts[i][1] + pts[i + 1][1]) / 2]);
			out[c] = (out[c] ?? 0) + km(pts[i], pts[i + 1]);
		}
	}
	return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v * 10) / 10]));
}

const files = Object.fromEntries(
	LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(join(root, 'static', 'geo', `${l}.geojson`), 'utf8')) as LayerFile])
);
const features: LayerFeature[] = LAYER_IDS.flatMap((l) => files[l].features);
const samples = new Map(features.map((f) => [f.id, paths(f).flatMap((p) => densify(p, 5))]));
const polygons = new Map(
	features
		.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
		.map((f) => [f.id, f as Feature<Polygon | MultiPolygon>])
);

function distance(a: LayerFeature, b: LayerFeature): number {
	const sa = samples.get(a.id)!;
	const sb = samples.get(b.id)!;
	// Inside a zone counts as distance 0.
	for (const [zone, pts] of [
		[polygons.get(a.id), sb],
		[polygons.get(b.id), sa]
	] as const)
		if (zone && pts.some((p) => booleanPointInPolygon(p, zone))) return 0;
	let best = Infinity;
	for (const p of sa)
		for (const q of sb) {
			// Cheap reject before the haversine: one degree of latitude is 111 km.
			if (Math.abs(p[1] - q[1]) * 111 > best) continue;
			const d = km(p, q);
			if (d < best) best = d;
		}
	return best;
}

const MAX_KM = 800;
const near: Record<string, Record<string, number>> = {};
for (let i = 0; i < features.length; i++)
	for (let j = i + 1; j < features.length; j++) {
		const d = distance(features[i], features[j]);
		if (d > MAX_KM) continue;
		(near[features[i].id] ??= {})[features[j].id] = Math.round(d);
		(near[features[j].id] ??= {})[features[i].id] = Math.round(d);
	}

const byCountry = Object.fromEntries(
	features.filter((f) => /LineString/.test(f.geometry.type)).map((f) => [f.id, lengthByCountry(f)])
);

mkdirSync(join(root, 'static', 'generated'), { recursive: true });
writeFileSync(join(root, 'static', 'generated', 'analysis.json'), JSON.stringify({ maxKm: MAX_KM, byCountry, near }));
// Line widths for magnitudes, read by the map and the legend at first render.
writeFileSync(
	join(root, 'static', 'generated', 'widths.json'),
	JSON.stringify(computeWidths(LAYERS.map((def) => ({ def, file: files[def.id] }))))
);
console.log(`analysis: ${Object.keys(byCountry).length} lines by country, distances for ${features.length} features`);
