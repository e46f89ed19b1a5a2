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

export function fetchNote(id: string): Promise<NoteJson | null> {
	let p = cache.get(id);
	if (!p) {
		p = fetch(`/api/notes/${encodeURIComponent(id)}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<NoteJson>) : null))
			.catch(() => null);
		cache.set(id, p);
		// A failed fetch is not cached, so a later selection can retry.
		p.then((n) => n || cache.delete(id));
	}
	return p;
}
