import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built, prerendered site served by `vite preview`, in Debian's
 * Chromium with software WebGL (SwiftShader). Never `npx playwright install`: nothing can be downloaded.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 20_000 },
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: 'http://localhost:4173',
		trace: 'off',
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--ignore-gpu-blocklist',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort',
		port: 4173,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
