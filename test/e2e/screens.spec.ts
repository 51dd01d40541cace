/**
 * Every step at the sizes a consultant meets: a 1024 × 768 laptop, a 1280 × 720 projector and a
 * 1920 × 1080 screen. Nothing scrolls sideways, no control is cut off, no word in a table or a
 * heading is split across lines. A screenshot of each is attached to the test's results.
 */
import { randomUUID } from 'node:crypto';
import { sampleWorkshopOps } from '../helpers/sample-workshop';
import { applyOpsThroughBridge, brokenWords, cutOffControls, expect, seedWorkshop, sidewaysOverflow, test } from './fixtures';
import { geometry } from './map-helpers';

const STEPS = ['setup', 'listen', 'personas', 'journey', 'blueprint', 'gaps', 'actions', 'measure', 'report'];

for (const [width, height] of [[1024, 768], [1280, 720], [1920, 1080]] as const) {
  test(`every step fits a ${width} × ${height} screen: nothing scrolls sideways, is cut off or splits a word`, async ({ page }, testInfo) => {
    test.slow(); // nine steps, each measured
    await page.setViewportSize({ width, height });
    const { workshopId } = await seedWorkshop(page, { title: 'Online store review', client: 'Northwind Outfitters', template: 'retail-shopper', fields: { industry: 'retail' } });
    expect(await applyOpsThroughBridge(page, workshopId, sampleWorkshopOps(randomUUID).ops)).toMatchObject({ ok: true });
    await page.reload();
    for (const step of STEPS) {
      await page.evaluate((hash) => (window.location.hash = hash), `#/w/${workshopId}/${step}`);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByText('All changes saved')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await sidewaysOverflow(page), `${step} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await cutOffControls(page), `${step}: controls cut off`).toEqual([]);
      expect(await brokenWords(page, 'th, td, h1, h2, h3, .rail-label, .btn'), `${step}: words split`).toEqual([]);
      const shot = testInfo.outputPath(`${step}-${width}x${height}.png`);
      await page.screenshot({ path: shot });
      await testInfo.attach(`${step}-${width}x${height}`, { path: shot, contentType: 'image/png' });
    }
  });
}

test('on a 1280 × 720 projector, fit to screen keeps a six-stage map readable and fits again when the window changes size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await seedWorkshop(page, { title: 'Shop', template: 'retail-shopper', step: 'journey', fields: { industry: 'retail' } });
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  // The whole map would be drawn at about a third; its width is fitted instead.
  await expect.poll(async () => (await geometry(page)).zoom).toBeGreaterThan(0.5);
  const fitted = (await geometry(page)).zoom;
  const { layout, pan } = await geometry(page);
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  expect(pan.x + layout.width * fitted).toBeLessThanOrEqual(canvas.width);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await geometry(page)).zoom).toBeGreaterThan(fitted);
  // After the facilitator zooms by hand, a new size leaves the view alone.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const chosen = (await geometry(page)).zoom;
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.waitForFunction(() => window.innerWidth === 1366);
  expect((await geometry(page)).zoom).toBe(chosen);
});

test('a stage added past the edge is brought into view inside the canvas, and the step never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedWorkshop(page, { title: 'Shop', template: 'retail-shopper', step: 'journey' });
  await page.getByRole('button', { name: 'Add stage' }).click();
  const rename = page.getByRole('textbox', { name: 'Rename stage New stage' });
  await expect(rename).toBeFocused();
  const box = (await rename.boundingBox())!;
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test('the New journey dialog shows the template it has chosen for the industry, where it can be seen', async ({ page }) => {
  await seedWorkshop(page, { title: 'Shop', template: 'retail-shopper', step: 'journey', fields: { industry: 'retail' } });
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  const chosen = dialog.getByRole('radio', { checked: true });
  await expect(chosen).toHaveAccessibleName(/Retail shopper/);
  await expect(dialog.getByText('Suggested for Retail')).toBeInViewport();
  await expect(chosen).toBeInViewport();
});

test('for hospitality, which has three templates, the New journey dialog suggests the hotel guest, as the interview does', async ({ page }) => {
  await seedWorkshop(page, { title: 'Hotel', template: 'hotel-guest', step: 'journey', fields: { industry: 'hospitality' } });
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await expect(dialog.getByRole('radio', { checked: true })).toHaveAccessibleName(/^Hotel guest/);
});

test('a negative emotion score keeps its minus sign clear of the curve, on a pill of the background colour', async ({ page }) => {
  const { workshopId, journeyId } = await seedWorkshop(page, { title: 'Feelings', template: 'local-service', step: 'journey' });
  const stage = randomUUID();
  const [low, high] = [randomUUID(), randomUUID()];
  await applyOpsThroughBridge(page, workshopId, [
    { kind: 'create', entity: 'stage', id: stage, values: { journeyId, name: 'Arrive', position: 0 } },
    { kind: 'create', entity: 'touchpoint', id: low, values: { journeyId, stageId: stage, name: 'Car park', position: 1 } },
    { kind: 'create', entity: 'touchpoint', id: high, values: { journeyId, stageId: stage, name: 'Welcome desk', position: 2 } },
    { kind: 'create', entity: 'emotion', id: randomUUID(), values: { touchpointId: low, score: -1 } },
    { kind: 'create', entity: 'emotion', id: randomUUID(), values: { touchpointId: high, score: 1 } },
  ]);
  await page.reload();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--surface').trim());
  // What Konva drew: each score's text, and the fill of the pill under it.
  const labels = await page.waitForFunction(() => {
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): { getText(): { text(): string }; getTag(): { fill(): string } }[] }[] } }).Konva;
    const found = konva?.stages.flatMap((st) => st.find('.emotion-score')) ?? [];
    return found.length >= 2 ? found.map((l) => ({ text: l.getText().text(), fill: l.getTag().fill() })) : null;
  });
  const drawn = (await labels.jsonValue()) as { text: string; fill: string }[];
  expect(drawn.map((l) => l.text)).toEqual(expect.arrayContaining(['−1', '+1']));
  for (const l of drawn) expect(l.fill.toLowerCase()).toBe(background.toLowerCase());
});
