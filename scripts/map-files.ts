/**
 * The map's drawn form of each layer, made at build time so the browser's main thread does none of it:
 * for every layer and interface language, static/generated/map/<id>.<lang>.geojson with flat
 * properties (names in that language, colour, status style, magnitude width) and every feature in its
 * latest status (src/lib/data/prepare.ts, the same function the app uses for other years). MapLibre's
 * worker fetches and parses these itself (src/lib/map/project-style.ts). Generated, not committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerFile } from '../src/lib/data/schema';
import { LANGS } from '../src/lib/data/vocab';
import { LAYERS } from '../src/lib/layers/registry';
import { computeWidths } from '../src/lib/layers/widths';
import { toDisplay } from '../src/lib/data/prepare';
import { LATEST } from '../src/lib/map/project-style';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'static', 'generated', 'map');
const layers = LAYERS.map((def) => ({
	def,
	file: JSON.parse(readFileSync(join(root, 'static', 'geo', `${def.id}.geojson`), 'utf8')) as LayerFile
}));
const widths = computeWidths(layers);
mkdirSync(outDir, { recursive: true });
for (const { def, file } of layers)
	for (const lang of LANGS)
		writeFileSync(
			join(outDir, `${def.id}.${lang}.geojson`),
			JSON.stringify(toDisplay(def, file, LATEST, lang, widths[def.id]))
		);
console.log(`map files: ${layers.length} layers × ${LANGS.length} languages`);
