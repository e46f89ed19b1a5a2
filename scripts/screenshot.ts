/**
 * `npm run screenshot`: builds nothing; with `npm start` (or `vite preview`) running on :4173, takes
 * the README screenshot in Debian's Chromium with software WebGL and writes docs/screenshot.png.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const url = process.argv[2] ?? 'http://localhost:4173/?feature=rajin-khasan#map=5.2/41.6/131.4';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, { timeout: 60_000 });
// The selection's case note and the interface fonts, then the screenshot.
await page.locator('#note-h').waitFor();
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: 'docs/screenshot.png' });
await browser.close();
console.log('docs/screenshot.png written');
