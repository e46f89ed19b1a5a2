import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { waitForMap, canvasPixels, diffFraction, afterRender } from './helpers';

const days = async (page: import('@playwright/test').Page, route: string) =>
	Number((await page.locator(`tr[data-route="${route}"] td strong`).textContent())!.replace(/,/g, ''));

test('corridor comparison: routes from the map’s own lines, drawn on the map, with times from editable parameters', async ({
	page
}) => {
	await page.goto('/#map=3.5/48/110');
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const before = await canvasPixels(canvas);
	await afterRender(page, async () => {
		await page.getByRole('button', { name: 'Compare routes' }).click();
		await expect(page.locator('tr[data-route="tkr-tsr"]')).toBeVisible();
	});
	expect(diffFraction(before, await canvasPixels(canvas))).toBeGreaterThan(0.002);
	await expect(page.locator('tr[data-route]')).toHaveCount(4);
	// Rail and sea distances are shown for each route; the all-rail route has no sea leg.
	await expect(page.locator('tr[data-route="tkr-tsr"] td').nth(1)).toHaveText('0');
	// Rail legs are scaled to their line's published length: Vladivostok to Moscow is the TSR's 9,288 km,
	// not the 8,163 km its station-to-station line measures.
	await expect(page.locator('tr[data-route="sea-vladivostok"] td').nth(0)).toHaveText('9,288');
	const base = await days(page, 'tkr-tsr');
	await page.getByText('Parameters (editable, sourced)').click();
	const gauge = page.locator('#p-gauge_change_dwell');
	const value = Number(await gauge.inputValue());
	await gauge.fill(String(value + 2));
	await expect.poll(() => days(page, 'tkr-tsr')).toBeCloseTo(base + 2, 1);
	await page.getByRole('button', { name: 'Reset to sourced values' }).click();
	await expect.poll(() => days(page, 'tkr-tsr')).toBeCloseTo(base, 1);
	// A European destination adds the all-sea route via Suez.
	await page.getByLabel('To', { exact: true }).selectOption('brest');
	await expect(page.locator('tr[data-route="sea-suez"]')).toBeVisible();
	expect(await days(page, 'sea-suez')).toBeGreaterThan(await days(page, 'sea-vladivostok'));
});

test('measure tool: points by keyboard and by click, great-circle length in km and nautical miles, undo and clear', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const before = await canvasPixels(canvas);
	await page.getByRole('button', { name: 'Measure', exact: true }).click();
	const entry = page.getByLabel('Add point (lat, lon)');
	await entry.fill('43.116, 131.886');
	await entry.press('Enter');
	await entry.fill('35.1, 129.04');
	await afterRender(page, () => entry.press('Enter'));
	// Vladivostok to Busan: about 924 km, 499 nmi.
	await expect(page.locator('.total')).toContainText(/92[0-9] km · 49[0-9] nmi/);
	// The path is drawn on the map (its layers are added when the first point is).
	expect(diffFraction(before, await canvasPixels(canvas))).toBeGreaterThan(0.0005);
	await entry.fill('not a place');
	await entry.press('Enter');
	await expect(page.locator('#measure-err')).toContainText('latitude, longitude');
	const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('.total')).toContainText('3 points');
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.locator('.total')).toContainText('2 points');
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	await expect(page.locator('.total')).toContainText('0 km');
});

test('a selected line shows how much of it runs through North Korea, and what lies nearby', async ({ page }) => {
	await page.goto('/?feature=rajin-khasan');
	await waitForMap(page);
	await expect(page.locator('.nk')).toContainText(/km of \d+ km \(\d+ %\) through North Korea/);
	await page.getByLabel('Within').selectOption('25');
	await expect(page.locator('.ctx li button').first()).toBeVisible();
	await page.locator('.ctx li button', { hasText: /Rason/ }).first().click();
	await expect(page).toHaveURL(/feature=rason/);
});

test('cite this view gives plain text, BibTeX, RIS and CSL-JSON with the permalink and dates', async ({ page }) => {
	await page.goto('/?feature=espo');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Cite this view' }).click();
	const out = page.getByRole('textbox', { name: /Citation in/ });
	await expect(out).toHaveValue(
		/Russia–Korea Cooperation Atlas \(version .*\)\. “Eastern Siberia.*feature=espo.*accessed \d{4}-\d\d-\d\d/
	);
	await page.getByLabel('BibTeX').check();
	await expect(out).toHaveValue(/^@misc\{rukratlas/);
	await page.getByLabel('RIS').check();
	await expect(out).toHaveValue(/^TY {2}- MAP/);
	await page.getByLabel('CSL-JSON').check();
	const csl = JSON.parse(await out.inputValue());
	expect(csl[0].URL).toContain('feature=espo');
});

test('the map exports as a PNG with the legend beside it', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export PNG' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.png$/);
	const png = PNG.sync.read(readFileSync((await download.path())!));
	expect(png.width).toBeGreaterThan(canvas.width);
	expect(png.height).toBeGreaterThan(canvas.height);
});

test('print dossier: the printed page has the map image, the case note and its sources, without the controls', async ({
	page
}) => {
	await page.goto('/?feature=tkr-gyeongui');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Print dossier' }).click();
	await expect(page.locator('img.print-map')).toHaveAttribute('src', /^data:image\/png/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('img.print-map')).toBeVisible();
	await expect(page.locator('#note-h')).toBeVisible();
	await expect(page.locator('.sources li').first()).toBeVisible();
	await expect(page.locator('.map-area')).toBeHidden();
	await expect(page.getByRole('toolbar', { name: 'Tools' })).toBeHidden();
});
