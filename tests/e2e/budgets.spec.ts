import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { requestedPaths, waitForMap } from './helpers';

/**
 * Size budgets on the built output (issue: performance). Times are not asserted here: they belong to
 * `npm run bench`, which reports them as ratios against a bare MapLibre page.
 */
const KB = 1024;
const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

test("the app's own JavaScript on first load is at most 60 KB gzip (MapLibre and its worker excluded)", async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	// Everything requested before the first full render is the first load.
	const urls = await page.evaluate(() => {
		const idle = performance.getEntriesByName('map-idle')[0].startTime;
		return performance
			.getEntriesByType('resource')
			.filter((r) => r.startTime < idle && /\.m?js$/.test(new URL(r.name).pathname))
			.map((r) => r.name);
	});
	let own = 0;
	let maplibre = 0;
	for (const url of urls) {
		const body = await (await page.request.get(url)).body();
		// MapLibre is recognised by its content, not by a file name the bundler may change.
		if (/maplibre-gl-worker/.test(url) || body.toString('utf8').includes('maplibregl-canvas-container')) maplibre++;
		else own += gz(body);
	}
	expect(maplibre, 'the MapLibre chunk and worker were identified').toBeGreaterThanOrEqual(1);
	test.info().annotations.push({ type: 'first-load KB gzip', description: (own / KB).toFixed(1) });
	expect(own / KB).toBeLessThanOrEqual(60);
});

test('the map code (MapLibre) is preloaded by the page HTML, first, not discovered after hydration', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const head = html.slice(0, html.indexOf('</head>'));
	// Every request the head makes, in order: over HTTP/1.1 a request queues behind those before it.
	const links = [...head.matchAll(/<link [^>]*href="([^"]+)"[^>]*>/g)]
		.filter((m) => !/rel="icon"/.test(m[0]))
		.map((m) => m[1]);
	let maplibreAt = -1;
	for (const [i, href] of links.entries()) {
		if (!href.endsWith('.js')) continue;
		const body = await (await request.get(href)).text();
		if (body.includes('maplibregl-canvas-container')) maplibreAt = i;
	}
	expect(maplibreAt, `MapLibre is one of the ${links.length} links`).toBeGreaterThanOrEqual(0);
	const kitStart = links.findIndex((h) => /\/entry\/start\./.test(h));
	expect(maplibreAt, "before SvelteKit's own scripts").toBeLessThan(kitStart);
	expect(links.indexOf('/fonts/font-faces.json'), 'the label-font list with it').toBeLessThan(kitStart);
});

test('the map starts without waiting for SvelteKit: it draws even if the interface code never loads', async ({
	page
}) => {
	await page.route(/\/_app\/immutable\/entry\//, (r) => r.abort());
	await page.goto('/');
	// The page's own async module script (after the map's element) made the map; nothing hydrated.
	await expect(page.locator('.map canvas.maplibregl-canvas')).toBeVisible();
	await expect.poll(() => page.locator('.map').getAttribute('data-idle-count')).not.toBeNull();
	await expect(page.locator('.map .maplibregl-ctrl-zoom-in')).toBeVisible();
	expect(await page.evaluate(() => performance.getEntriesByName('map-idle').length)).toBe(0);
	// The prerendered "Loading map data…" is in the page, but gives way to the map's canvas by CSS alone:
	// left over it, it would be a layer the size of the map composited over every frame.
	await expect(page.locator('.map-area .loading')).toHaveCount(1);
	await expect(page.locator('.map-area .loading')).toBeHidden();
});

test('the loading message shows until the map has a canvas', async ({ page }) => {
	// Hold MapLibre back, so the map cannot start: the message is what the reader sees meanwhile.
	await page.route(/\/_app\/immutable\/.*\.js$/, (r) => r.abort());
	await page.goto('/');
	await expect(page.locator('.map-area .loading')).toBeVisible();
	await expect(page.locator('.map-area .loading')).toHaveText('Loading map data…');
});

test('every preload is used by the request it was made for, not fetched a second time', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (/preload/i.test(m.text())) warnings.push(m.text());
	});
	await page.goto('/');
	await waitForMap(page);
	const twice = await page.evaluate(() => {
		const hrefs = [
			...document.querySelectorAll<HTMLLinkElement>('link[rel=preload], link[rel=modulepreload], link[rel=stylesheet]')
		];
		return hrefs.map((l) => l.href).filter((h) => performance.getEntriesByName(h).length > 1);
	});
	expect(twice, 'fetched twice (a preload of the wrong mode)').toEqual([]);
	expect(warnings).toEqual([]);
});

test('the page links only the stylesheets of its first view; components loaded later bring their own', async ({
	page
}) => {
	const html = await (await page.request.get('/')).text();
	// Those in <noscript> (the Hangul faces, added by script otherwise) are not loaded when scripts run.
	const live = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
	const sheets = [...live.matchAll(/<link [^>]*rel="stylesheet"[^>]*>/g)];
	// MapLibre's, fonts.css, the layout's, the page's and the first view's shared components' (Sources,
	// StatusMark).
	expect(sheets.length, sheets.map((m) => m[0]).join('\n')).toBeLessThanOrEqual(5);
	// A component loaded on demand is styled all the same: the case note's status line is a flex row,
	// the timeline sits over the map.
	await page.goto('/?feature=espo');
	await waitForMap(page);
	await expect(page.locator('p.status:has(.sep)')).toHaveCSS('display', 'flex');
	await expect(page.locator('.timeline')).toHaveCSS('position', 'absolute');
});

test('all GeoJSON together is at most 400 KB gzip', () => {
	// The layer files, the basemap and the map's build-time drawn form of each layer in each language.
	const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.geojson'));
	expect(files.filter((f) => f.startsWith(join('generated', 'map'))).length, 'the map files are counted').toBe(18);
	let total = 0;
	for (const f of files) total += gz(readFileSync(join('build', f)));
	expect(total / KB).toBeLessThanOrEqual(400);
});

test('text assets are pre-compressed in the build (gzip and brotli beside each file)', () => {
	const files = readdirSync('build/geo').filter((n) => n.endsWith('.geojson'));
	const all = readdirSync('build/geo');
	for (const f of files) {
		expect(all).toContain(`${f}.gz`);
		expect(all).toContain(`${f}.br`);
	}
});

test('the notes of a feature list are fetched when it opens, so choosing one paints it without a fetch', async ({
	page
}) => {
	await page.goto('/');
	await waitForMap(page);
	const fetched = requestedPaths(page, /\/api\/notes\//);
	await page.getByRole('button', { name: 'Rail corridors: All features' }).click();
	const ids = await page
		.locator('#list-rail button[data-feature]')
		.evaluateAll((bs) => bs.map((b) => b.dataset.feature));
	expect(ids.length).toBeGreaterThan(3);
	await expect.poll(() => fetched).toEqual(expect.arrayContaining(ids.map((id) => `/api/notes/${id}.json`)));
	// Chosen by keyboard: no pointer ever rested on it.
	await page.locator('button[data-feature="rajin-khasan"]').press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: /Khasan–Rajin/ })).toBeVisible();
	expect(fetched.filter((u) => u.endsWith('/rajin-khasan.json'))).toHaveLength(1);
});

test('a font face the page and the map labels both use is one file, downloaded from one address', async ({ page }) => {
	const fonts = requestedPaths(page, /\.woff2?$/);
	await page.goto('/?lang=ru');
	await waitForMap(page);
	// The interface's text and the map's labels are drawn: both sets of faces have been asked for.
	await expect.poll(() => fonts.some((f) => /400-italic/.test(f))).toBe(true);
	const face = (path: string) => /(noto-sans[\w-]*?-\d{3}-(?:normal|italic))/.exec(path)?.[1] ?? path;
	const addresses = new Map<string, Set<string>>();
	for (const f of fonts) addresses.set(face(f), (addresses.get(face(f)) ?? new Set()).add(f));
	const twice = [...addresses].filter(([, a]) => a.size > 1).map(([k, a]) => `${k}: ${[...a].join(', ')}`);
	expect(twice).toEqual([]);
	expect(fonts.every((f) => f.startsWith('/fonts/'))).toBe(true);
});

test('Korean and Russian interface strings are not in the first load, and load when chosen', async ({ page }) => {
	const scripts = requestedPaths(page, /\.m?js$/);
	const korean = '러시아–한국 협력 지도';
	const anyHas = async (paths: string[]) => {
		for (const p of paths) if ((await (await page.request.get(p)).text()).includes(korean)) return true;
		return false;
	};
	await page.goto('/');
	await waitForMap(page);
	const first = [...scripts];
	expect(first.length).toBeGreaterThan(5);
	expect(await anyHas(first)).toBe(false);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(korean);
	expect(await anyHas(scripts.slice(first.length))).toBe(true);
});

test('the Hangul faces are out of the map page’s first style work, and arrive when Korean is shown', async ({
	page
}) => {
	// When the Hangul stylesheet went live and when the title turned Korean (`performance.now()`).
	await page.addInitScript(() => {
		const w = window as unknown as { __kr?: number; __koTitle?: number };
		new MutationObserver(() => {
			const t = performance.now();
			if (w.__kr === undefined && document.head?.querySelector('link[href$="/fonts/fonts-kr.css"]')) w.__kr = t;
			if (w.__koTitle === undefined && /[\uac00-\ud7a3]/.test(document.title)) w.__koTitle = t;
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	const times = () =>
		page.evaluate(() => {
			const w = window as unknown as { __kr?: number; __koTitle?: number };
			const idle = performance.getEntriesByName('map-idle')[0]?.startTime;
			return { kr: w.__kr ?? null, koTitle: w.__koTitle ?? null, idle: idle ?? null };
		});
	const hangulLoads = () =>
		page.evaluate(async () => (await document.fonts.load('16px "Noto Sans KR"', '한국어')).length);

	// The render-blocking stylesheet has Latin and Cyrillic only; Hangul is linked for readers without
	// JavaScript alone (a <link> in <noscript>).
	const html = await (await page.request.get('/')).text();
	const head = html.slice(0, html.indexOf('</head>'));
	expect(head.replace(/<noscript>[\s\S]*?<\/noscript>/g, '')).not.toContain('fonts-kr.css');
	expect(head).toMatch(/<noscript><link rel="stylesheet" href="\/fonts\/fonts-kr\.css"/);
	expect(await (await page.request.get('/fonts/fonts.css')).text()).not.toContain('Noto Sans KR');
	expect(await (await page.request.get('/fonts/fonts-kr.css')).text()).toContain('Noto Sans KR');

	// In English it is added after the map's first render, and then Hangul is drawn in Noto Sans KR.
	await page.goto('/');
	await waitForMap(page);
	await expect.poll(async () => (await times()).kr).not.toBeNull();
	const en = await times();
	expect(en.kr!).toBeGreaterThanOrEqual(en.idle!);
	await expect.poll(hangulLoads).toBeGreaterThan(0);

	// In Korean it is added before the Korean strings are applied, so no Korean text waits for it.
	await page.goto('/?lang=ko');
	await waitForMap(page);
	const ko = await times();
	expect(ko.koTitle).not.toBeNull();
	expect(ko.kr!).toBeLessThanOrEqual(ko.koTitle!);
	await expect.poll(hangulLoads).toBeGreaterThan(0);

	// A case note's page, which has no map to wait for, links it in its <head>.
	const note = await (await page.request.get('/notes/espo')).text();
	expect(note.slice(0, note.indexOf('</head>')).replace(/<noscript>[\s\S]*?<\/noscript>/g, '')).toContain(
		'href="/fonts/fonts-kr.css"'
	);
});

test('the page marks app-ready only once what waited for the first render is on the page', async ({ page }) => {
	// The benchmark times a reader's clicks from this mark (scripts/bench.ts): when it is set, the search,
	// the timeline and its milestones, the map's overlay and the Hangul faces must all be there.
	await page.goto('/');
	await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0);
	const state = await page.evaluate(() => ({
		idle: performance.getEntriesByName('map-idle')[0]?.startTime ?? null,
		ready: performance.getEntriesByName('app-ready')[0].startTime,
		searchEnabled: !!document.querySelector('header input[type="search"]:not([disabled])'),
		placeholder: !!document.querySelector('.search-placeholder'),
		milestones: document.querySelectorAll('.timeline [data-event]').length,
		hangulSheet: [...document.styleSheets].some((s) => /fonts-kr\.css$/.test(s.href ?? '') && s.cssRules.length > 0)
	}));
	expect(state.idle).not.toBeNull();
	expect(state.ready).toBeGreaterThanOrEqual(state.idle!);
	expect(state.searchEnabled).toBe(true);
	expect(state.placeholder).toBe(false);
	expect(state.milestones).toBeGreaterThan(0);
	expect(state.hangulSheet).toBe(true);
});
