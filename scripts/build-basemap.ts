/**
 * Builds the embedded offline basemap from Natural Earth (public domain) as shipped by the
 * `world-atlas` npm package: land per country, coastline-free borders, and the inter-Korean
 * boundary tagged separately so the style can dash it.
 * Output: static/basemap/countries.geojson, static/basemap/borders.geojson.
 * Run by `npm run assets` (part of build, dev and check); the output is generated, not committed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, MultiLineString, LineString } from 'geojson';

/** The region the app can show: Moscow (for the whole Trans-Siberian) to the Bering Sea. */
export const BASEMAP_BBOX: [number, number, number, number] = [20, 15, 180, 78];
const ISO = { RUS: '643', KOR: '410', PRK: '408', CHN: '156', JPN: '392', MNG: '496' };

/** Near-full 1:10m detail is kept here (Primorye, the Koreas, Sakhalin): it must stay sharp to zoom 8+. */
export const DETAIL_BBOX: [number, number, number, number] = [112, 30, 147, 56];
/** Elsewhere the coast is simplified: those areas are only seen at low zoom (the TSR's western part). */
const FAR_MIN_AREA = 0.006; // square degrees (Visvalingam effective area)
/** Inside the detail box a vertex survives with a 200x smaller area (~0.2 km²: invisible at zoom 8). */
const DETAIL_FACTOR = 300;

const raw = JSON.parse(
	readFileSync(new URL('../node_modules/world-atlas/countries-10m.json', import.meta.url), 'utf8')
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const pre = presimplify(raw);
// Weight up every vertex inside the detail box so that one global threshold keeps it, then simplify.
const [dx0, dy0, dx1, dy1] = DETAIL_BBOX;
for (const arc of pre.arcs as unknown as number[][][])
	for (const p of arc) if (p[0] >= dx0 && p[0] <= dx1 && p[1] >= dy0 && p[1] <= dy1) p[2] *= DETAIL_FACTOR;
const topo = simplify(pre, FAR_MIN_AREA) as typeof raw;

/** ~10 m at these latitudes; the Natural Earth 1:10m source is coarser than that anyway. */
const round = (n: number) => Math.round(n * 1e4) / 1e4;
function roundCoords(c: unknown): unknown {
	if (typeof c === 'number') return round(c);
	return (c as unknown[]).map(roundCoords);
}

function dedupe(ring: number[][]): number[][] {
	return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

const countries = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const land: Feature[] = [];
for (const f of countries.features) {
	const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, BASEMAP_BBOX);
	const g = clipped.geometry;
	const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
		.map((poly) => poly.map((r) => dedupe(roundCoords(r) as number[][])).filter((r) => r.length >= 4))
		.filter((poly) => poly.length > 0);
	if (polys.length === 0) continue;
	land.push({
		type: 'Feature',
		id: Number(f.id),
		properties: { iso: String(f.id), name: f.properties.name },
		geometry: { type: 'MultiPolygon', coordinates: polys }
	});
}

// Borders between two different countries only (a !== b), so coastlines are not stroked twice.
const pairs: Feature[] = [];
for (const [a, b] of pairsOf(countries.features.map((f) => String(f.id)))) {
	const m = mesh(
		topo,
		topo.objects.countries,
		(x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a)
	) as MultiLineString;
	if (!m.coordinates.length) continue;
	const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: m }, BASEMAP_BBOX).geometry as
		MultiLineString | LineString;
	const lines = (clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates)
		.map((l) => dedupe(roundCoords(l) as number[][]))
		.filter((l) => l.length >= 2);
	if (!lines.length) continue;
	const korean = [a, b].includes(ISO.KOR) && [a, b].includes(ISO.PRK);
	pairs.push({
		type: 'Feature',
		properties: {
			kind: korean ? 'mdl' : 'international',
			countries: [a, b].sort().join('-')
		},
		geometry: { type: 'MultiLineString', coordinates: lines }
	});
}

function* pairsOf(ids: string[]): Generator<[string, string]> {
	// Only pairs that touch the region matter; restrict to countries with land in the box.
	const inBox = new Set(land.map((f) => String(f.id)));
	const list = ids.filter((id) => inBox.has(id));
	for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) yield [list[i], list[j]];
}

const out = new URL('../static/basemap/', import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, fc: FeatureCollection) => {
	const text = JSON.stringify(fc);
	writeFileSync(new URL(name, out), text + '\n');
	console.log(`${name}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KiB`);
};
write('countries.geojson', { type: 'FeatureCollection', features: land });
write('borders.geojson', { type: 'FeatureCollection', features: pairs });
