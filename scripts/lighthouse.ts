/**
 * `npm run lighthouse`: runs Lighthouse 12.2.3 (pinned) with Debian's Chromium against the built site,
 * served by a local static server, and checks the scores the project promises: accessibility 100,
 * best practices and SEO at least 95. Performance is reported, not enforced: with software WebGL on a
 * shared machine it is noisy. Writes bench/results/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveStatic } from './static-server';

const root = join(import.meta.dirname, '..');
const server = await serveStatic([join(root, 'build')], 4185);

const chrome = await chromeLauncher.launch({
	chromePath: CHROMIUM_PATH,
	chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS]
});
const result = await lighthouse('http://127.0.0.1:4185/', {
	port: chrome.port,
	output: 'json',
	logLevel: 'error',
	onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
	formFactor: 'desktop',
	screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
	throttlingMethod: 'provided'
});
await chrome.kill();
server.close();

const cats = result!.lhr.categories;
const score = (k: string) => Math.round((cats[k]?.score ?? 0) * 100);
const scores = {
	performance: score('performance'),
	accessibility: score('accessibility'),
	bestPractices: score('best-practices'),
	seo: score('seo')
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
	join(root, 'bench', 'results', 'lighthouse.json'),
	JSON.stringify({ date: new Date().toISOString(), scores }, null, 1)
);
console.log(
	`Lighthouse: performance ${scores.performance} (software WebGL: noisy, reported only), accessibility ${scores.accessibility}, best practices ${scores.bestPractices}, SEO ${scores.seo}`
);
for (const [k, a] of Object.entries(result!.lhr.audits))
	if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
		console.log(`  failing audit: ${k}: ${a.title}`);
const ok = scores.accessibility === 100 && scores.bestPractices >= 95 && scores.seo >= 95;
if (!ok) {
	console.error('Lighthouse budget not met: accessibility must be 100, best practices and SEO at least 95.');
	process.exit(1);
}
