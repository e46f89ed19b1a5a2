import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, plainText, ris } from './cite';

const c = {
	title: 'Rajin–Khasan railway',
	url: 'https://atlas.example/?feature=rajin-khasan#map=8/42.4/130.5',
	version: '0.1.0',
	datasetDate: '2026-11-30',
	accessed: new Date('2026-12-01T10:00:00Z')
};

describe('cite', () => {
	it('plainText(view) names the title, version, dataset date, permalink and access date', () => {
		expect(plainText(c)).toBe(
			'Russia–Korea Cooperation Atlas (version 0.1.0, 2026-11-30). “Rajin–Khasan railway.” Interactive map. https://atlas.example/?feature=rajin-khasan#map=8/42.4/130.5 (accessed 2026-12-01).'
		);
	});
	it('bibtex(view) is a @misc entry with url and urldate, escaping TeX specials', () => {
		const b = bibtex({ ...c, title: 'A & B_1' });
		expect(b).toMatch(/^@misc\{rukratlas20261130,/);
		expect(b).toContain('title = {A \\& B\\_1}');
		expect(b).toContain('urldate = {2026-12-01}');
	});
	it('ris(view) is a MAP record ending with ER', () => {
		const r = ris(c).split('\r\n');
		expect(r[0]).toBe('TY  - MAP');
		expect(r).toContain('UR  - ' + c.url);
		expect(r.at(-1)).toBe('ER  - ');
	});
	it('cslJson(view) parses and carries issued and accessed date-parts', () => {
		const [item] = JSON.parse(cslJson(c));
		expect(item.type).toBe('map');
		expect(item.issued['date-parts']).toEqual([[2026, 11, 30]]);
		expect(item.accessed['date-parts']).toEqual([[2026, 12, 1]]);
	});
});
