import { describe, expect, it } from 'vitest';
import { editDistance, normalize, search, type SearchItem } from './search';

const items: SearchItem[] = [
	{
		id: 'rajin-khasan',
		type: 'feature',
		label: 'Rajin–Khasan railway',
		names: ['Rajin–Khasan railway', '나진-하산 철도', 'Хасан — Раджин', 'Rason–Khasan'],
		detail: ''
	},
	{
		id: 'espo',
		type: 'feature',
		label: 'ESPO oil pipeline',
		names: ['Eastern Siberia–Pacific Ocean oil pipeline', 'ESPO', 'ВСТО'],
		detail: ''
	},
	{
		id: 'place-vladivostok',
		type: 'place',
		label: 'Vladivostok',
		names: ['Vladivostok', '블라디보스토크', 'Владивосток'],
		detail: ''
	}
];

describe('normalize', () => {
	it('normalize strips case, accents and punctuation', () => {
		expect(normalize('  Rajin–Khasan, Pérouse! ')).toBe('rajin khasan perouse');
	});
});

describe('editDistance', () => {
	it('editDistance counts a transposition as one edit', () => {
		expect(editDistance('vladviostok', 'vladivostok')).toBe(1);
		expect(editDistance('abc', 'abc')).toBe(0);
	});
});

describe('search', () => {
	it('search finds a feature by its Korean and Russian names', () => {
		expect(search(items, '나진')[0].id).toBe('rajin-khasan');
		expect(search(items, 'хасан')[0].id).toBe('rajin-khasan');
		expect(search(items, 'всто')[0].id).toBe('espo');
	});
	it('search is tolerant of case and small misspellings', () => {
		expect(search(items, 'VLADIVASTOK')[0].id).toBe('place-vladivostok');
		expect(search(items, 'vladivostok')[0].id).toBe('place-vladivostok');
		expect(search(items, 'Rason')[0].id).toBe('rajin-khasan');
		expect(search(items, 'khasn')[0].id).toBe('rajin-khasan');
	});
	it('search returns nothing for an unrelated word or an empty query', () => {
		expect(search(items, 'zzzzqq')).toEqual([]);
		expect(search(items, '   ')).toEqual([]);
	});
});
