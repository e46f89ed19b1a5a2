/**
 * How this project drives Debian's Chromium (../shared/TOOLCHAIN.md): software WebGL through
 * SwiftShader, and none of Chromium's own network chatter (the machine has no internet).
 * Shared by Playwright's config, the benchmark, Lighthouse and the README screenshot.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
