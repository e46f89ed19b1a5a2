/** The layer files as the build sees them, for prerendered note pages (no browser involved). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_IDS, type LayerId } from './vocab';
import { layerFileSchema, type LayerFeature } from './schema';

let cache: Map<string, { layer: LayerId; feature: LayerFeature }> | null = null;

export function featureIndex() {
	if (cache) return cache;
	cache = new Map();
	for (const layer of LAYER_IDS) {
		const parsed = layerFileSchema.safeParse(
			JSON.parse(readFileSync(join(process.cwd(), 'static', 'geo', `${layer}.geojson`), 'utf8'))
		);
		if (!parsed.success) throw new Error(`static/geo/${layer}.geojson fails the schema: run npm run validate`);
		for (const f of parsed.data.features) cache.set(f.id, { layer, feature: f });
	}
	return cache;
}
