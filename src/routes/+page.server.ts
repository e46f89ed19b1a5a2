import { getNote } from '$lib/content/notes.server';
import type { PageServerLoad } from './$types';

// The introduction is in the prerendered HTML, so the first view reads without waiting for a fetch.
export const load: PageServerLoad = () => {
	const about = getNote('about');
	return { about: about ? { html: about.html, cited: about.cited, lede: about.lede } : null };
};
