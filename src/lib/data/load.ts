/**
 * Fetches one layer's GeoJSON by URL and checks it against the schema, so that a missing, broken or
 * hand-mangled file turns into a clear per-layer error instead of a blank map.
 */
import { layerFileSchema, type LayerFile } from './schema';
import type { LayerId } from './vocab';
import { geoUrl } from '$lib/layers/registry';

export type LayerLoad =
	{ state: 'loading' } | { state: 'ready'; data: LayerFile } | { state: 'error'; message: string };

export async function loadLayer(id: LayerId, fetcher: typeof fetch = fetch): Promise<LayerLoad> {
	let res: Response;
	try {
		res = await fetcher(geoUrl(id));
	} catch {
		return { state: 'error', message: `${geoUrl(id)} could not be fetched (network error)` };
	}
	if (!res.ok) return { state: 'error', message: `${geoUrl(id)} answered HTTP ${res.status}` };
	let json: unknown;
	try {
		json = await res.json();
	} catch {
		return { state: 'error', message: `${geoUrl(id)} is not valid JSON` };
	}
	const parsed = layerFileSchema.safeParse(json);
	if (!parsed.success) {
		const i = parsed.error.issues[0];
		const n = parsed.error.issues.length;
		return {
			state: 'error',
			message: `${geoUrl(id)} does not match the data schema: ${i.path.join('.') || '(root)'}: ${i.message}${n > 1 ? ` (and ${n - 1} more)` : ''}`
		};
	}
	const ids = new Set<string>();
	for (const f of parsed.data.features) {
		if (ids.has(f.id)) return { state: 'error', message: `${geoUrl(id)} has two features with the id "${f.id}"` };
		ids.add(f.id);
	}
	return { state: 'ready', data: parsed.data };
}
