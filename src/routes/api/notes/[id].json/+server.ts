import { error, json } from '@sveltejs/kit';
import { getNote, noteIds } from '$lib/content/notes.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => noteIds().map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const note = getNote(params.id);
	if (!note) error(404, 'No such note');
	return json(note);
};
