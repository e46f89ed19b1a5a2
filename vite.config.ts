import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** The dataset's date: the last commit that touched the data, or today outside a git checkout. */
function dataDate(): string {
	try {
		return (
			execSync('git log -1 --format=%cs -- static/geo', { encoding: 'utf8' }).trim() ||
			new Date().toISOString().slice(0, 10)
		);
	} catch {
		return new Date().toISOString().slice(0, 10);
	}
}

export default defineConfig({
	plugins: [sveltekit()],
	// The optional online basemap (PUBLIC_BASEMAP_STYLE) is fixed at build time: the site is static.
	define: {
		__BASEMAP_STYLE__: JSON.stringify(process.env.PUBLIC_BASEMAP_STYLE ?? ''),
		__APP_VERSION__: JSON.stringify(pkg.version),
		__DATA_DATE__: JSON.stringify(dataDate())
	},
	// MapLibre in a chunk of its own: nothing of the app is bundled into it, so the first-load budget
	// (tests/e2e/budgets.spec.ts), which leaves MapLibre out, counts every byte of the app's own code.
	build: {
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } }
		}
	},
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
