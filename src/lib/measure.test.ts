import { describe, expect, it } from 'vitest';
import { KM_PER_NMI, parseLatLon, pathLengthKm } from './measure';

describe('pathLengthKm', () => {
	it('pathLengthKm(Vladivostok → Busan) is the great-circle distance, about 920 km', () => {
		const d = pathLengthKm([
			[131.886, 43.116],
			[129.04, 35.1]
		]);
		expect(d).toBeGreaterThan(910);
		expect(d).toBeLessThan(930);
		expect(d / KM_PER_NMI).toBeCloseTo(d / 1.852, 6);
	});
	it('pathLengthKm sums segments and is 0 for fewer than two points', () => {
		expect(pathLengthKm([[130, 42]])).toBe(0);
		const a = pathLengthKm([
			[130, 42],
			[131, 42]
		]);
		const ab = pathLengthKm([
			[130, 42],
			[131, 42],
			[132, 42]
		]);
		expect(ab).toBeCloseTo(2 * a, 0);
	});
});

describe('parseLatLon', () => {
	it('parseLatLon("43.1, 131.9") gives [lon, lat]', () => {
		expect(parseLatLon('43.1, 131.9')).toEqual([131.9, 43.1]);
		expect(parseLatLon(' 35.1 129.04 ')).toEqual([129.04, 35.1]);
	});
	it('parseLatLon rejects text and out-of-range values', () => {
		expect(parseLatLon('Vladivostok')).toBeNull();
		expect(parseLatLon('95, 131')).toBeNull();
		expect(parseLatLon('43, 200')).toBeNull();
	});
});
