import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { landShare, surfaceProblem } from './surface';

const square = (x0: number, y0: number, x1: number, y1: number): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[x0, y0],
				[x1, y0],
				[x1, y1],
				[x0, y1],
				[x0, y0]
			]
		]
	}
});
// "Land" is the western half of a 2°×2° box; the sea is the rest.
const land = square(130, 40, 131, 42);

describe('zones on the right surface', () => {
	it('measures the share on land', () => {
		expect(landShare(square(130.2, 40.5, 130.8, 41.5), land)).toBeCloseTo(1, 5);
		expect(landShare(square(131.2, 40.5, 131.8, 41.5), land)).toBe(0);
		expect(landShare(square(130.5, 40.5, 131.5, 41.5), land)).toBeCloseTo(0.5, 2);
	});
	it('accepts a zone at sea at sea and one on land on land', () => {
		expect(surfaceProblem(square(131.2, 40.5, 131.8, 41.5), 'sea', land)).toBeNull();
		expect(surfaceProblem(square(130.2, 40.5, 130.8, 41.5), 'land', land)).toBeNull();
	});
	it('names how much of a zone is on the wrong side of the coast', () => {
		expect(surfaceProblem(square(130.5, 40.5, 131.5, 41.5), 'sea', land)).toMatch(
			/^50\.\d % of this zone at sea lies on land/
		);
		expect(surfaceProblem(square(130.9, 40.5, 131.9, 41.5), 'land', land)).toMatch(
			/^90\.\d % of this zone on land lies at sea/
		);
	});
});
