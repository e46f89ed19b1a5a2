import { type Page, type Route } from '@playwright/test';
import { test, expect } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { PHONE, watch, waitForMap, canvasPixels, diffFraction, afterRender } from './helpers';

const TITLES = ['Rail corridors', 'Pipelines', 'Nakhodka FEZ', 'Fishing zones', 'Arms trade', 'North Korea factor'];

/** A feature's first coordinate, read from the layer file the site serves. */
async function pointOf(page: Page, layer: string, id: string): Promise<[number, number]> {
	const fc = await (await page.request.get(`/geo/${layer}.geojson`)).json();
	const f = fc.features.find((x: { id: string }) => x.id === id);
	const c = f.geometry.type === 'Point' ? f.geometry.coordinates : f.geometry.coordinates.flat(3).slice(0, 2);
	return [c[0], c[1]];
}

async function nameOf(page: Page, layer: string, id: string, lang = 'en'): Promise<string> {
	const fc = await (await page.request.get(`/geo/${layer}.geojson`)).json();
	return fc.features.find((x: { id: string }) => x.id === id).properties[`name_${lang}`];
}

test('the layer panel lists the six layers in book order, each a checkbox with a feature count and a legend', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const boxes = page.locator('.layers input[type="checkbox"]');
	await expect(boxes).toHaveCount(6);
	for (let i = 0; i < 6; i++) {
		const box = page.getByRole('checkbox', { name: TITLES[i], exact: true });
		await expect(box).toBeChecked();
		await expect(boxes.nth(i)).toHaveAccessibleName(TITLES[i]);
	}
	for (const li of await page.locator('.layers li.layer').all()) {
		expect(Number(await li.locator('.count').textContent())).toBeGreaterThan(0);
		await expect(li.locator('.legend svg').first()).toBeVisible();
	}
});

test('turning a layer off hides it on the map at once and records it in the URL', async ({ page }) => {
	await page.goto('/#map=4.5/45/125');
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const before = await canvasPixels(canvas);
	await afterRender(page, () => page.getByRole('checkbox', { name: 'Pipelines', exact: true }).uncheck());
	const after = await canvasPixels(canvas);
	expect(diffFraction(before, after)).toBeGreaterThan(0.002);
	await expect(page).toHaveURL(/layers=rail,fez,fishing,arms,dprk/);
	await afterRender(page, () => page.getByRole('checkbox', { name: 'Pipelines', exact: true }).check());
	expect(diffFraction(before, await canvasPixels(canvas))).toBeLessThan(0.002);
});

test('hover shows the feature name and a pointer; a click on the map opens its case note', async ({ page }) => {
	const [lon, lat] = await pointOf(page, 'dprk', 'yongbyon');
	const name = await nameOf(page, 'dprk', 'yongbyon');
	await page.goto(`/?layers=dprk#map=9/${lat}/${lon}`);
	await waitForMap(page);
	const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	await page.mouse.move(cx - 40, cy - 40);
	await page.mouse.move(cx, cy);
	await expect(page.getByRole('tooltip')).toHaveText(name);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
	await page.mouse.click(cx, cy);
	const heading = page.getByRole('heading', { level: 2, name });
	await expect(heading).toBeVisible();
	await expect(heading).toBeFocused();
	await expect(page).toHaveURL(/feature=yongbyon/);
	await expect(page.locator('.sources li').first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: `Selected: ${name}` })).toBeAttached();
	// Escape deselects and the panel shows the overview again.
	await page.keyboard.press('Escape');
	await expect(heading).toBeHidden();
	await expect(page).not.toHaveURL(/feature=/);
});

test('where features overlap under the pointer the reader chooses among them', async ({ page }) => {
	const [lon, lat] = await pointOf(page, 'dprk', 'rajin-port');
	await page.goto(`/?layers=dprk,fez#map=10/${lat}/${lon}`);
	await waitForMap(page);
	const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	const chooser = page.getByRole('dialog', { name: /choose one/ });
	await expect(chooser).toBeVisible();
	const options = chooser.locator('li button');
	expect(await options.count()).toBeGreaterThan(1);
	const rajin = await nameOf(page, 'dprk', 'rajin-port');
	await chooser.getByRole('button', { name: rajin }).click();
	await expect(page.getByRole('heading', { level: 2, name: rajin })).toBeVisible();
});

test('every feature is reachable by keyboard alone from the feature list, with status filtering', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const expand = page.getByRole('button', { name: 'Rail corridors: All features' });
	await expand.focus();
	await page.keyboard.press('Enter');
	const item = page.locator('#list-rail button[data-feature="rajin-khasan"]');
	await expect(item).toBeVisible();
	await item.focus();
	await page.keyboard.press('Enter');
	const name = await nameOf(page, 'rail', 'rajin-khasan');
	await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
	// Focus moved there for screen readers; the heading is not a control, so no focus ring boxes it.
	await expect(page.getByRole('heading', { level: 2, name })).toHaveCSS('outline-style', 'none');
	await page.getByRole('button', { name: 'Close' }).first().click();
	// Focus returns to where the reader was.
	await expect(page.locator('#list-rail button[data-feature="rajin-khasan"]')).toBeFocused();
	// Filtering by status keeps only matching rows.
	await page.getByLabel('Filter by status').selectOption('suspended');
	const rows = page.locator('#list-rail li button');
	for (const r of await rows.all()) await expect(r).toBeVisible();
	await expect(page.locator('#list-rail button[data-feature="tsr"]')).toHaveCount(0);
});

test('search finds features and places in any language, tolerant of misspellings', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const box = page.getByRole('combobox', { name: 'Search' });
	// The Korean name finds the railway; the Russian one too.
	await box.fill((await nameOf(page, 'rail', 'rajin-khasan', 'ko')).slice(0, 5));
	await expect(page.getByRole('option').first()).toBeVisible();
	await box.press('Enter');
	await expect(page).toHaveURL(/feature=rajin-khasan/);
	await box.fill('хасан');
	await expect(page.getByRole('option', { name: /Rajin/ }).first()).toBeVisible();
	await page.keyboard.press('Escape');
	await box.fill('vladivastok');
	await expect(page.getByRole('option', { name: /Vladivostok/ }).first()).toBeVisible();
	const hashBefore = await page.evaluate(() => location.hash);
	await box.press('Enter');
	await expect.poll(() => page.evaluate(() => location.hash), { timeout: 15_000 }).not.toBe(hashBefore);
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=8\/43\.1\d*\/131\.\d+/);
});

test('the language switch changes the interface and the feature names, and is kept in the URL', async ({ page }) => {
	await page.goto('/?feature=rajin-khasan');
	await waitForMap(page);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
	await expect(page.getByRole('checkbox', { name: '철도 회랑' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: await nameOf(page, 'rail', 'rajin-khasan', 'ko') })
	).toBeVisible();
	await expect(page).toHaveURL(/lang=ko/);
	await expect(page.locator('.kind').first()).toHaveText('철도 노선');
	// The source list's tags too (the data says 'confirmed', 'reported' or 'alleged').
	await expect(page.locator('.sources .tag.conf').first()).toHaveText(/^(확인|보도|주장)$/);
	// Places in the search are named and described in Korean once the language changes.
	await page.getByRole('combobox', { name: '검색' }).fill('Vladivostok');
	await expect(page.getByRole('option', { name: /블라디보스토크.*항구/ })).toBeVisible();
	await page.keyboard.press('Escape');
	// The tools speak the reader's language too.
	await page.getByRole('toolbar').getByRole('button', { name: '거리 재기' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '거리 재기' })).toBeVisible();
	await expect(page.getByRole('button', { name: '지도 중심 추가' })).toBeVisible();
	await page.getByRole('toolbar').getByRole('button', { name: '경로 비교' }).click();
	await expect(page.locator('tr[data-route="sea-vladivostok"] th')).toHaveText(
		'블라디보스토크까지 해운, 이어 시베리아 횡단 철도'
	);
	await expect(page.locator('tr.detail').nth(1)).toContainText(/부산 환적 \(\d+(\.\d)?일\)/);
	// Places, borders and notes are Korean too, not the data file's English.
	await expect(page.locator('#cmp-from option[value="busan"]')).toHaveText('부산');
	await expect(page.locator('tr.detail').first()).toContainText('국경: 남북한(군사분계선), 북한–러시아');
	await expect(page.locator('tr.detail').first()).toContainText('가상 경로');
	// So are the editable parameters and the published figures, with their units.
	await page.locator('details.params summary').click();
	await expect(page.getByLabel('환적 1회당 항만 하역·체류(선박↔철도 또는 선박↔선박) (일)')).toBeVisible();
	await expect(page.locator('tr.detail').filter({ hasText: '40피트 컨테이너' }).first()).toContainText('달러/FEU');
});

test('a language that cannot load says so, the picker and URL keep the language shown, and it can be chosen again', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	// Korean's strings are a module of their own, fetched when chosen: the connection drops first.
	const offline = (r: Route) => r.abort('internetdisconnected');
	await page.route(/\/_app\/immutable\/.*\.js$/, offline);
	// (Its accessible name is in the interface language, so it is found by its place.)
	const picker = page.locator('header label.lang select');
	await expect(picker).toHaveAccessibleName('Language');
	await picker.selectOption('ko');
	const alert = page.getByRole('alert').filter({ hasText: '한국어 could not be loaded' });
	await expect(alert).toBeVisible();
	await expect(picker).toHaveValue('en');
	await expect(page.getByRole('checkbox', { name: 'Rail corridors' })).toBeVisible();
	expect(page.url()).not.toContain('lang=');

	// Back online, the same choice works and the message goes.
	await page.unroute(/\/_app\/immutable\/.*\.js$/, offline);
	await picker.selectOption('ko');
	await expect(page.getByRole('checkbox', { name: '철도 회랑' })).toBeVisible();
	await expect(picker).toHaveValue('ko');
	await expect(picker).toHaveAccessibleName('언어');
	await expect(alert).toHaveCount(0);
	await expect(page).toHaveURL(/lang=ko/);
});

test('a permalink restores layers, feature, language and camera, and Back walks through selections', async ({
	page
}) => {
	const w = watch(page);
	await page.goto('/?layers=rail,dprk&feature=rajin-khasan&lang=ru#map=8/42.4/130.5');
	await waitForMap(page);
	await expect(
		page.getByRole('heading', { level: 2, name: await nameOf(page, 'rail', 'rajin-khasan', 'ru') })
	).toBeVisible();
	// The note's own labels follow the language: the book's chapter and how exactly the line is drawn.
	await expect(page.locator('.note .layer')).toHaveText(/· гл\. 4$/);
	await expect(page.getByRole('row', { name: /по точкам — Проведена/ })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Трубопроводы' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Железнодорожные коридоры' })).toBeChecked();
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=8\/42\.4\d*\/130\.5\d*$/);
	// A related feature is a new history entry; Back returns to the first.
	await page.locator('.related button').first().click();
	await expect(page).not.toHaveURL(/feature=rajin-khasan/);
	await page.goBack();
	await expect(page).toHaveURL(/feature=rajin-khasan/);
	await expect(
		page.getByRole('heading', { level: 2, name: await nameOf(page, 'rail', 'rajin-khasan', 'ru') })
	).toBeVisible();
	expect(w.errors).toEqual([]);
});

test('copy link and download GeoJSON actions are in the panel', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?feature=espo');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('feature=espo');
	const link = page.getByRole('link', { name: 'Download GeoJSON' });
	await expect(link).toHaveAttribute('href', '/geo/pipelines.geojson');
	const res = await page.request.get('/geo/pipelines.geojson');
	expect((await res.json()).type).toBe('FeatureCollection');
});

test('hostile or unknown URL values are ignored and the rest still applies', async ({ page }) => {
	const w = watch(page);
	await page.goto(
		'/?feature=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&layers=rail,bogus&lang=xx&year=1234#map=999/NaN/1'
	);
	await waitForMap(page);
	await expect(page.getByRole('checkbox', { name: 'Rail corridors', exact: true })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Pipelines', exact: true })).not.toBeChecked();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(w.errors).toEqual([]);
});

test('on a phone the panel is a bottom sheet that expands by touch', async ({ browser }) => {
	const ctx = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
	const page = await ctx.newPage();
	await page.goto('/');
	await waitForMap(page);
	const sheet = page.getByRole('complementary', { name: 'Side panel' });
	const h0 = (await sheet.boundingBox())!.height;
	expect(h0).toBeLessThan(844 * 0.4);
	await page.getByRole('button', { name: 'Expand panel' }).tap();
	await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(h0 + 100);
	await page.getByRole('button', { name: 'North Korea factor: All features' }).tap();
	await page.locator('#list-dprk button').first().tap();
	await expect(page.locator('#note-h')).toBeVisible();
	await ctx.close();
});

test('accessibility: no serious or critical axe violation on the main views', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const check = async () => {
		const r = await new AxeBuilder({ page }).exclude('canvas').analyze();
		const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	};
	await check();
	await page.goto('/?feature=rajin-khasan');
	await waitForMap(page);
	await expect(page.locator('#note-h')).toBeVisible();
	await check();
});

test('with reduced motion the camera jumps to a selection instead of flying', async ({ browser }) => {
	const ctx = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await ctx.newPage();
	await page.goto('/');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Rail corridors: All features' }).click();
	// Within two frames of the click the camera is already at the feature: there was no flight.
	const moved = await page.evaluate(async () => {
		const before = location.hash;
		(document.querySelector('#list-rail button[data-feature="rajin-khasan"]') as HTMLButtonElement).click();
		for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
		return location.hash !== before;
	});
	expect(moved).toBe(true);
	await ctx.close();
});

test('a link to a feature highlights it on the map, not only in the panel', async ({ page }) => {
	const view = '#map=6/44.2/132.5';
	await page.goto(`/?layers=rail${view}`);
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	const plain = await canvasPixels(canvas);
	await page.goto(`/?layers=rail&feature=tsr${view}`);
	await waitForMap(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Trans-Siberian Railway' })).toBeVisible();
	// The note says how exactly the line is drawn, as words a reader can read.
	await expect(page.getByRole('row', { name: /^Geometry/ })).toContainText(
		'traced — Drawn through known stations and waypoints, or along a mapped boundary.'
	);
	// The selection halo around the line: the same view, visibly different where the railway runs.
	await expect
		.poll(async () => diffFraction(plain, await canvasPixels(canvas)), { timeout: 20_000 })
		.toBeGreaterThan(0.002);
});

test("a layer's note frames all of its features on the map at once", async ({ page }) => {
	await page.goto('/?layers=fishing');
	await waitForMap(page);
	// Most fishing grounds (Okhotsk, Kamchatka, the Bering Sea) lie outside the opening view.
	const fc = await (await page.request.get('/geo/fishing.geojson')).json();
	const pts: number[][] = fc.features.flatMap((f: { geometry: { coordinates: number[][][] } }) =>
		f.geometry.coordinates.flat()
	);
	const lons = pts.map((p) => p[0]);
	const lats = pts.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	await page.getByRole('button', { name: 'Fishing zones: All features' }).click();
	await page.getByRole('button', { name: 'Show all on the map' }).click();
	await expect
		.poll(async () => {
			const [z, lat, lon] = (await page.evaluate(() => location.hash)).replace('#map=', '').split('/').map(Number);
			const centred = Math.abs(lon - (x0 + x1) / 2) < (x1 - x0) / 4 && Math.abs(lat - (y0 + y1) / 2) < (y1 - y0) / 3;
			return centred && z < 5;
		})
		.toBe(true);
});
