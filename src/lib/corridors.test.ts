import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import length from '@turf/length';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { compare, defaultParams, DESTINATIONS, lengthFactor, ORIGINS, type CorridorData } from './corridors';

const data = JSON.parse(readFileSync('static/geo/corridors.json', 'utf8')) as CorridorData;
const railFc = JSON.parse(readFileSync('static/geo/rail.geojson', 'utf8'));
const rail = Object.fromEntries(railFc.features.map((f: Feature<LineString | MultiLineString>) => [f.id, f])) as Record<
	string,
	Feature<LineString | MultiLineString>
>;
const params = defaultParams(data);
const km = (coords: number[][]) =>
	length({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } });

describe('compare', () => {
	it('compare(busan, moscow) offers the TKR all-rail route and the three sea-then-rail routes', () => {
		const ids = compare('busan', 'moscow', data, rail, params).map((r) => r.id);
		expect(ids).toEqual(['tkr-tsr', 'sea-vladivostok', 'sea-vostochny', 'sea-rajin']);
	});
	it('compare(…, brest) adds the all-sea route via Suez', () => {
		expect(compare('incheon', 'brest', data, rail, params).map((r) => r.id)).toContain('sea-suez');
	});
	it('compare(every origin, every destination): distances are the turf lengths of the legs drawn, rail legs scaled to their line’s published length', () => {
		for (const o of ORIGINS)
			for (const d of DESTINATIONS)
				for (const r of compare(o, d, data, rail, params)) {
					for (const l of r.legs) {
						expect(l.drawnKm).toBeCloseTo(km(l.coordinates), 6);
						if (l.mode === 'sea') expect(l.km).toBe(l.drawnKm);
						// Straight legs between stations are never longer than the track.
						else expect(l.km).toBeGreaterThanOrEqual(l.drawnKm);
					}
					expect(r.km).toBeCloseTo(
						r.legs.reduce((s, l) => s + l.km, 0),
						6
					);
					expect(r.km).toBeCloseTo(r.railKm + r.seaKm, 6);
					expect(r.km).toBeGreaterThan(0);
				}
	});
	it('compare: the TSR leg of Busan → Moscow by rail is the rail layer’s own line from Baranovsky to Moscow', () => {
		const r = compare('busan', 'moscow', data, rail, params).find((x) => x.id === 'tkr-tsr')!;
		const last = r.legs.at(-1)!;
		expect(last.drawnKm).toBeGreaterThan(7500);
		expect(last.drawnKm).toBeLessThan(8200);
		// Scaled to the published 9,288 km Moscow–Vladivostok, less Vladivostok–Baranovsky (about 110 km).
		expect(last.km).toBeGreaterThan(9050);
		expect(last.km).toBeLessThan(9250);
	});
	it('lengthFactor: published ÷ drawn length, a range at its middle, 1 without a published length in km', () => {
		const line = (figures: unknown[]): Feature<LineString> => ({
			type: 'Feature',
			properties: { figures },
			geometry: {
				type: 'LineString',
				coordinates: [
					[130, 43],
					[131, 43]
				]
			}
		});
		const drawn = length(line([]));
		expect(lengthFactor(line([{ key: 'length', value: 100, unit: 'km' }]))).toBeCloseTo(100 / drawn, 9);
		expect(lengthFactor(line([{ key: 'length', value: 90, value_max: 110, unit: 'km' }]))).toBeCloseTo(100 / drawn, 9);
		expect(lengthFactor(line([{ key: 'length', value: 590, unit: 'm' }]))).toBe(1);
		expect(lengthFactor(line([]))).toBe(1);
		expect(lengthFactor(rail.tsr)).toBeCloseTo(9288.5 / length(rail.tsr), 6);
	});
	it('compare: time is each leg’s distance over its speed plus the dwell of every stop', () => {
		const r = compare('busan', 'moscow', data, rail, params).find((x) => x.id === 'sea-vladivostok')!;
		const sea = r.legs.find((l) => l.mode === 'sea')!;
		const tsr = r.legs.find((l) => l.mode === 'rail')!;
		const expected = sea.km / params.sea_speed_feeder + tsr.km / params.rail_speed_tsr + 2 * params.port_dwell;
		expect(r.days).toBeCloseTo(expected, 6);
	});
	it('compare: editing a parameter changes the time by exactly what it should', () => {
		const base = compare('busan', 'moscow', data, rail, params).find((x) => x.id === 'tkr-tsr')!;
		const faster = compare('busan', 'moscow', data, rail, {
			...params,
			gauge_change_dwell: params.gauge_change_dwell + 2
		}).find((x) => x.id === 'tkr-tsr')!;
		expect(faster.days - base.days).toBeCloseTo(2, 6);
	});
});
