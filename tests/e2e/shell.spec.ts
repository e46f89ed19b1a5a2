import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DESKTOP, PHONE, watch, waitForMap, canvasPixels, colourCount, mapFontLoads, requestedPaths } from './helpers';

test('the map renders offline with the embedded basemap, no console error and no outside request', async ({ page }) => {
	const w = watch(page);
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	await expect(canvas).toBeVisible();
	expect(colourCount(await canvasPixels(canvas))).toBeGreaterThan(20);
	await expect(page.getByText('Natural Earth')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
	await expect(page.getByRole('button', { name: /fullscreen/i })).toBeVisible();
	expect(w.errors).toEqual([]);
	expect(w.external).toEqual([]);
});

test('the camera is kept in the URL hash as #map=ZOOM/LAT/LON and restored from it', async ({ page }) => {
	await page.goto('/#map=7/43.1/131.9');
	await waitForMap(page);
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=7\/43\.1\d*\/131\.9\d*$/);
	// Zooming out by the control writes the new camera back to the URL.
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toMatch(/^#map=6(\.\d+)?\/43\.1/);
});

test('a malformed or out-of-range hash is ignored and the default view is shown', async ({ page }) => {
	for (const bad of ['#map=abc/1/2', '#map=99/43/131', '#map=5/NaN/130', '#map=5/10/-170']) {
		await page.goto('/' + bad);
		await waitForMap(page);
		const hash = await page.evaluate(() => location.hash);
		const [z, lat, lon] = hash.replace('#map=', '').split('/').map(Number);
		// The default view: Baikal's longitude to Kamchatka's base, Jeju to Khabarovsk.
		expect(z).toBeGreaterThan(2.5);
		expect(z).toBeLessThan(5.5);
		expect(lat).toBeGreaterThan(38);
		expect(lat).toBeLessThan(45);
		expect(lon).toBeGreaterThan(125);
		expect(lon).toBeLessThan(137);
	}
});

test('labels are drawn with the self-hosted Noto Sans faces for Latin, Cyrillic and Hangul', async ({ page }) => {
	// Only the map's own loads count: the page's text uses the same files through its stylesheet.
	const fonts = () => mapFontLoads(page);
	await page.goto('/?lang=ko');
	await waitForMap(page);
	await expect.poll(async () => (await fonts()).some((f) => /noto-sans-kr-\d+-400-normal\.woff2$/.test(f))).toBe(true);
	await page.getByRole('combobox', { name: '언어' }).selectOption('ru');
	await expect
		.poll(async () => (await fonts()).some((f) => /noto-sans-cyrillic-400-normal\.woff2$/.test(f)))
		.toBe(true);
	await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
	await expect.poll(async () => (await fonts()).some((f) => /noto-sans-latin-400-normal\.woff2$/.test(f))).toBe(true);
});

test('the map-idle user timing mark is recorded once', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	expect(await page.evaluate(() => performance.getEntriesByName('map-idle').length)).toBe(1);
});

test('the page itself never scrolls: only the panel does, on a desktop and on a phone', async ({ page }) => {
	for (const viewport of [DESKTOP, PHONE]) {
		await page.setViewportSize(viewport);
		await page.goto('/?feature=tsr');
		await waitForMap(page);
		await expect(page.getByRole('heading', { level: 2, name: /Trans-Siberian/ })).toBeVisible();
		// A wheel over the header would otherwise move the whole page (header and map) up.
		const { scrollHeight, scrolled } = await page.evaluate(() => {
			window.scrollTo(0, 500);
			return { scrollHeight: document.documentElement.scrollHeight, scrolled: window.scrollY };
		});
		expect(scrollHeight, `document height at ${viewport.width} px`).toBeLessThanOrEqual(viewport.height);
		expect(scrolled).toBe(0);
	}
});

test('an address the site does not have says so, in the three languages, and leads back to the atlas', async ({
	page
}) => {
	const res = await page.goto('/no/such/page');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByText('Такой страницы в атласе нет.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Pipelines' })).toHaveAttribute('href', '/notes/pipelines');
	await page.getByRole('link', { name: 'Open the atlas' }).click();
	await waitForMap(page);
	// Static hosts serve 404.html at any depth: it must work without scripts and with absolute paths.
	const html = readFileSync(join(import.meta.dirname, '..', '..', 'build', '404.html'), 'utf8');
	expect(html).toContain('Page not found');
	expect(html).not.toMatch(/<script/);
	expect(html).not.toMatch(/(href|src)="\.\.?\//);
});

test("the map draws each layer from its build-time file in the reader's language, and a language switch swaps them", async ({
	page
}) => {
	const paths = requestedPaths(page, /^\/generated\/map\//);
	await page.goto('/');
	await waitForMap(page);
	const en = ['arms', 'dprk', 'fez', 'fishing', 'pipelines', 'rail'].map((id) => `/generated/map/${id}.en.geojson`);
	expect([...paths].sort()).toEqual(en);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
	await expect.poll(() => paths.filter((p) => p.endsWith('.ru.geojson')).length).toBe(6);
	// A Korean link to an earlier year loads no file of another language (that year is drawn from the layer files).
	const before = paths.length;
	await page.goto('/?year=2003&lang=ko');
	await waitForMap(page);
	expect(paths.slice(before).filter((p) => !p.endsWith('.ko.geojson'))).toEqual([]);
});

test("the timeline's decade labels sit inside its box, and the box clears the map's scale bar", async ({ page }) => {
	for (const viewport of [DESKTOP, PHONE]) {
		await page.setViewportSize(viewport);
		await page.goto('/');
		await waitForMap(page);
		const box = (await page.locator('.timeline').boundingBox())!;
		const labels = await page
			.locator('.timeline .labels span')
			.evaluateAll((s) => s.map((e) => e.getBoundingClientRect().bottom));
		expect(labels.length).toBe(4);
		for (const b of labels) expect(b).toBeLessThanOrEqual(box.y + box.height);
		const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
		const overlap = !(scale.y >= box.y + box.height || scale.y + scale.height <= box.y);
		const side = !(scale.x >= box.x + box.width || scale.x + scale.width <= box.x);
		expect(overlap && side, `scale bar ${JSON.stringify(scale)} against timeline ${JSON.stringify(box)}`).toBe(false);
	}
});

test('the page arrives with each layer’s count, legend and line widths, keeps them once the files load, and says when the map cannot run without JavaScript', async ({
	browser,
	page
}) => {
	const rows = (p: Page) =>
		p
			.locator('.layers li.layer')
			.evaluateAll((ls) =>
				ls.map((l) => [
					l.querySelector('.count')?.textContent?.trim(),
					l.querySelector('.legend')?.textContent?.replace(/\s+/g, ' ').trim()
				])
			);
	// The page as it arrives: no script has run.
	const bare = await browser.newContext({ javaScriptEnabled: false });
	const p0 = await bare.newPage();
	await p0.goto('/');
	const arrived = await rows(p0);
	// With no script there will be no map: the page says so and links each layer's note.
	// (Playwright's text and role queries skip <noscript>, so these use its class.)
	await expect(p0.locator('.nojs')).toBeVisible();
	await expect(p0.locator('.nojs')).toContainText('The map needs JavaScript');
	await expect(p0.locator('.nojs a[href="/notes/pipelines"]')).toHaveText('Pipelines');
	await bare.close();
	expect(arrived).toHaveLength(6);
	for (const [count, legend] of arrived) {
		expect(count).toMatch(/^\d+$/);
		expect(legend).toBeTruthy();
	}
	// Pipelines are drawn by capacity: the widths legend is there too.
	expect(arrived[1][1]).toContain('Mtoe/y');

	// Once the layer files have loaded and the map is drawn, the list says the same.
	const widthsFetched = requestedPaths(page, /widths\.json$/);
	await page.goto('/');
	await waitForMap(page);
	expect(await rows(page)).toEqual(arrived);
	await expect(page.locator('.nojs')).toHaveCount(0);
	expect(widthsFetched).toEqual([]);
});
