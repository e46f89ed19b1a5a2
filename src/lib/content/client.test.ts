import { afterEach, describe, expect, it, vi } from 'vitest';
import { arrivedNote, fetchNote } from './client';

/** A fetch that answers each call from `statuses` in turn and counts the calls. */
function stubFetch(statuses: number[]) {
	const calls: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		calls.push(url);
		const status = statuses[calls.length - 1] ?? 200;
		return new Response(status === 200 ? JSON.stringify({ id: url, html: '<p>x</p>' }) : 'down', { status });
	});
	return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchNote', () => {
	it('shares one request between callers and keeps the note for synchronous use', async () => {
		const calls = stubFetch([200]);
		expect(arrivedNote('a1')).toBeUndefined();
		const [x, y] = await Promise.all([fetchNote('a1'), fetchNote('a1')]);
		expect(calls).toEqual(['/api/notes/a1.json']);
		expect(x).toBe(y);
		expect(arrivedNote('a1')?.html).toBe('<p>x</p>');
		await fetchNote('a1', { retry: true });
		expect(calls).toHaveLength(1);
	});

	it('remembers a failure instead of asking again for every caller', async () => {
		const calls = stubFetch([500]);
		expect(await fetchNote('b1')).toBeNull();
		expect(await fetchNote('b1')).toBeNull();
		expect(calls).toHaveLength(1);
		expect(arrivedNote('b1')).toBeUndefined();
	});

	it('asks again after a failure when told to retry', async () => {
		const calls = stubFetch([500, 200]);
		expect(await fetchNote('c1')).toBeNull();
		expect(await fetchNote('c1', { retry: true })).not.toBeNull();
		expect(calls).toHaveLength(2);
		expect(arrivedNote('c1')).toBeDefined();
	});

	it('treats a network error as a failure', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('offline');
		});
		expect(await fetchNote('d1')).toBeNull();
	});
});
