import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, formatUrlState } from './url';
import { isValidCamera } from '$lib/map/camera';
import { LANGS, LAYER_IDS, ID_RE } from '$lib/data/vocab';

/** Strings that look like what people paste and what attackers craft. */
const crafted = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 100 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'%3Cscript%3E',
		'NaN',
		'Infinity',
		'-0',
		'1e308',
		'9'.repeat(400),
		'__proto__',
		'constructor',
		'rail,,,,pipelines',
		'../../etc/passwd',
		'\u0000\u202e'
	)
);
const hashPart = fc.oneof(
	crafted,
	fc.tuple(fc.double(), fc.double(), fc.double()).map(([a, b, c]) => `map=${a}/${b}/${c}`),
	fc.tuple(crafted, crafted, crafted).map(([a, b, c]) => `map=${a}/${b}/${c}`)
);

function urlOf(q: Record<string, string>, hash: string): URL {
	const u = new URL('http://localhost/');
	for (const [k, v] of Object.entries(q)) u.searchParams.set(k, v);
	u.hash = hash;
	return u;
}

describe('parseUrlState under random and crafted input', () => {
	it('parseUrlState never throws and only ever returns known, in-range values', () => {
		fc.assert(
			fc.property(
				fc.record(
					{ layers: crafted, feature: crafted, lang: crafted, year: crafted, tour: crafted },
					{ requiredKeys: [] }
				),
				hashPart,
				(q, hash) => {
					const s = parseUrlState(urlOf(q as Record<string, string>, hash));
					if (s.camera) expect(isValidCamera(s.camera)).toBe(true);
					if (s.layers) for (const l of s.layers) expect(LAYER_IDS).toContain(l);
					if (s.feature !== null) expect(s.feature).toMatch(ID_RE);
					if (s.lang !== null) expect(LANGS).toContain(s.lang);
					if (s.year !== null) expect(Number.isInteger(s.year) && s.year >= 1990 && s.year <= 2100).toBe(true);
					if (s.tour !== null) expect(Number.isInteger(s.tour) && s.tour >= 0).toBe(true);
					// Nothing that could be markup survives into the state.
					for (const v of [s.feature, s.lang, ...(s.layers ?? [])]) if (v) expect(v).not.toMatch(/[<>"'&\s]/);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('parseUrlState(raw hash strings) never yields an out-of-range camera', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), (h) => {
				const s = parseUrlState(new URL('http://localhost/#' + h));
				if (s.camera) expect(isValidCamera(s.camera)).toBe(true);
			}),
			{ numRuns: 3000 }
		);
	});

	it('formatUrlState(parseUrlState(url)) is stable: a parsed state formats and parses to itself', () => {
		fc.assert(
			fc.property(
				fc.record({ layers: crafted, feature: crafted, lang: crafted, year: crafted }, { requiredKeys: [] }),
				hashPart,
				(q, hash) => {
					const s = parseUrlState(urlOf(q as Record<string, string>, hash));
					const again = parseUrlState(new URL('http://localhost/' + formatUrlState(s)));
					expect(again.layers).toEqual(s.layers && s.layers.length === LAYER_IDS.length ? null : s.layers);
					expect(again.feature).toEqual(s.feature);
					expect(again.year).toEqual(s.year);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
