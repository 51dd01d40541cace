import { createWorkshop, expect, saved, test } from './fixtures';
import { drag, geometry, toPage } from './map-helpers';
import type { Page } from '@playwright/test';

async function b2bJourney(page: Page) {
  await createWorkshop(page, 'Lifecycle review', 'Globex');
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByText('B2B customer lifecycle').click();
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await saved(page);
}

const stageNames = (bridge: { query: (sql: string) => unknown[] }) => bridge.query('SELECT name FROM stage ORDER BY position').map((r) => (r as { name: string }).name);

test('stages reorder by dragging their header, rename in place, and delete behind a confirmation', async ({ page, bridge }) => {
  await b2bJourney(page);
  let g = await geometry(page);
  const [first, , third] = g.layout.columns;
  await drag(page, await toPage(page, first!.x + 120, 30), await toPage(page, third!.x + 150, 30));
  await saved(page);
  expect(stageNames(bridge).slice(0, 3)).toEqual(['Consideration', 'Purchase', 'Awareness']);

  g = await geometry(page);
  const header = await toPage(page, g.layout.columns[0]!.x + 100, 30);
  await page.mouse.dblclick(header.x, header.y);
  const rename = page.getByRole('textbox', { name: 'Rename stage Consideration' });
  await rename.fill('Evaluate');
  await rename.press('Enter');
  await saved(page);
  expect(stageNames(bridge)[0]).toBe('Evaluate');

  const del = await toPage(page, g.layout.columns[0]!.x + g.layout.columns[0]!.width - 19, 30);
  await page.mouse.click(del.x, del.y);
  const confirm = page.getByRole('dialog', { name: 'Delete this stage?' });
  await expect(confirm).toContainText('“Evaluate” will be removed with its 3 touchpoints');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await saved(page);
  expect(stageNames(bridge)).not.toContain('Evaluate');
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  expect(stageNames(bridge)[0]).toBe('Evaluate');
  expect(bridge.query(`SELECT count(*) AS n FROM touchpoint t JOIN stage s ON s.id = t.stage_id WHERE s.name = 'Evaluate'`)).toEqual([{ n: 3 }]);
});

test('lanes can be renamed, hidden, reordered and added', async ({ page, bridge }) => {
  await b2bJourney(page);
  await page.getByRole('button', { name: 'Lanes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lanes' });
  await dialog.getByRole('textbox', { name: 'Lane 4 name' }).fill('What they say');
  await dialog.getByRole('checkbox', { name: 'Show Opportunities' }).uncheck();
  await dialog.getByRole('button', { name: 'Move Pain points up' }).click();
  await dialog.getByRole('button', { name: 'Add lane' }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await saved(page);
  expect(bridge.query('SELECT name, hidden FROM lane ORDER BY position')).toEqual([
    { name: 'Customer goals', hidden: 0 },
    { name: 'Actions', hidden: 0 },
    { name: 'Touchpoints', hidden: 0 },
    { name: 'What they say', hidden: 0 },
    { name: 'Pain points', hidden: 0 },
    { name: 'Emotions', hidden: 0 },
    { name: 'Opportunities', hidden: 1 },
    { name: 'New lane', hidden: 0 },
  ]);
  const { layout } = await geometry(page);
  expect(layout.rows.map((r) => r.kind)).toEqual(['goals', 'actions', 'touchpoints', 'thoughts', 'pain_points', 'emotions', 'custom']);
});

test('several notes are selected, recoloured, duplicated and carried together', async ({ page, bridge }) => {
  await b2bJourney(page);
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  const g = await geometry(page);
  const awareness = g.layout.columns[0]!.stageId;
  const notes = g.layout.notes.filter((n) => n.stageId === awareness).slice(0, 2);
  expect(notes).toHaveLength(2);
  const a = await toPage(page, notes[0]!.x + 20, notes[0]!.y + 20);
  const b = await toPage(page, notes[1]!.x + 20, notes[1]!.y + 20);
  await page.mouse.click(a.x, a.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(b.x, b.y);
  await page.keyboard.up('Shift');
  const bar = page.getByRole('toolbar', { name: '2 notes selected' });
  await bar.getByRole('button', { name: 'Colour: Pink' }).click();
  await saved(page);
  expect(bridge.query(`SELECT color FROM note WHERE id IN (?, ?)`, notes[0]!.id, notes[1]!.id)).toEqual([{ color: 'pink' }, { color: 'pink' }]);

  const before = (bridge.query('SELECT count(*) AS n FROM note')[0] as { n: number }).n;
  await bar.getByRole('button', { name: 'Duplicate' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM note')).toEqual([{ n: before + 2 }]);

  // The copies are now selected; carry both to the third stage with the keyboard.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await saved(page);
  const moved = bridge.query(`SELECT s.name FROM note n JOIN stage s ON s.id = n.stage_id WHERE n.color = 'pink' ORDER BY s.position`).map((r) => (r as { name: string }).name);
  expect(moved).toEqual(['Awareness', 'Awareness', 'Purchase', 'Purchase']);
});

test('zoom buttons, fit to screen, and clearing the template prompts', async ({ page, bridge }) => {
  await b2bJourney(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByText('120%')).toBeVisible();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  const g = await geometry(page);
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  expect(g.layout.width * g.zoom).toBeLessThanOrEqual(canvas.width);
  // Fitted to the screen, notes still show their first words at a size that reads.
  expect((g as unknown as { noteTextPx: number }).noteTextPx).toBeGreaterThanOrEqual(8);

  const prompts = (bridge.query(`SELECT count(*) AS n FROM note WHERE color = 'grey'`)[0] as { n: number }).n;
  expect(prompts).toBeGreaterThan(5);
  await page.getByRole('button', { name: `Clear ${prompts} prompt notes` }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM note')).toEqual([{ n: 0 }]);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM note')).toEqual([{ n: prompts }]);
});
