import { json } from '@sveltejs/kit';
import { tour } from '$lib/content/tour.server';

export const prerender = true;

// The guided tour's chapters, rendered at build time; fetched only when a reader starts the tour.
export const GET = () => json(tour());
