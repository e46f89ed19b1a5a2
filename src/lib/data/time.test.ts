import { describe, expect, it } from 'vitest';
import { statusInYear, periodOf } from './time';

const h = [
	{ date: '2001-08', status: 'proposed' as const, label: 'a' },
	{ date: '2008-10-04', status: 'under construction' as const, label: 'b' },
	{ date: '2013-09-22', status: 'operational' as const, label: 'c' }
];

describe('statusInYear', () => {
	it('statusInYear(history, year before the first step) is null: the feature is hidden', () => {
		expect(statusInYear(h, 2000)).toBeNull();
	});
	it('statusInYear(history, year) takes the last step dated in or before that year', () => {
		expect(statusInYear(h, 2001)).toBe('proposed');
		expect(statusInYear(h, 2012)).toBe('under construction');
		expect(statusInYear(h, 2013)).toBe('operational');
		expect(statusInYear(h, 2030)).toBe('operational');
	});
});

describe('periodOf', () => {
	it('periodOf(history) is open-ended while the project is live', () => {
		expect(periodOf(h)).toBe('2001–');
	});
	it('periodOf(history) closes at the year a project ended', () => {
		expect(periodOf([...h, { date: '2016-03', status: 'suspended', label: 'd' }])).toBe('2001–2016');
	});
});
