import { defineConfig } from 'vite';

// Builds the bare MapLibre baseline page (bench/baseline) the benchmark compares the app with.
export default defineConfig({
	root: 'bench/baseline',
	build: { outDir: '../.baseline-dist', emptyOutDir: true, target: 'es2022' },
	logLevel: 'warn'
});
