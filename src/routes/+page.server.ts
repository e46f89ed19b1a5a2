import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNote } from '$lib/content/notes.server';
import { featureIndex } from '$lib/data/features.server';
import { currentYear } from '$lib/data/time';
import { LAYER_IDS, type LayerId } from '$lib/data/vocab';
import { layerSummary, type LayerSummary } from '$lib/layers/legend';
import type { Widths } from '$lib/layers/widths';
import type { LayerFeature } from '$lib/data/schema';
import type { PageServerLoad } from './$types';

// The introduction is in the prerendered HTML, so the first view reads without waiting for a fetch.
// So are each layer's count and legend as the map first shows them (today, every status), and the line
// widths made at build time: the layer list the page arrives with is the one it keeps, with no "…"
// while the layer files load and nothing shifting when they have.
export const load: PageServerLoad = () => {
	const about = getNote('about');
	const byLayer = Object.fromEntries(LAYER_IDS.map((id) => [id, [] as LayerFeature[]])) as Record<
		LayerId,
		LayerFeature[]
	>;
	for (const { layer, feature } of featureIndex().values()) byLayer[layer].push(feature);
	const year = currentYear();
	const layers = Object.fromEntries(LAYER_IDS.map((id) => [id, layerSummary(id, byLayer[id], year, 'all')])) as Record<
		LayerId,
		LayerSummary
	>;
	return { about: about ? { html: about.html, cited: about.cited, lede: about.lede } : null, layers, widths: widths() };
};

/** Made by scripts/analyse.ts (npm run assets); without it the map draws base widths, as before it existed. */
function widths(): Widths {
	try {
		return JSON.parse(readFileSync(join(process.cwd(), 'static', 'generated', 'widths.json'), 'utf8')) as Widths;
	} catch (e) {
		console.warn(`static/generated/widths.json: ${(e as Error).message}; run npm run assets`);
		return {};
	}
}
