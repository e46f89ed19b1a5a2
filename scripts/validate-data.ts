/**
 * `npm run validate`: checks every layer, note, event and place file (docs/DATA.md) and blocks the
 * build with one line per problem naming the file, the feature and what is wrong.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LAYER_IDS } from '../src/lib/data/vocab';
import { validateLayerFile, formatProblem, type Problem } from '../src/lib/data/validate';
import {
	eventsFileSchema,
	placesFileSchema,
	tradeFileSchema,
	armsFileSchema,
	citationSchema,
	describeIssues
} from '../src/lib/data/schema';
import { renderNote, NoteError, type RenderedNote } from '../src/lib/content/markdown';
import { parseChapter } from '../src/lib/content/tour.server';
import { isValidCamera } from '../src/lib/map/camera';
import { SURFACE, surfaceProblem } from '../src/lib/data/surface';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

const root = join(import.meta.dirname, '..');
const geo = join(root, 'static', 'geo');
const notesDir = join(root, 'src', 'lib', 'content', 'notes');

/** Natural Earth 1:10m land from the world-atlas package (public domain), read once. */
let landCache: Feature<MultiPolygon> | undefined;
function land(): Feature<MultiPolygon> {
	if (!landCache) {
		const topo = JSON.parse(
			readFileSync(join(root, 'node_modules', 'world-atlas', 'land-10m.json'), 'utf8')
		) as Topology<{ land: GeometryCollection }>;
		const fc = topoFeature(topo, topo.objects.land) as unknown as { features: Feature<MultiPolygon>[] };
		landCache = fc.features[0];
	}
	return landCache;
}

export function validateAll(): Problem[] {
	const problems: Problem[] = [];
	const readJson = (file: string): unknown => {
		const path = join(geo, file);
		if (!existsSync(path)) {
			problems.push({ file: `static/geo/${file}`, message: 'file is missing' });
			return undefined;
		}
		try {
			return JSON.parse(readFileSync(path, 'utf8'));
		} catch (e) {
			problems.push({ file: `static/geo/${file}`, message: `not valid JSON: ${(e as Error).message}` });
			return undefined;
		}
	};

	// Notes first: features refer to their citations.
	const notes = new Map<string, RenderedNote>();
	for (const name of readdirSync(notesDir).filter((n) => n.endsWith('.md'))) {
		const file = `src/lib/content/notes/${name}`;
		try {
			const note = renderNote(readFileSync(join(notesDir, name), 'utf8'), file);
			if (`${note.id}.md` !== name)
				problems.push({ file, message: `frontmatter id "${note.id}" does not match the file name` });
			notes.set(note.id, note);
		} catch (e) {
			if (e instanceof NoteError) for (const m of e.problems) problems.push({ file, message: m });
			else throw e;
		}
	}

	const featureLayer = new Map<string, string>();
	const related: [string, string, string][] = [];
	for (const layer of LAYER_IDS) {
		const file = `static/geo/${layer}.geojson`;
		const json = readJson(`${layer}.geojson`);
		if (json === undefined) continue;
		const { data, problems: ps } = validateLayerFile(file, json);
		problems.push(...ps);
		if (!data) continue;
		if (!notes.has(layer))
			problems.push({ file, message: `layer has no overview note src/lib/content/notes/${layer}.md` });
		else if (notes.get(layer)!.type !== 'layer')
			problems.push({ file: `src/lib/content/notes/${layer}.md`, message: 'a layer note needs type: layer' });
		for (const f of data.features) {
			const p = (message: string) => problems.push({ file, feature: f.id, message });
			if (featureLayer.has(f.id)) p(`id also used in layer "${featureLayer.get(f.id)}"`);
			if ((LAYER_IDS as readonly string[]).includes(f.id) || f.id === 'about') p('id collides with a layer id');
			featureLayer.set(f.id, layer);
			const surface = SURFACE[layer];
			if (surface && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
				const wrong = surfaceProblem(f as Feature<Polygon | MultiPolygon>, surface, land());
				if (wrong) p(wrong);
			}
			const note = notes.get(f.id);
			if (!note) p(`no case note src/lib/content/notes/${f.id}.md`);
			else {
				if (note.layer !== layer) p(`its note says layer "${note.layer}"`);
				for (const fig of f.properties.figures ?? [])
					if (fig.source && !note.citations.some((c) => c.key === fig.source))
						p(`figure "${fig.label ?? fig.key}" cites "${fig.source}", which its note does not list`);
			}
			for (const r of f.properties.related ?? []) related.push([file, f.id, r]);
		}
	}
	for (const [file, fid, r] of related)
		if (!featureLayer.has(r)) problems.push({ file, feature: fid, message: `related id "${r}" is not a feature` });
	for (const [id, note] of notes) {
		const file = `src/lib/content/notes/${id}.md`;
		if (note.type === 'feature' && !featureLayer.has(id))
			problems.push({ file, message: `no feature has the id "${id}"` });
		if (note.type === 'layer' && !(LAYER_IDS as readonly string[]).includes(id))
			problems.push({ file, message: `"${id}" is not a layer id` });
	}
	if (!notes.has('about'))
		problems.push({ file: 'src/lib/content/notes/about.md', message: 'the introduction note is missing' });

	const events = readJson('events.json');
	if (events !== undefined) {
		const parsed = eventsFileSchema.safeParse(events);
		if (!parsed.success)
			for (const m of describeIssues(parsed.error)) problems.push({ file: 'static/geo/events.json', message: m });
		else {
			const ids = new Set<string>();
			parsed.data.forEach((e, i) => {
				const p = (message: string) => problems.push({ file: 'static/geo/events.json', feature: e.id, message });
				if (ids.has(e.id)) p('duplicate event id');
				ids.add(e.id);
				if (i > 0 && e.date < parsed.data[i - 1].date) p('events are not in date order');
				for (const f of e.features) if (!featureLayer.has(f)) p(`feature id "${f}" does not exist`);
			});
		}
	}
	const places = readJson('places.geojson');
	if (places !== undefined) {
		const parsed = placesFileSchema.safeParse(places);
		if (!parsed.success)
			for (const m of describeIssues(parsed.error)) problems.push({ file: 'static/geo/places.geojson', message: m });
	}
	for (const [name, schema] of [
		['stats/trade.json', tradeFileSchema],
		['stats/arms-deliveries.json', armsFileSchema]
	] as const) {
		const json = readJson(name);
		if (json === undefined) continue;
		const parsed = schema.safeParse(json);
		const file = `static/geo/${name}`;
		if (!parsed.success) {
			for (const m of describeIssues(parsed.error)) problems.push({ file, message: m });
			continue;
		}
		const keys = new Set(parsed.data.citations.map((c) => c.key));
		parsed.data.rows.forEach((r, i) => {
			if (!keys.has(r.source_key))
				problems.push({ file, message: `rows.${i}: source_key "${r.source_key}" is not in citations` });
			if ('programme' in r && !featureLayer.has(r.programme))
				problems.push({ file, message: `rows.${i}: programme "${r.programme}" is not a feature id` });
		});
	}
	const corridors = readJson('corridors.json') as
		| {
				citations: unknown[];
				nodes: Record<string, unknown>;
				connectors: { id: string; from: string; to: string; source?: string; coordinates: number[][] }[];
				parameters: { id: string; value: number; source?: string }[];
		  }
		| undefined;
	if (corridors) {
		const file = 'static/geo/corridors.json';
		const keys = new Set<string>();
		corridors.citations.forEach((c, i) => {
			const parsed = citationSchema.safeParse(c);
			if (!parsed.success)
				for (const m of describeIssues(parsed.error, `citations.${i}.`)) problems.push({ file, message: m });
			else keys.add(parsed.data.key);
		});
		for (const c of corridors.connectors) {
			for (const n of [c.from, c.to])
				if (!(n in corridors.nodes)) problems.push({ file, feature: c.id, message: `node "${n}" is not defined` });
			if (c.source && !keys.has(c.source))
				problems.push({ file, feature: c.id, message: `source "${c.source}" is not in citations` });
			if (!Array.isArray(c.coordinates) || c.coordinates.length < 2)
				problems.push({ file, feature: c.id, message: 'needs 2+ coordinates' });
		}
		for (const p of corridors.parameters) {
			if (!Number.isFinite(p.value)) problems.push({ file, feature: p.id, message: 'value is not a number' });
			if (p.source && !keys.has(p.source))
				problems.push({ file, feature: p.id, message: `source "${p.source}" is not in citations` });
		}
	}

	const tourDir = join(root, 'src', 'lib', 'content', 'tour');
	const chapters = existsSync(tourDir)
		? readdirSync(tourDir)
				.filter((n) => n.endsWith('.md'))
				.sort()
		: [];
	if (!chapters.length) problems.push({ file: 'src/lib/content/tour/', message: 'the guided tour has no chapters' });
	chapters.forEach((name, i) => {
		const file = `src/lib/content/tour/${name}`;
		try {
			const c = parseChapter(readFileSync(join(tourDir, name), 'utf8'), file);
			if (c.n !== i) problems.push({ file, message: `n is ${c.n} but the file is chapter ${i} in order` });
			if (!isValidCamera(c.camera))
				problems.push({ file, message: `camera ${JSON.stringify(c.camera)} is out of range` });
			for (const h of c.highlight)
				if (!featureLayer.has(h)) problems.push({ file, message: `highlight "${h}" is not a feature id` });
		} catch (e) {
			if (e instanceof NoteError) for (const m of e.problems) problems.push({ file, message: m });
			else throw e;
		}
	});
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('validate-data.ts')) {
	const problems = validateAll();
	if (problems.length) {
		console.error(`Data validation failed with ${problems.length} problem(s):`);
		for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
		process.exit(1);
	}
	console.log('Data validation passed: layers, notes, events and places are consistent.');
}
