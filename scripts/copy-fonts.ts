/**
 * Copies the Noto Sans font files MapLibre draws labels with from @fontsource into static/fonts/,
 * and writes the style's `font-faces` map (static/fonts/font-faces.json) (https://maplibre.org/maplibre-style-spec/root/#font-faces)
 * with each file's unicode-range taken from @fontsource's own CSS, so only the subsets a label
 * actually uses are ever downloaded. Both outputs are generated, not committed.
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

/** Parses @fontsource CSS into (file, unicode-range) pairs. */
function facesFrom(pkg: string, cssFile: string): { file: string; ranges: string[] }[] {
	const css = readFileSync(require.resolve(`${pkg}/${cssFile}`), 'utf8');
	const out: { file: string; ranges: string[] }[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (file && range) out.push({ file, ranges: range.split(',').map((r) => r.trim()) });
	}
	return out;
}

function collect(pkg: string, cssFile: string, subsets?: string[]): Face[] {
	return facesFrom(pkg, cssFile)
		.filter((f) => !subsets || subsets.some((s) => f.file.includes(`-${s}-`)))
		.map(({ file, ranges }) => {
			const dest = join(outDir, file);
			if (!existsSync(dest)) copyFileSync(require.resolve(`${pkg}/files/${file}`), dest);
			return { url: `/fonts/${file}`, 'unicode-range': ranges };
		});
}

const scripts = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
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
