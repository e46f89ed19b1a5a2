import { test, expect } from './fixtures';
import { waitForMap, canvasPixels, diffFraction, afterRender } from './helpers';

test('the map shows each feature as it stood in the chosen year: ESPO is absent in 2003 and drawn in 2012', async ({
	page
}) => {
	await page.goto('/?layers=pipelines&year=2003#map=4/52/118');
	await waitForMap(page);
	const canvas = page.locator('canvas.maplibregl-canvas');
	await page.getByRole('button', { name: 'Pipelines: All features' }).click();
	await expect(page.locator('#list-pipelines button[data-feature="espo"]')).toHaveCount(0);
	// The legend follows the year: in 2003 no pipeline of this layer was operating yet.
	await expect(page.locator('[data-layer="pipelines"] .legend')).not.toContainText('Operational');
	const y2003 = await canvasPixels(canvas);
	const slider = page.getByRole('slider', { name: 'Year' });
	// Keyboard steps: nine years on from 2003.
	await afterRender(page, async () => {
		await slider.focus();
		for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
	});
	await expect(page.locator('.timeline output')).toHaveText('2012');
	await expect(page).toHaveURL(/year=2012/);
	await expect(page.locator('#list-pipelines button[data-feature="espo"]')).toHaveCount(1);
	expect(diffFraction(y2003, await canvasPixels(canvas))).toBeGreaterThan(0.003);
	await expect(page.locator('[data-layer="pipelines"] .legend')).toContainText('Operational');
});

test('choosing a milestone moves the year, opens its note and highlights its features', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const events = await (await page.request.get('/geo/events.json')).json();
	const e = events.find(
		(x: { features: string[]; date: string }) => x.features.includes('rajin-khasan') && x.date.startsWith('2013')
	);
	// By pointer, on the timeline's tick…
	await page.locator(`.tick[data-event="${e.id}"]`).click();
	await expect(page.locator('.timeline output')).toHaveText('2013');
	await expect(page).toHaveURL(/year=2013/);
	await expect(page.getByRole('heading', { level: 2, name: e.title })).toBeFocused();
	await expect(page.locator('.event ul button').first()).toBeVisible();
	// …and by keyboard, from the milestone list.
	await page.getByRole('combobox', { name: 'Milestones' }).selectOption(events[0].id);
	await expect(page.getByRole('heading', { level: 2, name: events[0].title })).toBeVisible();
	await expect(page.locator('.timeline output')).toHaveText(events[0].date.slice(0, 4));
});

test('the guided tour steps forward and back by button and arrow keys, restores from ?tour=N, and can be left', async ({
	page
}) => {
	const chapters = await (await page.request.get('/api/tour.json')).json();
	await page.goto('/');
	await waitForMap(page);
	await page.getByRole('button', { name: 'Start the guided tour' }).click();
	await expect(page.getByRole('heading', { level: 2, name: chapters[0].title })).toBeVisible();
	await page.getByRole('button', { name: 'Next →' }).click();
	await expect(page.getByRole('heading', { level: 2, name: chapters[1].title })).toBeVisible();
	await expect(page).toHaveURL(/tour=1/);
	// The chapter's layers are applied.
	for (const id of ['rail', 'pipelines', 'fez', 'fishing', 'arms', 'dprk'])
		await expect(page.locator(`#toggle-${id}`)).toBeChecked({ checked: chapters[1].layers.includes(id) });
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 2, name: chapters[2].title })).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { level: 2, name: chapters[1].title })).toBeVisible();
	await expect(page.getByLabel(`Chapter 2 of ${chapters.length}`)).toBeVisible();

	await page.goto('/?tour=4');
	await waitForMap(page);
	await expect(page.getByRole('heading', { level: 2, name: chapters[4].title })).toBeVisible();
	if (chapters[4].year) await expect(page.locator('.timeline output')).toHaveText(String(chapters[4].year));
	await page.getByRole('button', { name: 'Leave tour' }).click();
	await expect(page.getByRole('button', { name: 'Start the guided tour' })).toBeVisible();
	await expect(page).not.toHaveURL(/tour=/);
	// Leaving keeps the state the chapter left.
	for (const id of ['rail', 'pipelines', 'fez', 'fishing', 'arms', 'dprk'])
		await expect(page.locator(`#toggle-${id}`)).toBeChecked({ checked: chapters[4].layers.includes(id) });
});

test('a tour link in another language opens the tour in that language', async ({ page }) => {
	const chapters = await (await page.request.get('/api/tour.json')).json();
	await page.goto('/?tour=2&lang=ru');
	await waitForMap(page);
	await expect(page.getByRole('heading', { level: 2, name: chapters[2].title })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Выйти из экскурсии' })).toBeVisible();
	await expect(page).toHaveURL(/lang=ru/);
});

test('charts sit in the case notes with a data table and a source line', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByText('About this atlas and its sources').click();
	const trade = page.locator('figure.chart').first();
	await expect(trade.locator('svg rect').first()).toBeVisible();
	await trade.getByText('Data table').click();
	await expect(trade.locator('table tbody tr').first()).toBeVisible();
	await expect(trade.locator('.source')).toContainText('Source:');
	await page.getByRole('button', { name: 'Pipelines: All features' }).click();
	await expect(page.locator('.overview figure.chart svg rect').first()).toBeVisible();
	await page.getByRole('button', { name: 'Arms trade: All features' }).click();
	await expect(page.locator('.overview figure.chart figcaption')).toContainText(/Brown Bear/i);
});
