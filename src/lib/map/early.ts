/**
 * The map code and the basemap style, started as early as the app can: this module is first imported
 * by src/hooks.client.ts, which SvelteKit runs before it hydrates the page, so MapLibre (a 1 MB module)
 * compiles while the page hydrates instead of after it.
 */
import { browser } from '$app/environment';
import { chooseBasemap } from './basemap-choice';
import { parseUrlState } from '$lib/state/url';

export const mapViewModule = browser ? import('./MapView.svelte') : null;
// The basemap style waits on its label fonts' list (a fetch): start it now too.
export const basemap = browser ? chooseBasemap(parseUrlState(new URL(location.href)).lang ?? 'en') : null;
