import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The optional online basemap (PUBLIC_BASEMAP_STYLE) is fixed at build time: the site is static.
	define: { __BASEMAP_STYLE__: JSON.stringify(process.env.PUBLIC_BASEMAP_STYLE ?? '') },
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
