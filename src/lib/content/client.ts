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
/** Notes whose last fetch failed: asked again only when a caller says so (a new selection, Try again). */
const failed = new Set<string>();

/** The note if it has already arrived, else undefined (then use fetchNote). */
export const arrivedNote = (id: string): NoteJson | undefined => arrived.get(id);

/**
 * The note, or null if it could not be fetched. Every part of the page that needs a note (the
 * selection, the note itself, the camera waiting for it to paint, a list's prefetch) shares one request;
 * a failure is remembered, so they do not each ask the server again, until `retry` asks afresh.
 */
export function fetchNote(id: string, { retry = false } = {}): Promise<NoteJson | null> {
	if (retry && failed.has(id)) {
		failed.delete(id);
		cache.delete(id);
	}
	let p = cache.get(id);
	if (!p) {
		p = fetch(`/api/notes/${encodeURIComponent(id)}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<NoteJson>) : null))
			.catch(() => null);
		cache.set(id, p);
		p.then((n) => (n ? arrived.set(id, n) : failed.add(id)));
	}
	return p;
}
