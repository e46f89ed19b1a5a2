import { chromium } from '@playwright/test';
import { test, expect } from './fixtures';
import { waitForMap, idleCount, canvasPixels, colourCount } from './helpers';
import { CHROMIUM_PATH } from '../../scripts/chromium';

const broken: [string, string, string, RegExp][] = [
	['missing', '', '404', /answered HTTP 404/],
	['not JSON', '{"type": "FeatureCollection", "features": [', '200', /not valid JSON/],
	[
		'structurally broken',
		JSON.stringify({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', id: 'x', properties: {}, geometry: null }]
		}),
		'200',
		/does not match the data schema/
	],
	['failing the schema (an unknown status)', '__SCHEMA__', '200', /features\.0\.properties\.status/]
];

for (const [what, body, status, message] of broken) {
	test(`a layer file that is ${what} shows a clear error for that layer while the others keep working`, async ({
		page
	}) => {
		await page.route('**/geo/fez.geojson', async (route) => {
			let text = body;
			if (body === '__SCHEMA__') {
				// A real copy of the file with one value an author might mistype.
				const fc = await (await route.fetch()).json();
				fc.features[0].properties.status = 'planned';
				text = JSON.stringify(fc);
			}
			await route.fulfill({ status: Number(status), body: text, contentType: 'application/json' });
		});
		await page.goto('/');
		await waitForMap(page);
		const fez = page.locator('[data-layer="fez"]');
		await expect(fez.getByRole('alert')).toContainText('the other layers are unaffected');
		await expect(fez.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('checkbox', { name: 'Nakhodka FEZ' })).toBeDisabled();
		// The rest still works: another layer's feature opens its note.
		await page.getByRole('button', { name: 'Rail corridors: All features' }).click();
		await page.locator('#list-rail button[data-feature="tsr"]').click();
		await expect(page.locator('#note-h')).toBeVisible();
	});
}

test('crafted links (script in feature, huge zoom, unknown layers, NaN coordinates) give a working map with defaults', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		return d.dismiss();
	});
	for (const link of [
		'/?feature=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'/?feature=javascript:alert(1)&lang=%3Cb%3E#map=1e308/NaN/Infinity',
		'/?layers=%00,../../etc,rail&year=-5&tour=999#map=30/100/400',
		'/?' + 'layers=' + 'x'.repeat(5000)
	]) {
		await page.goto(link);
		await waitForMap(page);
		await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Rail corridors', exact: true })).toBeChecked();
		expect(
			await page.locator('script:not([src]):not([type])').evaluateAll((s) => s.map((x) => x.textContent).join(''))
		).not.toContain('alert');
	}
	expect(dialogs).toBe(0);
	expect(errors).toEqual([]);
});

test('without WebGL the page says so, and the layer list, search and case notes still work', async () => {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-background-networking']
	});
	const page = await browser.newPage();
	await page.goto('http://localhost:4173/');
	await expect(page.getByRole('alert').filter({ hasText: 'The map needs WebGL' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Pipelines', exact: true })).toBeChecked();
	await page.getByRole('combobox', { name: 'Search' }).fill('ESPO');
	await page.getByRole('combobox', { name: 'Search' }).press('Enter');
	await expect(page.locator('#note-h')).toBeVisible();
	await expect(page.locator('.prose p').first()).toBeVisible();
	await expect(page.locator('.sources li').first()).toBeVisible();
	await browser.close();
});

test('each case note is a prerendered page of its own, readable without JavaScript, linked back to the map', async ({
	browser
}) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/notes/rajin-khasan');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.prose p').first()).toBeVisible();
	await expect(page.locator('.sources li').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'View on the map' })).toHaveAttribute('href', '/?feature=rajin-khasan');
	await page.goto('/notes/pipelines');
	await expect(page.getByRole('heading', { level: 1, name: 'Pipelines' })).toBeVisible();
	await ctx.close();
});

test('from a case note page, "View on the map" opens the map in place, with the feature selected', async ({ page }) => {
	await page.goto('/notes/rajin-khasan');
	await page.getByRole('link', { name: 'View on the map' }).click();
	await waitForMap(page);
	await expect(page.locator('#note-h')).toHaveText('Khasan–Rajin railway');
	const canvas = page.locator('canvas.maplibregl-canvas');
	await expect(canvas).toHaveCount(1);
	await expect.poll(() => idleCount(page)).toBeGreaterThan(0);
	expect(colourCount(await canvasPixels(canvas))).toBeGreaterThan(20);
});

test('a case note that cannot be fetched says so, is asked for once, and can be asked for again', async ({ page }) => {
	let asked = 0;
	let up = false;
	await page.route('**/api/notes/espo.json', (r) => {
		asked++;
		return up ? r.fallback() : r.fulfill({ status: 500, body: 'down' });
	});
	await page.goto('/?feature=espo');
	await waitForMap(page);
	const note = page.locator('article.note');
	await expect(note.getByRole('heading', { level: 2 })).toBeVisible();
	const failed = note.getByRole('alert').filter({ hasText: 'The case note could not be loaded.' });
	await expect(failed).toBeVisible();
	await expect(failed.getByRole('link', { name: 'Open as a page' })).toHaveAttribute('href', '/notes/espo');
	// The selection, the note and the camera waiting for it to paint share one request, failure included;
	// a retry loop would ask again frame after frame.
	const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await frames();
	await frames();
	await expect(failed).toBeVisible();
	expect(asked).toBe(1);

	// The server is back: Try again fetches the note and shows it, with its sources.
	up = true;
	await failed.getByRole('button', { name: 'Try again' }).click();
	await expect(note.locator('.prose p').first()).toBeVisible();
	await expect(failed).toHaveCount(0);
	await expect(note.getByRole('heading', { name: 'Sources' })).toBeVisible();
	expect(asked).toBe(2);
});

test('the prerendered pages carry a strict Content-Security-Policy', async ({ page }) => {
	const res = await page.request.get('/');
	const html = await res.text();
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
	expect(csp).toContain("script-src 'self' 'sha256-");
	expect(csp).not.toContain('unsafe-eval');
	expect(csp).toContain("connect-src 'self'");
	expect(csp).toContain("worker-src 'self' blob:");
	expect(csp).toContain("object-src 'none'");
});
