import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders } from './static-server';

describe('parseHeaders (_headers file)', () => {
	it('reads path patterns with their headers, ignoring comments', () => {
		const rules = parseHeaders('# c\n/*\n  X-A: 1\n\n/fonts/*\n  Cache-Control: public, max-age=60\n');
		expect(rules).toHaveLength(2);
		expect(rules[0].pattern.test('/anything/at/all')).toBe(true);
		expect(rules[1].headers).toEqual({ 'cache-control': 'public, max-age=60' });
		expect(rules[1].pattern.test('/fonts/a.woff2')).toBe(true);
		expect(rules[1].pattern.test('/geo/fonts/a.woff2')).toBe(false);
	});

	it("the site's own file caches hashed assets for a year and fonts for a week", () => {
		const rules = parseHeaders(readFileSync(join(import.meta.dirname, '..', 'static', '_headers'), 'utf8'));
		const cache = (path: string) =>
			rules.filter((r) => r.pattern.test(path)).find((r) => r.headers['cache-control'])?.headers['cache-control'];
		expect(cache('/_app/immutable/chunks/x.js')).toMatch(/immutable/);
		expect(cache('/fonts/noto-sans-latin-400-normal.woff2')).toBe('public, max-age=604800');
		expect(cache('/index.html')).toBeUndefined();
	});
});
