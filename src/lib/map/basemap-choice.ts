/**
 * Picks the basemap: the embedded one, or the online style named by PUBLIC_BASEMAP_STYLE at build
 * time if it answers. When it does not, the embedded basemap is used and the reader is told.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/data/vocab';
import { embeddedStyle } from './basemap';

/** The label fonts MapLibre draws with; without them labels fall back to local fonts, so failure is not fatal. */
async function fontFaces(base: string): Promise<StyleSpecification['font-faces']> {
	try {
		const r = await fetch(`${base}/fonts/font-faces.json`);
		return r.ok ? await r.json() : {};
	} catch {
		return {};
	}
}

export async function chooseBasemap(
	lang: Lang,
	online: string = __BASEMAP_STYLE__,
	base = ''
): Promise<{ style: StyleSpecification; notice: string | null; embedded: boolean }> {
	if (!online) return { style: embeddedStyle(lang, await fontFaces(base)), notice: null, embedded: true };
	try {
		const ctrl = new AbortController();
		const timer = setTimeout(() => ctrl.abort(), 6000);
		const res = await fetch(online, { signal: ctrl.signal });
		clearTimeout(timer);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const style = (await res.json()) as StyleSpecification;
		if (style?.version !== 8) throw new Error('not a MapLibre style');
		return { style, notice: null, embedded: false };
	} catch (e) {
		return {
			style: embeddedStyle(lang, await fontFaces(base)),
			embedded: true,
			notice: `The online basemap could not be loaded (${(e as Error).message || 'network error'}); showing the embedded offline basemap.`
		};
	}
}
