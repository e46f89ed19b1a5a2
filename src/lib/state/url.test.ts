import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url';

const u = (s: string) => new URL(s, 'http://localhost/');

describe('parseUrlState', () => {
	it('parseUrlState(no parameters) leaves everything at its default', () => {
		expect(parseUrlState(u('/'))).toEqual({
			camera: null,
			layers: null,
			feature: null,
			lang: null,
			year: null,
			tour: null
		});
	});
	it('parseUrlState reads layers, feature, lang, year and camera', () => {
		const s = parseUrlState(u('/?layers=rail,fez&feature=rajin-khasan&lang=ko&year=2008#map=6/42.5/130.6'));
		expect(s.layers).toEqual(['rail', 'fez']);
		expect(s.feature).toBe('rajin-khasan');
		expect(s.lang).toBe('ko');
		expect(s.year).toBe(2008);
		expect(s.camera).toEqual({ zoom: 6, lat: 42.5, lon: 130.6 });
	});
	it('parseUrlState(layers=) with an empty value turns every layer off', () => {
		expect(parseUrlState(u('/?layers=')).layers).toEqual([]);
	});
	it('parseUrlState ignores unknown layer ids and keeps the known ones', () => {
		expect(parseUrlState(u('/?layers=rail,bogus,dprk')).layers).toEqual(['rail', 'dprk']);
	});
	it('parseUrlState(layers with no known id) treats the parameter as absent', () => {
		expect(parseUrlState(u('/?layers=bogus')).layers).toBeNull();
	});
	it('parseUrlState drops a feature that is not an id, a bad lang and an out-of-range year', () => {
		const s = parseUrlState(u('/?feature=<script>alert(1)</script>&lang=fr&year=1850&tour=x'));
		expect(s).toMatchObject({ feature: null, lang: null, year: null, tour: null });
	});
});

describe('formatUrlState', () => {
	it('formatUrlState leaves defaults out and round-trips', () => {
		const url = '/?layers=rail,pipelines&feature=espo&lang=ru&year=2009#map=5/45.00/133.00';
		const s = parseUrlState(u(url));
		expect(parseUrlState(u('/' + formatUrlState(s)))).toEqual(s);
		expect(formatUrlState({ ...s, layers: null, lang: 'en', year: null, feature: null, camera: null })).toBe('');
	});
});
