import { createWorkshop, expect, newJourney, saved, test } from './fixtures';
import { drag } from './map-helpers';
import type { Page } from '@playwright/test';

interface Box { x: number; y: number; width: number; height: number }
type BpGeometry = {
  layout: { width: number; columns: (Box & { stageId: string })[]; rows: (Box & { layer: string })[]; items: (Box & { id: string; stageId: string; layer: string })[] };
  zoom: number;
  pan: { x: number; y: number };
};
const bp = (page: Page) => page.getByTestId('blueprint-canvas').evaluate((el) => (el as unknown as { blueprintGeometry: BpGeometry }).blueprintGeometry);
async function at(page: Page, x: number, y: number) {
  const g = await bp(page);
  const box = (await page.getByTestId('blueprint-canvas').boundingBox())!;
  return { x: box.x + g.pan.x + x * g.zoom, y: box.y + g.pan.y + y * g.zoom };
}
async function cell(page: Page, stage: number, layer: string) {
  const g = await bp(page);
  const col = g.layout.columns[stage]!;
  const row = g.layout.rows.find((r) => r.layer === layer)!;
  return at(page, col.x + col.width / 2, row.y + row.height - 16);
}

test('blueprint a touchpoint: add an item, say who, when and which touchpoint, move it, undo, and export', async ({ page, bridge }) => {
  await createWorkshop(page, 'Blueprint');
  await newJourney(page, 'Patient: referral to follow-up');
  await page.getByRole('link', { name: /Blueprint/ }).click();
  await expect(page.getByTestId('blueprint-canvas')).toBeVisible();

  const front = await cell(page, 1, 'front_stage');
  await page.mouse.dblclick(front.x, front.y);
  const editor = page.getByRole('dialog', { name: 'Blueprint item' });
  await editor.getByLabel('What happens').fill('Receptionist books the slot');
  await editor.getByLabel('Who (role)').fill('Receptionist');
  await editor.getByLabel('When (timing or SLA)').fill('Answer within 2 minutes');
  await editor.getByLabel('Owning team').selectOption({ label: 'Service & support' });
  await editor.getByLabel('Serves touchpoint').selectOption({ label: 'Booking phone line' });
  await editor.getByRole('button', { name: 'Close' }).click();
  await saved(page);
  expect(bridge.query(`SELECT b.text, b.role, b.timing, b.team, b.layer, s.name AS stage, t.name AS tp FROM blueprint_item b JOIN stage s ON s.id = b.stage_id JOIN touchpoint t ON t.id = b.touchpoint_id`)).toEqual([
    { text: 'Receptionist books the slot', role: 'Receptionist', timing: 'Answer within 2 minutes', team: 'Service & support', layer: 'front_stage', stage: 'Scheduling', tp: 'Booking phone line' },
  ]);

  // Drag it below the line of visibility.
  const g = await bp(page);
  const item = g.layout.items[0]!;
  await drag(page, await at(page, item.x + item.width / 2, item.y + 20), await cell(page, 1, 'back_stage'));
  await saved(page);
  expect(bridge.query('SELECT layer FROM blueprint_item')).toEqual([{ layer: 'back_stage' }]);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(bridge.query('SELECT layer FROM blueprint_item')).toEqual([{ layer: 'front_stage' }]);

  // The keyboard: add an item in the active cell.
  await page.getByTestId('blueprint-canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('n');
  await page.getByRole('dialog', { name: 'Blueprint item' }).getByLabel('What happens').fill('Practice system');
  await page.keyboard.press('Escape');
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM blueprint_item`)).toEqual([{ n: 2 }]);

  // The table edits the same rows.
  await page.getByText('Table', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Front stage (seen), Scheduling, item 1', exact: true }).fill('Receptionist books and confirms by email');
  await saved(page);
  expect(bridge.query(`SELECT text FROM blueprint_item WHERE layer = 'front_stage'`)).toEqual([{ text: 'Receptionist books and confirms by email' }]);

  await page.getByText('Map', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/blueprint\.png$/);
});
