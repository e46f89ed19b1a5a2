import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONFIDENCE_LABEL, KIND_LABEL, SOURCE_TYPE_LABEL, STRINGS, ensureLang } from './i18n';
import {
	CORRIDOR_PLACE,
	corridorPlace,
	PARAM_LABEL,
	paramText,
	PLACE_KIND_LABEL,
	PLACE_KINDS,
	PRECISION_LABEL,
	ROUTE_LABEL,
	ROUTE_NOTE,
	STOP_WORDS
} from './i18n-lazy';
import { compare, defaultParams, DESTINATIONS, ORIGINS, type CorridorData } from './corridors';
import { CONFIDENCES, KINDS, LANGS, PRECISIONS, SOURCE_TYPES } from './data/vocab';

beforeAll(() => Promise.all(LANGS.map(ensureLang)));

describe('interface strings', () => {
	const keys = Object.keys(STRINGS.en);

	it('Korean and Russian are loaded on demand, and replace the English placeholders', async () => {
		const fresh = await import('./i18n-ko');
		expect(STRINGS.ko).toBe(fresh.default.strings);
		expect(STRINGS.ko.layers).not.toBe(STRINGS.en.layers);
		expect(KIND_LABEL.ru.port).toBe('порт');
	});

	it.each(LANGS)('%s has every string, none empty', (lang) => {
		const t = STRINGS[lang] as Record<string, unknown>;
		expect(Object.keys(t).sort()).toEqual([...keys].sort());
		for (const k of keys) {
			const v = t[k];
			if (typeof v === 'string') expect(v.trim(), `${lang}.${k}`).not.toBe('');
			else expect(typeof v, `${lang}.${k}`).toBe('function');
		}
	});

	it.each(LANGS)('%s keeps the numbers and names it is given', (lang) => {
		const t = STRINGS[lang];
		expect(t.pointCount(7)).toContain('7');
		expect(t.removePoint(3)).toContain('3');
		expect(t.noneWithin(250)).toContain('250');
		expect(t.chapterOf(2, 6)).toMatch(/2[^]*6|6[^]*2/);
		expect(t.bookChapter(4)).toContain('4');
		const w = STOP_WORDS[lang];
		for (const kind of ['port', 'gauge', 'border'] as const) expect(w.stopAt(kind, 'Tumangang')).toContain('Tumangang');
		expect(new Set((['port', 'gauge', 'border'] as const).map((k) => w.stopAt(k, 'X'))).size).toBe(3);
		expect(w.days('3.0')).toContain('3.0');
		expect(t.routesFromTo('Busan', 'Moscow')).toMatch(/Busan[^]*Moscow/);
		const share = t.nkShare('120 km', '900 km', '13');
		for (const part of ['120 km', '900 km', '13']) expect(share).toContain(part);
		expect(t.corridorError('HTTP 404')).toContain('HTTP 404');
		expect(t.citationIn('BibTeX')).toContain('BibTeX');
	});

	it('Korean and Russian strings are translated, not copies of the English', () => {
		for (const lang of ['ko', 'ru'] as const)
			for (const k of keys) {
				const v = STRINGS[lang][k as keyof typeof STRINGS.en];
				if (typeof v === 'string' && /[a-z]{4,}/i.test(STRINGS.en[k as keyof typeof STRINGS.en] as string))
					expect(v, `${lang}.${k}`).not.toBe(STRINGS.en[k as keyof typeof STRINGS.en]);
			}
	});

	it.each(LANGS)('%s names every feature kind', (lang) => {
		for (const k of KINDS) expect(KIND_LABEL[lang][k]?.trim(), `${lang}: ${k}`).toBeTruthy();
		if (lang !== 'en') expect(KINDS.filter((k) => KIND_LABEL[lang][k] === k)).toEqual([]);
	});

	it.each(LANGS)('%s names every geometry precision', (lang) => {
		for (const k of PRECISIONS) expect(PRECISION_LABEL[lang][k]?.trim(), `${lang}: ${k}`).toBeTruthy();
		if (lang !== 'en') expect(PRECISIONS.filter((k) => PRECISION_LABEL[lang][k] === k)).toEqual([]);
	});

	it('every kind of place in places.geojson is named in every language', () => {
		const kinds = new Set(
			JSON.parse(readFileSync('static/geo/places.geojson', 'utf8')).features.map(
				(f: { properties: { kind: string } }) => f.properties.kind
			)
		);
		expect([...kinds].filter((k) => !(PLACE_KINDS as readonly string[]).includes(k as string))).toEqual([]);
		for (const lang of ['ko', 'ru'] as const)
			for (const k of PLACE_KINDS) expect(PLACE_KIND_LABEL[lang][k], `${lang}: ${k}`).not.toBe(k);
	});

	it('every route the comparison can offer has a full and a short name in every language', () => {
		const data = JSON.parse(readFileSync('static/geo/corridors.json', 'utf8')) as CorridorData;
		const rail = Object.fromEntries(
			JSON.parse(readFileSync('static/geo/rail.geojson', 'utf8')).features.map((f: { id: string }) => [f.id, f])
		);
		const ids = new Set<string>();
		for (const o of ORIGINS)
			for (const d of DESTINATIONS) for (const r of compare(o, d, data, rail, defaultParams(data))) ids.add(r.id);
		expect(ids.size).toBeGreaterThanOrEqual(5);
		for (const lang of LANGS)
			for (const id of ids) {
				expect(ROUTE_LABEL[lang][id]?.name.trim(), `${lang}: ${id}`).toBeTruthy();
				expect(ROUTE_LABEL[lang][id]?.short.trim(), `${lang}: ${id}`).toBeTruthy();
			}
	});

	it('every place, crossing and border the comparison names is named in every language', () => {
		const data = JSON.parse(readFileSync('static/geo/corridors.json', 'utf8')) as CorridorData;
		const rail = Object.fromEntries(
			JSON.parse(readFileSync('static/geo/rail.geojson', 'utf8')).features.map((f: { id: string }) => [f.id, f])
		);
		const keys = new Set<string>([...ORIGINS, ...DESTINATIONS]);
		const routes = new Set<string>();
		for (const o of ORIGINS)
			for (const d of DESTINATIONS)
				for (const r of compare(o, d, data, rail, defaultParams(data))) {
					routes.add(r.id);
					for (const s of r.stops) keys.add(s.at);
					for (const b of r.borders) keys.add(b);
				}
		// Each key is a node of the file or a crossing English names in CORRIDOR_PLACE.en.
		for (const k of keys) expect(k in data.nodes || k in CORRIDOR_PLACE.en, k).toBe(true);
		for (const lang of ['ko', 'ru'] as const)
			for (const k of keys) {
				expect(CORRIDOR_PLACE[lang][k]?.trim(), `${lang}: ${k}`).toBeTruthy();
				expect(corridorPlace(lang, k, data.nodes)).not.toBe(corridorPlace('en', k, data.nodes));
			}
		expect(corridorPlace('en', 'vostochny', data.nodes)).toBe(data.nodes.vostochny.name);
		// A note, where a route has one, is in every language.
		for (const id of Object.keys(ROUTE_NOTE.en)) {
			expect(routes.has(id), id).toBe(true);
			for (const lang of LANGS) expect(ROUTE_NOTE[lang][id]?.trim(), `${lang}: ${id}`).toBeTruthy();
		}
	});

	it('every kind of source and confidence is named in each language', () => {
		for (const lang of LANGS) {
			const words = [
				...SOURCE_TYPES.map((t) => SOURCE_TYPE_LABEL[lang][t]),
				...CONFIDENCES.map((c) => CONFIDENCE_LABEL[lang][c])
			];
			for (const w of words) expect(w?.trim(), lang).toBeTruthy();
			expect(new Set(words).size).toBe(words.length);
		}
		expect(SOURCE_TYPES.map((t) => SOURCE_TYPE_LABEL.en[t])).toEqual([...SOURCE_TYPES]);
		for (const lang of ['ko', 'ru'] as const)
			for (const c of CONFIDENCES) expect(CONFIDENCE_LABEL[lang][c]).not.toBe(c);
	});

	it('every parameter of the comparison has its label and unit in Korean and Russian', () => {
		const data = JSON.parse(readFileSync('static/geo/corridors.json', 'utf8')) as CorridorData;
		// Units written the same way in that language.
		const same = { ko: ['km', '%'], ru: ['%'] };
		for (const lang of ['ko', 'ru'] as const) {
			for (const p of data.parameters) {
				const t = paramText(lang, p);
				expect(PARAM_LABEL[lang][p.id]?.trim(), `${lang}: ${p.id}`).toBeTruthy();
				expect(t.label).not.toBe(p.label);
				if (!same[lang].includes(p.unit)) expect(t.unit, `${lang}: ${p.unit}`).not.toBe(p.unit);
			}
			// No label for a parameter the file does not have (a renamed id would leave one behind).
			for (const id of Object.keys(PARAM_LABEL[lang]))
				expect(
					data.parameters.some((p) => p.id === id),
					id
				).toBe(true);
		}
		expect(paramText('en', data.parameters[0])).toEqual({
			label: data.parameters[0].label,
			unit: data.parameters[0].unit
		});
	});
});
