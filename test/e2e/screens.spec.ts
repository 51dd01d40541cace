/**
 * Every step at the sizes a consultant meets: a 1024 × 768 laptop, a 1280 × 720 projector and a
 * 1920 × 1080 screen. Nothing scrolls sideways, no control is cut off, no word in a table or a
 * heading is split across lines. A screenshot of each is attached to the test's results.
 */
import { randomUUID } from 'node:crypto';
import { sampleWorkshopOps } from '../helpers/sample-workshop';
import { applyOpsThroughBridge, brokenWords, cutOffControls, expect, seedWorkshop, sidewaysOverflow, test } from './fixtures';

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
