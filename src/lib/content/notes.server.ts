/**
 * All case notes, read and rendered once at build time (prerendering). Markdown never reaches the
 * browser bundle: pages get HTML, the app fetches /api/notes/<id>.json on selection.
 */
import { renderNote, type RenderedNote } from './markdown';

const files = import.meta.glob('./notes/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

const notes = new Map<string, RenderedNote>();
for (const [path, raw] of Object.entries(files)) {
	const note = renderNote(raw, `src/lib/content/${path.slice(2)}`);
	notes.set(note.id, note);
}

export const getNote = (id: string) => notes.get(id);
export const noteIds = () => [...notes.keys()].sort();
