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

test('a sheet of sticky notes lands where its columns say, lists the rows it could not place, and Undo takes it all back', async ({ page, bridge }) => {
  await b2bJourney(page);
  const notes = () => (bridge.query('SELECT count(*) AS n FROM note')[0] as { n: number }).n;
  const before = notes();
  await page.getByRole('button', { name: 'Import notes…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import sticky notes from a sheet' });
  const csv = ['Phase;Sticky;Category;Colour', 'Awareness;Ads feel generic;Pain points;pink', '2;Wants a trial;Customer goals;', 'Somewhere;Lost note;Pain points;', ''].join('\r\n');
  await dialog.getByLabel('CSV or Excel file').setInputFiles({ name: 'wall.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // The columns are guessed from the header; the user can still change each.
  await expect(dialog.getByLabel('Stage', { exact: true })).toHaveValue('0');
  await expect(dialog.getByLabel('Text', { exact: true })).toHaveValue('1');
  await expect(dialog.getByRole('status')).toHaveText('2 notes will be placed; 1 row cannot be (listed below).');
  await expect(dialog).toContainText('Line 4, “Lost note”: no stage is called “Somewhere”');
  await dialog.getByRole('button', { name: 'Place 2 notes' }).click();
  const list = page.getByRole('dialog', { name: 'Rows not placed, or not whole' });
  await expect(list).toContainText('Line 4');
  await list.getByRole('button', { name: 'Close' }).click();
  await saved(page);
  expect(bridge.query(`SELECT n.text, n.color, s.name AS stage, l.kind FROM note n JOIN stage s ON s.id = n.stage_id JOIN lane l ON l.id = n.lane_id WHERE n.text IN ('Ads feel generic', 'Wants a trial') ORDER BY n.text`)).toEqual([
    { text: 'Ads feel generic', color: 'pink', stage: 'Awareness', kind: 'pain_points' },
    { text: 'Wants a trial', color: 'yellow', stage: 'Consideration', kind: 'goals' },
  ]);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(notes()).toBe(before);
});

test('pasting a list into a new note on the map makes a note per line, and one Undo takes them back', async ({ page, bridge }) => {
  await b2bJourney(page);
  const { layout } = await geometry(page);
  // The goals row: at the top, on screen without scrolling.
  const pains = layout.rows.find((r) => r.kind === 'goals')!;
  const stage = layout.columns[1]!;
  const count = () => (bridge.query('SELECT count(*) AS n FROM note WHERE lane_id = ? AND stage_id = ?', pains.laneId, stage.stageId)[0] as { n: number }).n;
  const before = count();
  const at = await toPage(page, stage.x + stage.width / 2, pains.y + pains.height - 20);
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();
  await editor.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '• Slow quote\n• Too many forms\n\n• Nobody calls back');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'Made 3 notes from the pasted lines' })).toBeVisible();
  await saved(page);
  expect(count()).toBe(before + 3);
  expect(bridge.query('SELECT text FROM note WHERE lane_id = ? AND stage_id = ? ORDER BY position', pains.laneId, stage.stageId).map((r) => (r as { text: string }).text)).toEqual(
    expect.arrayContaining(['Slow quote', 'Too many forms', 'Nobody calls back']),
  );
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(count()).toBe(before);
});
