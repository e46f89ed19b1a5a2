import { describe, expect, it } from 'vitest';
import { checkSchema, loadLayer, structuralProblem } from './load';
import type { LayerFile } from './schema';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;
const good = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			id: 'a',
			properties: {
				name_en: 'A',
				name_ko: '가',
				name_ru: 'А',
				kind: 'port',
				status: 'operational',
				history: [{ date: '2000', status: 'operational', label: 'opened' }],
				geometry_precision: 'traced',
				summary: 'A port.'
			},
			geometry: { type: 'Point', coordinates: [131, 43] }
		}
	]
};

describe('loadLayer', () => {
	it('loadLayer reports HTTP errors, invalid JSON and structural problems by file', async () => {
		expect(await loadLayer('fez', respond('', 404))).toEqual({
			state: 'error',
			message: '/geo/fez.geojson answered HTTP 404'
		});
		expect(await loadLayer('fez', respond('{"type":'))).toMatchObject({
			message: '/geo/fez.geojson is not valid JSON'
		});
		expect(await loadLayer('fez', respond('{"type":"Feature"}'))).toMatchObject({
			message: /not a GeoJSON FeatureCollection/
		});
	});
	it('loadLayer(good file) is ready', async () => {
		expect(await loadLayer('fez', respond(JSON.stringify(good)))).toMatchObject({ state: 'ready' });
	});
});

describe('structuralProblem', () => {
	it('structuralProblem finds a missing geometry, a missing history and a duplicate id', () => {
		const f = good.features[0];
		expect(structuralProblem({ ...good, features: [{ ...f, geometry: null }] })).toMatch(/no valid geometry/);
		expect(structuralProblem({ ...good, features: [{ ...f, properties: { ...f.properties, history: [] } }] })).toMatch(
			/history/
		);
		expect(structuralProblem({ ...good, features: [f, f] })).toMatch(/two features with the id "a"/);
	});
});

describe('checkSchema', () => {
	it('checkSchema(file with an unknown status) names the path of the problem', async () => {
		const bad = structuredClone(good) as unknown as LayerFile;
		(bad.features[0].properties as { status: string }).status = 'planned';
		expect(await checkSchema('fez', bad)).toMatchObject({ state: 'error', message: /features\.0\.properties\.status/ });
		expect(await checkSchema('fez', good as unknown as LayerFile)).toBeNull();
	});
});
