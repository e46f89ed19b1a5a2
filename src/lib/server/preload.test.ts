import { describe, expect, it } from 'vitest';
import { bootScript, chunkFiles, chunkStyles, headLinks, langModulesMeta, type ViteManifest } from './preload';

const manifest: ViteManifest = {
	'src/lib/map/MapView.svelte': {
		file: '_app/immutable/chunks/map.js',
		src: 'src/lib/map/MapView.svelte',
		imports: ['_a.js', '_b.js']
	},
	'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_c.js'], css: ['_app/immutable/assets/a.css'] },
	'_b.js': { file: '_app/immutable/chunks/b.js', imports: ['_c.js', '_a.js'] },
	'_c.js': { file: '_app/immutable/chunks/c.js', imports: ['_a.js'], css: ['_app/immutable/assets/a.css'] },
	'src/routes/+page.svelte': { file: '_app/immutable/nodes/2.js', src: 'src/routes/+page.svelte', imports: ['_d.js'] },
	'_d.js': { file: '_app/immutable/chunks/d.js', css: ['_app/immutable/assets/d.css'] }
};

describe('map preloads from the Vite manifest', () => {
	it('lists the chunk and everything it imports, once each, and nothing else', () => {
		expect(chunkFiles(manifest, 'src/lib/map/MapView.svelte')).toEqual([
			'_app/immutable/chunks/map.js',
			'_app/immutable/chunks/a.js',
			'_app/immutable/chunks/c.js',
			'_app/immutable/chunks/b.js'
		]);
	});
	it('gives nothing for a source the build does not have, or an import it does not list', () => {
		expect(chunkFiles(manifest, 'src/lib/Missing.svelte')).toEqual([]);
		expect(chunkFiles({ x: { file: 'x.js', src: 'x', imports: ['gone.js'] } }, 'x')).toEqual(['x.js']);
	});
	it("lists the stylesheets of the chunk and its imports once each, and not other chunks'", () => {
		expect(chunkStyles(manifest, 'src/lib/map/MapView.svelte')).toEqual(['_app/immutable/assets/a.css']);
		expect(chunkStyles(manifest, 'src/lib/Missing.svelte')).toEqual([]);
	});
	it('writes modulepreload links, then stylesheet links, under the base path', () => {
		expect(headLinks(['a.js', 'b.js'], '/atlas')).toBe(
			'<link rel="modulepreload" href="/atlas/a.js"><link rel="modulepreload" href="/atlas/b.js">'
		);
		expect(headLinks(['a.js'], '', ['s.css'])).toBe(
			'<link rel="modulepreload" href="/a.js"><link rel="stylesheet" href="/s.css" crossorigin>'
		);
	});
	it('starts the map with an async module script of the boot chunk, or nothing without one', () => {
		expect(bootScript('_app/immutable/chunks/boot.js', '/atlas')).toBe(
			'<script type="module" async src="/atlas/_app/immutable/chunks/boot.js"></script>'
		);
		expect(bootScript(undefined)).toBe('');
	});
	it('lists where the Korean and Russian strings were built, for a retry after a failed import', () => {
		const m: ViteManifest = {
			'src/lib/i18n-ko.ts': { file: '_app/immutable/chunks/ko1.js', src: 'src/lib/i18n-ko.ts' },
			'src/lib/i18n-ru.ts': { file: '_app/immutable/chunks/ru1.js', src: 'src/lib/i18n-ru.ts' }
		};
		expect(langModulesMeta(m, '/atlas')).toBe(
			'<meta name="lang-module-ko" content="/atlas/_app/immutable/chunks/ko1.js">' +
				'<meta name="lang-module-ru" content="/atlas/_app/immutable/chunks/ru1.js">'
		);
		expect(langModulesMeta({})).toBe('');
	});
});
