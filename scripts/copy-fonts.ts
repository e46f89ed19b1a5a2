/**
 * Copies the Noto Sans font files from @fontsource into static/fonts/ and writes, from @fontsource's
 * own CSS (so each file keeps its unicode-range and only the subsets in use are downloaded):
 * - the map style's `font-faces` map, static/fonts/font-faces.json
 *   (https://maplibre.org/maplibre-style-spec/root/#font-faces), for the labels MapLibre draws;
 * - the interface's @font-face rules, static/fonts/fonts.css (Latin and Cyrillic) and fonts-kr.css
 *   (Hangul), pointing at the same files, so a face the page and the map both use is downloaded once
 *   (bundled through Vite, the page's copies would get hashed names and every shared face would be
 *   fetched twice).
 * All outputs are generated, not committed.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = join(root, 'static', 'fonts');
mkdirSync(outDir, { recursive: true });

interface Face {
	url: string;
	'unicode-range': string[];
}

const scripts = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

/**
 * @fontsource's @font-face rules for these subsets (all if none given), each with its .woff2 file,
 * copied here, and its unicode-range. Both outputs below are made from this one reading.
 */
function faces(pkg: string, cssFile: string, subsets?: string[]): { file: string; ranges: string[]; rule: string }[] {
	const css = readFileSync(require.resolve(`${pkg}/${cssFile}`), 'utf8');
	const out: { file: string; ranges: string[]; rule: string }[] = [];
	for (const [rule] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
		if (!file || !range || (subsets && !subsets.some((s) => file.includes(`-${s}-`)))) continue;
		const dest = join(outDir, file);
		if (!existsSync(dest)) copyFileSync(require.resolve(`${pkg}/files/${file}`), dest);
		out.push({ file, ranges: range.split(',').map((r) => r.trim()), rule });
	}
	return out;
}

/** The map style's entries: file and unicode-range. */
const collect = (pkg: string, cssFile: string, subsets?: string[]): Face[] =>
	faces(pkg, cssFile, subsets).map(({ file, ranges }) => ({ url: `/fonts/${file}`, 'unicode-range': ranges }));

/** The page's rules, pointing at the same copies. */
const cssFor = (pkg: string, cssFile: string, subsets?: string[]): string =>
	faces(pkg, cssFile, subsets)
		.map(({ file, rule }) => rule.replace(/src:[^;]+;/, `src: url(/fonts/${file}) format('woff2');`))
		.join('\n');

const interfaceCss = [
	cssFor('@fontsource/noto-sans', '400.css', scripts),
	cssFor('@fontsource/noto-sans', '600.css', scripts),
	cssFor('@fontsource/noto-sans', '700.css', scripts)
].join('\n');
writeFileSync(join(outDir, 'fonts.css'), interfaceCss + '\n');
// Hangul in a stylesheet of its own (src/lib/fonts.ts): its 124 faces, one per unicode-range slice,
// cost the page's first style pass about 100 ms while the map is starting, in a page that is English
// or Russian until a reader asks otherwise.
writeFileSync(join(outDir, 'fonts-kr.css'), cssFor('@fontsource/noto-sans-kr', '400.css') + '\n');
const regularKr = collect('@fontsource/noto-sans-kr', '400.css');
const fontFaces: Record<string, Face[]> = {
	'Noto Sans Regular': [...collect('@fontsource/noto-sans', '400.css', scripts), ...regularKr],
	'Noto Sans Bold': [
		...collect('@fontsource/noto-sans', '700.css', scripts),
		...collect('@fontsource/noto-sans-kr', '700.css')
	],
	// Hangul has no italic: the regular Korean face stands in.
	'Noto Sans Italic': [...collect('@fontsource/noto-sans', '400-italic.css', scripts), ...regularKr]
};

// Served beside the fonts and fetched with the style, so this 100+ KB list never enters the JS bundle.
writeFileSync(join(outDir, 'font-faces.json'), JSON.stringify(fontFaces));
console.log(
	`fonts: ${Object.entries(fontFaces)
		.map(([k, v]) => `${k} ${v.length} files`)
		.join(', ')}`
);
