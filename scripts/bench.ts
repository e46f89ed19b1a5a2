/**
 * `npm run bench`: builds the site and a bare MapLibre baseline page (bench/baseline) that loads the
 * same basemap, the same six layers and the same style layers, then measures both in Debian's Chromium
 * over several cold runs: time to the `map-idle` mark, bytes by type (raw and gzip), layer toggle to the
 * next idle render, feature selection to the note painted, and JS heap after load. Prints medians with
 * min–max and the app/baseline ratio; writes bench/results/latest.json and latest.md.
 * Absolute times on a shared machine with software WebGL mean little: read the ratios.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { LAYER_IDS } from '../src/lib/data/vocab';
import { embeddedStyle } from '../src/lib/map/basemap';
import { withProjectLayers } from '../src/lib/map/project-style';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveStatic } from './static-server';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const args = process.argv.slice(2);

if (!args.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
execSync('npx vite build --config bench/vite.baseline.config.ts', { cwd: root, stdio: 'inherit' });

// The baseline's style: the app's first style (the embedded basemap, every project layer drawn from the
// same build-time files). The files are served from the app's build.
const fontFaces = JSON.parse(readFileSync(join(root, 'static', 'fonts', 'font-faces.json'), 'utf8'));
const style = withProjectLayers(embeddedStyle('en', fontFaces), {
	lang: 'en',
	visible: LAYER_IDS,
	fromFiles: true
});
writeFileSync(join(root, 'bench', '.baseline-dist', 'bench-style.json'), JSON.stringify(style));

// A diagnostic third page: the bare page plus a static copy of the app's side panel (its prerendered
// HTML and the app's stylesheets, no app JavaScript). It shows how much of the gap is the cost of
// drawing a text-rich panel beside the map, which software rendering pays on every composited frame.
const appHtml = readFileSync(join(root, 'build', 'index.html'), 'utf8');
const panelCss = [
	'fonts/fonts.css', // the interface's @font-face rules (linked from app.html)
	...[
		...appHtml.matchAll(/<link href="\.?\/?(_app\/immutable\/assets\/[^"]+\.css)" rel="stylesheet"(?![^>]*disabled)/g)
	].map((m) => m[1])
]
	.map((f) => `<link rel="stylesheet" href="/${f}">`)
	.join('');
const panelHtml = appHtml.slice(appHtml.indexOf('<aside'), appHtml.lastIndexOf('</aside>') + '</aside>'.length);
const baseHtml = readFileSync(join(root, 'bench', '.baseline-dist', 'index.html'), 'utf8');
writeFileSync(
	join(root, 'bench', '.baseline-dist', 'with-panel.html'),
	baseHtml
		.replace('</head>', `${panelCss}</head>`)
		.replace('<div id="panel"></div>', `<div id="panel">${panelHtml}</div>`)
);

const kind = (url: string) => {
	const e = extname(new URL(url).pathname);
	if (e === '.js' || e === '.mjs') return 'js';
	if (e === '.css') return 'css';
	if (e === '.geojson') return 'geojson';
	if (e === '.woff2' || e === '.woff') return 'fonts';
	return 'other';
};

interface Run {
	idle: number;
	earlyToggle: number;
	toggle: number;
	select: number;
	heap: number;
}
type Bytes = Record<string, { raw: number; gzip: number }>;

/**
 * Bytes by type, in a load of its own: reading every response body back through the DevTools protocol
 * costs CPU while the page loads, more for the page with more files, so the timed runs do not do it.
 */
async function measureBytes(page: Page, url: string, lastMark: string): Promise<Bytes> {
	const bytes: Bytes = {};
	const pending: Promise<void>[] = [];
	page.on('response', (r) =>
		pending.push(
			Promise.all([r.body(), r.request().sizes()]).then(
				([b, sizes]) => {
					// A file served from the browser's cache (the map's labels reuse the page's fonts) moved no bytes.
					if (sizes.responseBodySize <= 0) return;
					const k = kind(r.url());
					bytes[k] ??= { raw: 0, gzip: 0 };
					bytes[k].raw += b.length;
					bytes[k].gzip += gzipSync(b, { level: 9 }).length;
				},
				() => undefined
			)
		)
	);
	await page.goto(url);
	// Everything the load fetches, what the app defers to after the first render included ('app-ready').
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, lastMark, {
		timeout: 120_000
	});
	await Promise.all(pending);
	return bytes;
}

/** Layer toggle (turning `layer` off) → the map has re-rendered and is idle again. */
const toggleLayer = (page: Page, layer: string, isApp: boolean) =>
	page.evaluate(
		async ([layer, isApp]) => {
			const el = document.querySelector('.map') as HTMLElement;
			const n = Number(el.dataset.idleCount ?? 0);
			const done = new Promise<void>((r) => {
				const o = new MutationObserver(() => {
					if (Number(el.dataset.idleCount) > n) {
						o.disconnect();
						r();
					}
				});
				o.observe(el, { attributes: true });
			});
			const t0 = performance.now();
			if (isApp) (document.querySelector(`#toggle-${layer}`) as HTMLInputElement).click();
			else (window as unknown as { __toggle: (id: string, on: boolean) => void }).__toggle(layer, false);
			await done;
			return performance.now() - t0;
		},
		[layer, isApp] as const
	);

async function measure(page: Page, url: string, app: boolean): Promise<Run> {
	// tsx compiles this file with esbuild's keepNames, which wraps functions in __name(): give the page one.
	await page.addInitScript('window.__name = (f) => f');
	await page.goto(url);
	await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 120_000 });
	const idle = await page.evaluate(() => performance.getEntriesByName('map-idle')[0].startTime);
	// A toggle at once, while the app is still adding what waited for the first render (search, timeline,
	// milestones, the Hangul faces): reported apart, since few readers click that soon.
	const earlyToggle = await toggleLayer(page, 'fishing', app);
	// The rest is timed once the page has loaded and settled, as a reader's clicks come: the app marks
	// 'app-ready' when what it deferred has arrived (the bare page defers nothing), then both pages get a
	// second. Right after a load both are slower to answer (on two cores the browser is still compiling
	// and compositing), the bare page too: 120–140 ms against 20–30 ms a second later.
	if (app)
		await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
			timeout: 120_000
		});
	await page.waitForTimeout(1000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
	const toggle = await toggleLayer(page, 'pipelines', app);

	// Feature selection → the case note (or the baseline's property panel) painted.
	if (app) await page.getByRole('button', { name: 'Rail corridors: All features' }).click();
	const select = await page.evaluate(async (isApp) => {
		const t0 = performance.now();
		if (isApp) {
			(document.querySelector('button[data-feature="rajin-khasan"]') as HTMLButtonElement).click();
			await new Promise<void>((r) => {
				const check = () =>
					document.querySelector('#note-h') && document.querySelector('.note .prose p')
						? r()
						: requestAnimationFrame(check);
				check();
			});
		} else (window as unknown as { __select: (l: string, id: string) => void }).__select('rail', 'rajin-khasan');
		await new Promise((r) => requestAnimationFrame(() => r(null)));
		return performance.now() - t0;
	}, app);
	return { idle, earlyToggle, toggle, select, heap };
}

/**
 * A diagnostic: the app's own page with SvelteKit's modules blocked, so its prerendered HTML and CSS are
 * drawn and the map is started by its own boot script ($lib/map/boot), but no Svelte and no panel code
 * runs. Nothing marks map-idle there, so this times the map's first idle, the same moment the app marks
 * (every source has loaded and been drawn). Set against the full app, it shows what the app's code adds.
 */
async function measureStatic(page: Page, url: string): Promise<number> {
	await page.route(/\/_app\/immutable\/entry\//, (r) => r.abort());
	await page.addInitScript(`new MutationObserver((ms, o) => {
		if (ms.some((m) => m.target.dataset?.idleCount === '1')) { window.__firstIdle = performance.now(); o.disconnect(); }
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle-count'] });`);
	await page.goto(url);
	await page.waitForFunction(() => (window as unknown as { __firstIdle?: number }).__firstIdle, null, {
		timeout: 120_000
	});
	return page.evaluate(() => (window as unknown as { __firstIdle: number }).__firstIdle);
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

const appServer = await serveStatic([join(root, 'build')], 4183);
const baseServer = await serveStatic([join(root, 'bench', '.baseline-dist'), join(root, 'build')], 4184);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--no-sandbox'] });
const runs: { app: Run[]; baseline: Run[]; panel: Run[]; static: number[] } = {
	app: [],
	baseline: [],
	panel: [],
	static: []
};
const urls = {
	app: 'http://127.0.0.1:4183/',
	baseline: 'http://127.0.0.1:4184/',
	panel: 'http://127.0.0.1:4184/with-panel.html',
	static: 'http://127.0.0.1:4183/'
};
const transferred: Record<'app' | 'baseline', Bytes> = { app: {}, baseline: {} };
for (const side of ['app', 'baseline'] as const) {
	const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	transferred[side] = await measureBytes(await ctx.newPage(), urls[side], side === 'app' ? 'app-ready' : 'map-idle');
	await ctx.close();
}
for (let i = 0; i < RUNS; i++) {
	// Rotate the order so that no side always runs on a warmer machine.
	const order = (['app', 'baseline', 'panel', 'static'] as const).map((_, k, a) => a[(k + i) % a.length]);
	for (const side of order) {
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await ctx.newPage();
		if (side === 'static') runs.static.push(await measureStatic(page, urls.static));
		else runs[side].push(await measure(page, urls[side], side === 'app'));
		await ctx.close();
		// A pause between loads: the browser's GPU process and the machine finish what the last page left
		// (its last frames, freed memory) before the next load starts. Without it each page is timed
		// after a different neighbour (the rotation keeps their cyclic order), which skewed the ratio.
		await new Promise((r) => setTimeout(r, 1500));
	}
	process.stdout.write(`run ${i + 1}/${RUNS} done\n`);
}
await browser.close();
appServer.close();
baseServer.close();

const metrics = ['idle', 'toggle', 'select', 'earlyToggle', 'heap'] as const;
const summary: Record<string, unknown> = {};
for (const m of metrics) {
	const a = stats(runs.app.map((r) => r[m]));
	const b = stats(runs.baseline.map((r) => r[m]));
	summary[m] = { app: a, baseline: b, ratio: a.median / b.median };
}
const types = ['js', 'css', 'geojson', 'fonts', 'other'];
const bytes: Record<string, unknown> = {};
for (const t of types) {
	const a = transferred.app[t] ?? { raw: 0, gzip: 0 };
	const b = transferred.baseline[t] ?? { raw: 0, gzip: 0 };
	bytes[t] = { app: a, baseline: b, ratio: b.gzip ? a.gzip / b.gzip : null };
}
const result = { date: new Date().toISOString(), runs: RUNS, budgets: { idleRatio: 1.2 }, summary, bytes, raw: runs };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 1));

const ms = (s: { median: number; min: number; max: number }) =>
	`${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const mb = (s: { median: number; min: number; max: number }) => `${(s.median / 1e6).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const lines = [
	`Benchmark ${result.date.slice(0, 10)}, ${RUNS} cold runs each, headless Chromium with software WebGL (SwiftShader).`,
	'',
	'| measure | app | baseline | app / baseline |',
	'| --- | --- | --- | --- |'
];
const labels = {
	idle: 'navigation → map-idle (ms)',
	toggle: 'layer toggle → rendered (ms)',
	select: 'select feature → note painted (ms)',
	earlyToggle: 'layer toggle at map-idle → rendered (ms)',
	heap: 'JS heap after load'
};
for (const m of metrics) {
	const s = summary[m] as {
		app: { median: number; min: number; max: number };
		baseline: { median: number; min: number; max: number };
		ratio: number;
	};
	lines.push(
		`| ${labels[m]} | ${m === 'heap' ? mb(s.app) : ms(s.app)} | ${m === 'heap' ? mb(s.baseline) : ms(s.baseline)} | ${s.ratio.toFixed(2)} |`
	);
}
for (const t of types) {
	const s = bytes[t] as {
		app: { raw: number; gzip: number };
		baseline: { raw: number; gzip: number };
		ratio: number | null;
	};
	lines.push(
		`| ${t} bytes, raw / gzip | ${kb(s.app.raw)} / ${kb(s.app.gzip)} | ${kb(s.baseline.raw)} / ${kb(s.baseline.gzip)} | ${s.ratio === null ? '–' : s.ratio.toFixed(2)} |`
	);
}
const idleRatio = (summary.idle as { ratio: number }).ratio;
// Each round loads the app and the bare page back to back, so their ratio within a round is spared the
// machine's drift from round to round (other work, thermal state); its median is the steadier figure.
const pairedIdle = stats(runs.app.map((r, i) => r.idle / runs.baseline[i].idle));
result.summary.pairedIdle = pairedIdle;
const panelIdle = stats(runs.panel.map((r) => r.idle));
const baseIdle = (summary.idle as { baseline: { median: number } }).baseline.median;
result.summary.panelIdle = { panel: panelIdle, ratio: panelIdle.median / baseIdle };
const staticIdle = stats(runs.static);
const appIdle = (summary.idle as { app: { median: number } }).app.median;
result.summary.staticIdle = {
	static: staticIdle,
	ratio: staticIdle.median / baseIdle,
	appOverStatic: appIdle / staticIdle.median
};
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 1));
lines.push(
	'',
	`Diagnostic: the bare page plus a static copy of the app's side panel (HTML and CSS, no app JavaScript) reaches map-idle in ${ms(panelIdle)} ms, ${(panelIdle.median / baseIdle).toFixed(2)} × the bare page.`,
	'',
	`Diagnostic: the app's own page with its JavaScript blocked (SvelteKit's modules aborted: the prerendered panel is drawn and the map is started by its boot script, but no Svelte or panel code runs) first has the map fully drawn in ${ms(staticIdle)} ms, ${(staticIdle.median / baseIdle).toFixed(2)} × the bare page; the full app takes ${(appIdle / staticIdle.median).toFixed(2)} × that page's time.`,
	'',
	`Per round (the app and the bare page loaded back to back), the app takes ${pairedIdle.median.toFixed(2)} × the bare page's time to map-idle (median; ${pairedIdle.min.toFixed(2)}–${pairedIdle.max.toFixed(2)}).`,
	'',
	`Budget: time to map-idle at most 1.2 × baseline: ${idleRatio <= 1.2 ? 'met' : 'NOT met'} (${idleRatio.toFixed(2)}, ratio of the medians).`
);
// Interactions, timed once the page has loaded: the budget is 100 ms. With software WebGL the bare page
// itself can need more than that to render one frame on a busy machine, so what the app adds to the bare
// page for the same action is reported too.
const added = (m: 'toggle' | 'select') => {
	const s = summary[m] as { app: { median: number }; baseline: { median: number } };
	return { app: s.app.median, baseline: s.baseline.median, added: s.app.median - s.baseline.median };
};
const toggle = added('toggle');
const select = added('select');
const within = toggle.app <= 100 && select.app <= 100;
const withinAdded = toggle.added <= 100 && select.added <= 100;
result.summary.interaction = { toggle, select, budget: 100, met: within, addedMet: withinAdded };
writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 1));
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(0)}`;
const early = summary.earlyToggle as { app: { median: number }; baseline: { median: number } };
lines.push(
	'',
	`Budget: layer toggle and feature selection within 100 ms: ${within ? 'met' : 'NOT met'} (toggle ${toggle.app.toFixed(0)} ms, selection ${select.app.toFixed(0)} ms, medians once the page has loaded). What the app adds to the bare page for the same action: toggle ${signed(toggle.added)} ms, selection ${signed(select.added)} ms (${withinAdded ? 'within' : 'over'} 100 ms); the bare page alone takes ${toggle.baseline.toFixed(0)} ms to draw the toggle here.`,
	'',
	`A toggle at map-idle, while the app is still adding what waited for the first render, takes ${early.app.median.toFixed(0)} ms (the bare page ${early.baseline.median.toFixed(0)} ms).`
);
writeFileSync(join(root, 'bench', 'results', 'latest.md'), lines.join('\n') + '\n');
console.log(lines.join('\n'));
