import { expect, type Page, type Locator } from '@playwright/test';
import { PNG } from 'pngjs';

/** The two layouts checked where the page differs: a desktop (the default viewport, playwright.config.ts) and a phone. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Collects console errors, page errors, CSP violations and requests that leave the local origin. */
export function watch(page: Page) {
	const errors: string[] = [];
	const external: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith('http://localhost:4173/') && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
	});
	return { errors, external };
}

/** Paths the page requests from now on that match `re`, collected as they happen. */
export function requestedPaths(page: Page, re: RegExp): string[] {
	const paths: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (re.test(path)) paths.push(path);
	});
	return paths;
}

/**
 * Font files the map's labels have loaded. MapLibre loads them through the FontFace API, the page's
 * text through its stylesheet: the same files, told apart by what asked for them.
 */
export async function mapFontLoads(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'css' && /\/fonts\/.+\.woff2$/.test(e.name))
			.map((e) => e.name)
	);
}

/** Waits until MapLibre's first full render with the project layers (the app's `map-idle` mark). */
export async function waitForMap(page: Page) {
	await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 45_000 });
}

/** The number of times the map has gone idle so far (the map container's data-idle-count). */
export async function idleCount(page: Page): Promise<number> {
	return Number((await page.locator('.map').getAttribute('data-idle-count')) ?? 0);
}

/** Runs an action and waits for the map to finish rendering after it. */
export async function afterRender(page: Page, action: () => Promise<unknown>) {
	const before = await idleCount(page);
	await action();
	await expect.poll(() => idleCount(page), { timeout: 30_000 }).toBeGreaterThan(before);
}

/** Pixels of the map canvas, decoded, for comparing what is drawn. */
export async function canvasPixels(canvas: Locator) {
	return PNG.sync.read(await canvas.screenshot());
}

/** Fraction of pixels that differ noticeably between two same-sized images. */
export function diffFraction(a: PNG, b: PNG) {
	expect(a.width).toBe(b.width);
	let diff = 0;
	for (let i = 0; i < a.data.length; i += 4) {
		const d =
			Math.abs(a.data[i] - b.data[i]) +
			Math.abs(a.data[i + 1] - b.data[i + 1]) +
			Math.abs(a.data[i + 2] - b.data[i + 2]);
		if (d > 40) diff++;
	}
	return diff / (a.width * a.height);
}

/** Number of distinct colours (coarsely quantised): a blank canvas has one or two. */
export function colourCount(img: PNG) {
	const seen = new Set<number>();
	for (let i = 0; i < img.data.length; i += 4)
		seen.add(((img.data[i] >> 3) << 10) | ((img.data[i + 1] >> 3) << 5) | (img.data[i + 2] >> 3));
	return seen.size;
}
