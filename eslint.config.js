import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				// Build-time constants from vite.config.ts `define` (declared in src/app.d.ts).
				__BASEMAP_STYLE__: 'readonly',
				__APP_VERSION__: 'readonly',
				__DATA_DATE__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Note HTML is rendered from our own Markdown at build time, with raw HTML rejected (markdown.ts).
			'svelte/no-at-html-tags': 'off',
			// The site is served from the host's root (paths.base is not used), so plain paths are right.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/',
			'test-results/',
			'bench/results/',
			'bench/.baseline-dist/',
			'shot.mjs',
			'dbg.mjs'
		]
	}
);
