import { describe, expect, it } from 'vitest';
import { validateLayerFile, formatProblem } from './validate';

const props = (over: Record<string, unknown> = {}) => ({
	name_en: 'Test',
	name_ko: '시험',
	name_ru: 'Тест',
	kind: 'rail line',
	status: 'operational',
	history: [{ date: '2013', status: 'operational', label: 'opened' }],
	geometry_precision: 'traced',
	summary: 'A test feature.',
	...over
});
const line = (coords: number[][], over = {}) => ({
	type: 'Feature',
	id: 'a-line',
	properties: props(over),
	geometry: { type: 'LineString', coordinates: coords }
});
const poly = (ring: number[][]) => ({
	type: 'Feature',
	id: 'a-zone',
	properties: props({ kind: 'economic zone' }),
	geometry: { type: 'Polygon', coordinates: [ring] }
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const messages = (json: unknown) => validateLayerFile('static/geo/test.geojson', json).problems.map(formatProblem);

describe('validateLayerFile', () => {
	it('validateLayerFile(valid file) reports nothing', () => {
		expect(
			messages(
				fc(
					line([
						[130, 42],
						[130.5, 42.3]
					])
				)
			)
		).toEqual([]);
	});
	it('validateLayerFile names the file, the feature and a missing property', () => {
		const f = line([
			[130, 42],
			[131, 42]
		]);
		delete (f.properties as Record<string, unknown>).name_ko;
		expect(messages(fc(f))).toEqual([
			expect.stringMatching(/^static\/geo\/test\.geojson › a-line: features\.0\.properties\.name_ko/)
		]);
	});
	it('validateLayerFile rejects an unknown status or kind', () => {
		expect(
			messages(
				fc(
					line(
						[
							[130, 42],
							[131, 42]
						],
						{ status: 'planned' }
					)
				)
			).join()
		).toMatch(/properties\.status/);
		expect(
			messages(
				fc(
					line(
						[
							[130, 42],
							[131, 42]
						],
						{ kind: 'canal' }
					)
				)
			).join()
		).toMatch(/properties\.kind/);
	});
	it('validateLayerFile rejects duplicate ids, swapped coordinates and too many decimals', () => {
		expect(
			messages(
				fc(
					line([
						[130, 42],
						[131, 42]
					]),
					line([
						[130, 42],
						[131, 42]
					])
				)
			).join()
		).toMatch(/duplicate id/);
		expect(
			messages(
				fc(
					line([
						[42, 130],
						[42, 131]
					])
				)
			).join()
		).toMatch(/out of range/);
		expect(
			messages(
				fc(
					line([
						[130.1234567, 42],
						[131, 42]
					])
				)
			).join()
		).toMatch(/more than 6 decimals/);
	});
	it('validateLayerFile rejects open, clockwise and self-intersecting rings', () => {
		expect(
			messages(
				fc(
					poly([
						[130, 42],
						[131, 42],
						[131, 43],
						[130, 43]
					])
				)
			).join()
		).toMatch(/not closed|fewer than 4/);
		expect(
			messages(
				fc(
					poly([
						[130, 42],
						[130, 43],
						[131, 43],
						[131, 42],
						[130, 42]
					])
				)
			).join()
		).toMatch(/clockwise/);
		expect(
			messages(
				fc(
					poly([
						[130, 42],
						[131, 43],
						[131, 42],
						[130, 43],
						[130, 42]
					])
				)
			).join()
		).toMatch(/intersects itself/);
	});
	it('validateLayerFile rejects a status that differs from the last history step', () => {
		expect(
			messages(
				fc(
					line(
						[
							[130, 42],
							[131, 42]
						],
						{ status: 'suspended' }
					)
				)
			).join()
		).toMatch(/differs from the last history step/);
	});
	it('validateLayerFile compares the computed length with the published one', () => {
		// About 82 km of line against a published 54 km: more than 8 % off.
		const f = line(
			[
				[130, 42],
				[131, 42]
			],
			{ figures: [{ key: 'length', value: 54, unit: 'km' }] }
		);
		expect(messages(fc(f)).join()).toMatch(/geometry is 83 km but the published length is 54 km/);
		const ok = line(
			[
				[130, 42],
				[131, 42]
			],
			{ figures: [{ key: 'length', value: 82, unit: 'km' }] }
		);
		expect(messages(fc(ok))).toEqual([]);
	});
});
