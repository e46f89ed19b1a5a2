import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import type { LayerFile } from '$lib/data/schema';
import { LAYERS } from '$lib/layers/registry';
import { toDisplay } from '$lib/data/prepare';
import { currentYear } from '$lib/data/time';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LANGS } from '$lib/data/vocab';
import { embeddedStyle } from './basemap';
import {
	EMPTY,
	LATEST,
	PROJECT_LAYERS,
	mapFileUrl,
	showsLatest,
	visibilityUpdates,
	toolLayers,
	withProjectLayers
} from './project-style';

const base: StyleSpecification = {
	version: 8,
	sources: { countries: { type: 'geojson', data: '/basemap/countries.geojson' } },
	layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dbe6ec' } }]
};
const file = (id: string) => JSON.parse(readFileSync(`static/geo/${id}.geojson`, 'utf8')) as LayerFile;

describe('showsLatest', () => {
	it('showsLatest(layer, today) is true: the build-time files are what the map shows by default', () => {
		for (const d of LAYERS) expect(showsLatest(file(d.id), currentYear()), d.id).toBe(true);
	});
	it('showsLatest(pipelines, 2003) is false: ESPO did not exist yet, so that year needs its own data', () => {
		expect(showsLatest(file('pipelines'), 2003)).toBe(false);
	});
	it('the latest drawn form equals the drawn form for today, feature by feature', () => {
		for (const d of LAYERS)
			expect(toDisplay(d, file(d.id), LATEST, 'ko'), d.id).toEqual(toDisplay(d, file(d.id), currentYear(), 'ko'));
	});
});

describe("the map's first style", () => {
	// boot.ts gives MapLibre this style with `validateStyle: false`: this test is its validation.
	it('the embedded basemap with every project layer is valid MapLibre style, in each language and mode', () => {
		const fontFaces = JSON.parse(readFileSync('static/fonts/font-faces.json', 'utf8'));
		for (const lang of LANGS)
			for (const fromFiles of [true, false]) {
				const style = withProjectLayers(embeddedStyle(lang, fontFaces), { lang, visible: ['rail'], fromFiles });
				expect(validateStyleMin(style), `${lang} fromFiles=${fromFiles}`).toEqual([]);
			}
	});
	it('with the tools’ sources and layers added on top (as MapView adds them), it is still valid', () => {
		const style = withProjectLayers(base, { lang: 'en', visible: ['rail'], fromFiles: true });
		const tools = ['corridors', 'measure'] as const;
		const withTools = {
			...style,
			sources: { ...style.sources, ...Object.fromEntries(tools.map((t) => [t, { type: 'geojson', data: EMPTY }])) },
			layers: [...style.layers, ...tools.flatMap((t) => toolLayers(t))]
		} as StyleSpecification;
		expect(tools.map((t) => toolLayers(t).length)).toEqual([2, 2]);
		expect(validateStyleMin(withTools)).toEqual([]);
	});
	it('an invalid layer is caught (the check can fail)', () => {
		const style = withProjectLayers(base, { lang: 'en', visible: [], fromFiles: true });
		const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere' }] };
		expect(validateStyleMin(broken as StyleSpecification).length).toBeGreaterThan(0);
	});
});

describe('withProjectLayers', () => {
	it('adds every project layer above the basemap, its source drawn from the file in the language', () => {
		const s = withProjectLayers(base, { lang: 'ru', visible: ['rail'], fromFiles: true });
		expect(s.layers[0].id).toBe('sea');
		expect(s.layers.slice(1, 1 + PROJECT_LAYERS.length).map((l) => l.id)).toEqual(PROJECT_LAYERS.map((l) => l.id));
		expect(s.sources.rail).toMatchObject({ type: 'geojson', data: mapFileUrl('rail', 'ru'), promoteId: 'fid' });
		expect(s.sources.countries).toEqual(base.sources.countries);
		// The tools' layers come when a tool is first used (MapView), not with the first style.
		expect(s.sources.corridors).toBeUndefined();
		expect(s.layers.some((l) => l.id.startsWith('measure') || l.id.startsWith('corridor'))).toBe(false);
	});
	it('shows only the layers asked for; the others are in the style, hidden', () => {
		const s = withProjectLayers(base, { lang: 'en', visible: ['rail'], fromFiles: true });
		const vis = (id: string) => (s.layers.find((l) => l.id === id)?.layout as { visibility?: string }).visibility;
		expect(vis('rail-line')).toBe('visible');
		expect(vis('pipelines-line')).toBe('none');
		expect(vis('fez-fill')).toBe('none');
	});
	it('areas are drawn under lines, lines under points, points under labels, across all layers', () => {
		const ids = PROJECT_LAYERS.map((l) => l.id);
		const last = (suffix: string) => Math.max(...ids.flatMap((id, i) => (id.endsWith(suffix) ? [i] : [])));
		const first = (suffix: string) => ids.findIndex((id) => id.endsWith(suffix));
		expect(last('-fill')).toBeLessThan(first('-line'));
		expect(last('-line')).toBeLessThan(first('-point'));
		expect(last('-point')).toBeLessThan(first('-label'));
	});
	it('starts the sources empty for a link to another year', () => {
		const s = withProjectLayers(base, { lang: 'en', visible: [], fromFiles: false });
		expect((s.sources.dprk as { data: unknown }).data).toEqual(EMPTY);
	});
	it('does not change the basemap style it was given', () => {
		const copy = structuredClone(base);
		withProjectLayers(base, { lang: 'en', visible: ['rail'], fromFiles: true });
		expect(base).toEqual(copy);
	});
});

describe('visibilityUpdates', () => {
	/** MapLibre's getLayoutProperty(id, 'visibility') on a map made with this style. */
	const reader = (s: StyleSpecification) => (id: string) =>
		(s.layers.find((l) => l.id === id)?.layout as { visibility?: string } | undefined)?.visibility;
	it("changes nothing on the first style, which already shows the link's layers", () => {
		const s = withProjectLayers(base, { lang: 'en', visible: ['rail', 'fez'], fromFiles: true });
		expect(visibilityUpdates(reader(s), (id) => id === 'rail' || id === 'fez')).toEqual([]);
	});
	it("sets only a toggled layer's style layers", () => {
		const s = withProjectLayers(base, { lang: 'en', visible: ['rail', 'fez'], fromFiles: true });
		const updates = visibilityUpdates(reader(s), (id) => id === 'rail');
		expect(updates.length).toBeGreaterThan(0);
		expect(updates.every(([id, v]) => id.startsWith('fez-') && v === 'none')).toBe(true);
		expect(updates.length).toBe(PROJECT_LAYERS.filter((l) => l.source === 'fez').length);
	});
	it('takes an unset visibility for visible, as MapLibre does', () => {
		expect(
			visibilityUpdates(
				() => undefined,
				() => true
			)
		).toEqual([]);
		expect(
			visibilityUpdates(
				() => undefined,
				(id) => id !== 'arms'
			)
		).toEqual(PROJECT_LAYERS.filter((l) => l.source === 'arms').map((l) => [l.id, 'none']));
	});
});
