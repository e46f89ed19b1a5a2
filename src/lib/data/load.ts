/**
 * Fetches one layer's GeoJSON by URL and checks it, so that a missing, broken or hand-mangled file
 * turns into a clear per-layer error instead of a blank map. Two stages: a structural check that the
 * map can draw the file at all (here, before drawing), then the full zod schema (schema.ts), loaded
 * only after the first render so that it stays out of the first-load JavaScript.
 */
import type { LayerFile } from './schema';
import type { LayerId } from './vocab';
import { geoUrl } from '$lib/layers/registry';

export type LayerLoad =
	{ state: 'loading' } | { state: 'ready'; data: LayerFile } | { state: 'error'; message: string };

const GEOMETRIES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** The minimum the map needs to draw a layer; null when the file has it. */
export function structuralProblem(json: unknown): string | null {
	const fc = json as { type?: unknown; features?: unknown };
	if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
		return 'is not a GeoJSON FeatureCollection';
	const ids = new Set<string>();
	for (const [i, f] of (fc.features as Record<string, unknown>[]).entries()) {
		const g = f?.geometry as { type?: unknown; coordinates?: unknown } | null;
		const p = f?.properties as { history?: unknown; status?: unknown } | null;
		if (typeof f?.id !== 'string') return `feature #${i} has no string id`;
		if (!g || !GEOMETRIES.includes(g.type as string) || !Array.isArray(g.coordinates))
			return `feature "${f.id}" has no valid geometry`;
		if (!p || !Array.isArray(p.history) || p.history.length === 0 || typeof p.status !== 'string')
			return `feature "${f.id}" has no status history`;
		if (ids.has(f.id)) return `has two features with the id "${f.id}"`;
		ids.add(f.id);
	}
	return null;
}

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
	const problem = structuralProblem(json);
	if (problem) return { state: 'error', message: `${geoUrl(id)} does not match the data schema: it ${problem}` };
	return { state: 'ready', data: json as LayerFile };
}

/** The full schema check, run after the first render; an error replaces the layer on the map. */
export async function checkSchema(id: LayerId, data: LayerFile): Promise<LayerLoad | null> {
	const { layerFileSchema } = await import('./schema');
	const parsed = layerFileSchema.safeParse(data);
	if (parsed.success) return null;
	const i = parsed.error.issues[0];
	const n = parsed.error.issues.length;
	const where = i.path.join('.') || '(root)';
	return {
		state: 'error',
		message: `${geoUrl(id)} does not match the data schema: ${where}: ${i.message}${n > 1 ? ` (and ${n - 1} more)` : ''}`
	};
}
