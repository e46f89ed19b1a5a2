/** Fetches prerendered case notes (/api/notes/<id>.json) once each. */
import type { Citation } from '$lib/data/schema';

export interface NoteJson {
	id: string;
	layer: string;
	type: 'feature' | 'layer' | 'about';
	title?: string;
	period?: string;
	html: string;
	lede: string;
	cited: (Citation & { n: number })[];
}

const cache = new Map<string, Promise<NoteJson | null>>();
/** Notes that have arrived, for a component to show at once rather than after a promise's turn. */
const arrived = new Map<string, NoteJson>();

/** The note if it has already arrived, else undefined (then use fetchNote). */
export const arrivedNote = (id: string): NoteJson | undefined => arrived.get(id);

export function fetchNote(id: string): Promise<NoteJson | null> {
	let p = cache.get(id);
	if (!p) {
		p = fetch(`/api/notes/${encodeURIComponent(id)}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<NoteJson>) : null))
			.catch(() => null);
		cache.set(id, p);
		// A failed fetch is not cached, so a later selection can retry.
		p.then((n) => (n ? arrived.set(id, n) : cache.delete(id)));
	}
	return p;
}
