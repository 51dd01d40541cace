import zlib from 'node:zlib';
import fs from 'node:fs';
import { createWorkshop, expect, saved, test } from './fixtures';
import { cellCentre, drag, geometry, toPage } from './map-helpers';
import type { Page } from '@playwright/test';

async function patientJourney(page: Page) {
  await createWorkshop(page, 'Patient journey review', 'Northwind Clinics');
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Margaret');
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByRole('button', { name: 'New journey' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByText('Patient: referral to follow-up').click();
  await expect(dialog.getByLabel('Whose journey')).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await saved(page);
}

const stageOfNote = (bridge: { query: (sql: string, ...p: unknown[]) => unknown[] }, text: string) =>
  (bridge.query('SELECT s.name AS stage FROM note n JOIN stage s ON s.id = n.stage_id WHERE n.text = ?', text)[0] as { stage: string } | undefined)?.stage;

test('a journey from the patient template: add notes, drag one, score emotions, reload: identical', async ({ page, bridge }) => {
  test.slow(); // over 20 s on a slow 2-core machine
  await patientJourney(page);
  expect(bridge.query('SELECT name FROM stage ORDER BY position').map((r: any) => r.name)).toEqual([
    'Referral', 'Scheduling', 'Consultation', 'Imaging', 'Follow-up', 'Billing',
  ]);
  expect(bridge.query(`SELECT p.name FROM journey j JOIN persona p ON p.id = j.persona_id`)).toEqual([{ name: 'Margaret' }]);

  // A note by double-clicking an empty cell and typing.
  const scheduling = await cellCentre(page, 1, 'goals');
  await page.mouse.dblclick(scheduling.x, scheduling.y);
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Wants a call back within a day');
  await page.keyboard.press('Escape');
  await saved(page);
  expect(stageOfNote(bridge, 'Wants a call back within a day')).toBe('Scheduling');

  // A second note in the same cell: long text wraps, and the note grows to hold it.
  await page.mouse.dblclick(scheduling.x, scheduling.y);
  await page.keyboard.type('Booking line rings out after six, so working patients cannot get through at all during the day');
  await page.keyboard.press('Escape');
  await saved(page);
  let g = await geometry(page);
  const long = g.layout.notes.find((n) => n.stageId === g.layout.columns[1]!.stageId && n.laneId === g.layout.rows[0]!.laneId && n.height > 100);
  expect(long, 'the long note grew taller than a short one').toBeTruthy();
  const goalsRow = g.layout.rows.find((r) => r.kind === 'goals')!;
  expect(long!.y + long!.height).toBeLessThanOrEqual(goalsRow.y + goalsRow.height);

  // Drag the first note into Consultation.
  g = await geometry(page);
  const first = g.layout.notes.find((n) => n.stageId === g.layout.columns[1]!.stageId && n.height < 100)!;
  const from = await toPage(page, first.x + first.width / 2, first.y + 20);
  const consultation = await cellCentre(page, 2, 'goals');
  await drag(page, from, consultation);
  await saved(page);
  expect(stageOfNote(bridge, 'Wants a call back within a day')).toBe('Consultation');

  // Emotions: scroll down to the curve and drag two points.
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, 420);
  await expect.poll(async () => (await geometry(page)).pan.y).toBeLessThan(-300);
  g = await geometry(page);
  const booking = bridge.query(`SELECT id FROM touchpoint WHERE name = 'Booking phone line'`)[0] as { id: string };
  const referral = bridge.query(`SELECT id FROM touchpoint WHERE name = 'Referral letter'`)[0] as { id: string };
  for (const [id, dy] of [[booking.id, 70], [referral.id, -45]] as const) {
    const p = g.layout.emotions.find((e) => e.touchpointId === id)!;
    const at = await toPage(page, p.x, p.y);
    await drag(page, at, { x: at.x, y: at.y + dy * g.zoom });
    await saved(page);
  }
  const score = (id: string) => (bridge.query('SELECT score FROM emotion WHERE touchpoint_id = ?', id)[0] as { score: number } | undefined)?.score;
  expect(score(booking.id)).toBeLessThanOrEqual(-1);
  expect(score(referral.id)).toBeGreaterThanOrEqual(0.5);

  const before = await geometry(page);
  const rows = () => JSON.stringify(bridge.query('SELECT id, stage_id, lane_id, text, position FROM note ORDER BY id'));
  const dbBefore = rows();
  await page.reload();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  const after = await geometry(page);
  expect(after.layout.notes).toEqual(before.layout.notes);
  expect(after.layout.emotions).toEqual(before.layout.emotions);
  expect(after.layout.touchpoints).toEqual(before.layout.touchpoints);
  expect(rows()).toBe(dbBefore);
});

test('a drag is one step to undo and redo, on screen and on disk', async ({ page, bridge }) => {
  await patientJourney(page);
  const g = await geometry(page);
  const note = g.layout.notes.find((n) => n.stageId === g.layout.columns[0]!.stageId)!;
  const text = (bridge.query('SELECT text FROM note WHERE id = ?', note.id)[0] as { text: string }).text;
  await drag(page, await toPage(page, note.x + note.width / 2, note.y + 20), await cellCentre(page, 2, 'goals'));
  await saved(page);
  expect(stageOfNote(bridge, text)).toBe('Consultation');

  await page.keyboard.press('Control+z');
  await saved(page);
  expect(stageOfNote(bridge, text)).toBe('Referral');
  await expect.poll(async () => (await geometry(page)).layout.notes.find((n) => n.id === note.id)?.stageId).toBe(g.layout.columns[0]!.stageId);

  await page.keyboard.press('Control+Shift+z');
  await saved(page);
  expect(stageOfNote(bridge, text)).toBe('Consultation');
  await expect.poll(async () => (await geometry(page)).layout.notes.find((n) => n.id === note.id)?.stageId).toBe(g.layout.columns[2]!.stageId);
});

test('the map works from the keyboard: move between cells, add, carry and delete a note', async ({ page, bridge }) => {
  await patientJourney(page);
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('ArrowRight'); // Scheduling, Customer goals
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('journey-canvas')).toBeFocused();
  await saved(page);
  expect(stageOfNote(bridge, 'Typed without a mouse')).toBe('Scheduling');

  await page.keyboard.press('Alt+ArrowRight');
  await saved(page);
  expect(stageOfNote(bridge, 'Typed without a mouse')).toBe('Consultation');

  await page.keyboard.press('Delete');
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM note WHERE text = 'Typed without a mouse'`)).toEqual([{ n: 0 }]);
});

test('the table view edits the same journey the canvas draws', async ({ page, bridge }) => {
  await patientJourney(page);
  await page.getByText('Table', { exact: true }).click();
  const table = page.getByRole('table', { name: /the journey map as a table/ });
  await expect(table).toBeVisible();

  await page.getByRole('textbox', { name: 'Customer goals, Referral, note 1' }).fill('Know who to call with questions');
  await page.getByRole('combobox', { name: 'How the customer feels at Referral letter' }).selectOption({ label: '−1 Negative' });
  await page.getByRole('button', { name: 'Add a note to Pain points in Imaging' }).click();
  await page.getByRole('textbox', { name: 'Pain points, Imaging, note 2' }).fill('Results go missing between sites');
  await page.getByRole('combobox', { name: 'Move Pain points, Imaging, note 2 to stage' }).selectOption({ label: 'Follow-up' });
  // Each box names its touchpoint, so a screen reader hears which one it is.
  await page.getByRole('checkbox', { name: 'Moment of truth: Referral letter', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'Moment of truth', exact: true })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Stage 4 name' }).fill('Scans');
  await saved(page);

  expect(bridge.query(`SELECT count(*) AS n FROM note WHERE text = 'Know who to call with questions'`)).toEqual([{ n: 1 }]);
  expect(stageOfNote(bridge, 'Results go missing between sites')).toBe('Follow-up');
  expect(bridge.query(`SELECT e.score FROM emotion e JOIN touchpoint t ON t.id = e.touchpoint_id WHERE t.name = 'Referral letter'`)).toEqual([{ score: -1 }]);
  expect(bridge.query(`SELECT moment_of_truth AS m FROM touchpoint WHERE name = 'Referral letter'`)).toEqual([{ m: 1 }]);
  expect(bridge.query(`SELECT name FROM stage WHERE position = 4`)).toEqual([{ name: 'Scans' }]);

  await page.getByText('Map', { exact: true }).click();
  const g = await geometry(page);
  const referral = bridge.query(`SELECT id FROM touchpoint WHERE name = 'Referral letter'`)[0] as { id: string };
  expect(g.layout.emotions.find((e) => e.touchpointId === referral.id)?.score).toBe(-1);
  const moved = bridge.query(`SELECT id FROM note WHERE text = 'Results go missing between sites'`)[0] as { id: string };
  expect(g.layout.notes.find((n) => n.id === moved.id)?.stageId).toBe(g.layout.columns[4]!.stageId);
});

/** Decodes enough of a PNG to tell its size and whether it is more than one flat colour. */
function inspectPng(file: string) {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const distinct = new Set<number>();
  for (let i = 0; i < raw.length; i += 97) distinct.add(raw[i]!);
  return { width, height, distinct: distinct.size };
}

test('Export PNG saves a real picture of the whole map at print resolution', async ({ page }) => {
  await patientJourney(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const file = await download.path();
  const { layout } = await geometry(page);
  const png = inspectPng(file!);
  expect(png.width).toBeGreaterThanOrEqual(layout.width * 2);
  expect(png.height / png.width).toBeCloseTo(layout.height / layout.width, 2);
  expect(png.distinct).toBeGreaterThan(20);
});

test('a malformed .ojf file is refused with a message and imports nothing; a good one imports and lists what it could not map', async ({ page, bridge }) => {
  await createWorkshop(page, 'Imports');
  await page.getByRole('link', { name: /Journey map/ }).click();
  const input = page.getByLabel('Import .ojf…');
  await input.setInputFiles({ name: 'broken.ojf', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "stages": [') });
  await expect(page.getByRole('alert').filter({ hasText: 'That file was not imported: The file is not valid JSON' })).toBeVisible();
  await input.setInputFiles({
    name: 'wrong.ojf',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, stages: [{ id: 's1', name: 'Book' }], swimlanes: [{ id: 'l1', name: 'Actions' }], nodes: [{ stageId: 's9', swimlaneId: 'l1', title: 'x' }] })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Item 1, “x”: its stage “s9” is not in the file.' })).toBeVisible();
  expect(bridge.query('SELECT count(*) AS n FROM journey')).toEqual([{ n: 0 }]);

  const good = {
    metadata: { title: 'Flying home', version: '1.0', persona: 'Frequent flyer', pointOfView: 'Flying home after a conference' },
    stages: [{ id: 'a', name: 'Book', overrideEmotion: 2 }, { id: 'b', name: 'Fly' }],
    swimlanes: [{ id: 'act', name: 'Actions' }, { id: 'tp', name: 'Digital touchpoints' }, { id: 'ph', name: 'Physical touchpoints' }, { id: 'feel', name: 'Emotional State' }, { id: 'pain', name: 'Pain points' }],
    nodes: [
      { id: 'n1', stageId: 'a', swimlaneId: 'tp', title: 'App booking', purpose: 'touchpoint', score: -5, isMomentOfTruth: true, icon: 'phone', blueprint: { backstage: ['Seat map sync'] } },
      { id: 'n2', stageId: 'b', swimlaneId: 'pain', title: 'Delay not announced', description: 'Forty minutes at the gate with no word', severity: 'high', tags: ['ops'] },
      { id: 'n3', stageId: 'b', swimlaneId: 'act', title: 'Boards the plane' },
      { id: 'n4', stageId: 'b', swimlaneId: 'ph', title: 'Boarding gate', score: -1 },
      { id: 'n5', stageId: 'b', swimlaneId: 'feel', title: 'Fed up', score: -4, sentiment: 'frustrated', mood: 'low' },
    ],
  };
  await input.setInputFiles({ name: 'flyer.ojf', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  const dialog = page.getByRole('dialog', { name: 'What could not be mapped' });
  await expect(dialog).toContainText('A stage\'s own emotion score');
  await expect(dialog).toContainText('“mood”, which the format does not define');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await saved(page);
  await expect(page.getByLabel('Journey name')).toHaveValue('Flying home');
  await expect(page.getByLabel('Point of view')).toHaveValue('Flying home after a conference');
  expect(bridge.query('SELECT name FROM stage ORDER BY position')).toEqual([{ name: 'Book' }, { name: 'Fly' }]);
  expect(bridge.query('SELECT name, kind FROM lane ORDER BY position')).toEqual([
    { name: 'Actions', kind: 'actions' },
    { name: 'Digital touchpoints', kind: 'touchpoints' },
    { name: 'Physical touchpoints', kind: 'custom' },
    { name: 'Emotional State', kind: 'emotions' },
    { name: 'Pain points', kind: 'pain_points' },
  ]);
  expect(bridge.query(`SELECT t.name, t.moment_of_truth AS m, t.icon, e.score FROM touchpoint t JOIN emotion e ON e.touchpoint_id = t.id`)).toEqual([{ name: 'App booking', m: 1, icon: 'phone', score: -2 }]);
  expect(bridge.query(`SELECT n.text, l.name AS lane, n.color, n.score, n.description FROM note n JOIN lane l ON l.id = n.lane_id ORDER BY n.text`)).toEqual([
    { text: 'Boarding gate', lane: 'Physical touchpoints', color: 'yellow', score: -0.4, description: '' },
    { text: 'Boards the plane', lane: 'Actions', color: 'yellow', score: null, description: '' },
    { text: 'Delay not announced', lane: 'Pain points', color: 'pink', score: null, description: 'Forty minutes at the gate with no word' },
    { text: 'Fed up', lane: 'Emotional State', color: 'yellow', score: -1.6, description: '' },
  ]);
  expect(bridge.query('SELECT name FROM persona')).toEqual([{ name: 'Frequent flyer' }]);
  // Every scored item is a point on the curve: the touchpoint and both scored notes.
  const g = await geometry(page);
  expect(g.layout.emotions.filter((p) => p.score !== null).map((p) => p.score)).toEqual([-2, -0.4, -1.6]);

  // The table shows what the items say beyond their text.
  await page.getByText('Table', { exact: true }).click();
  await expect(page.getByText('Forty minutes at the gate with no word')).toBeVisible();
  await expect(page.getByText('frustrated', { exact: true })).toBeVisible();
  // …and edits it, by keyboard alone if need be (the refusals from the start are put away first).
  while (await page.getByRole('alert').count()) await page.getByRole('alert').first().getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Details of Pain points, Fly, note 1' }).click();
  const details = page.getByRole('dialog', { name: 'Details: Delay not announced' });
  await expect(details.getByLabel('Description')).toHaveValue('Forty minutes at the gate with no word');
  await details.getByLabel('Emotion score').selectOption('-1');
  await details.getByRole('button', { name: 'Close' }).click();
  await saved(page);
  expect(bridge.query(`SELECT score FROM note WHERE text = 'Delay not announced'`)).toEqual([{ score: -1 }]);

  // The export opens in the reference editor: its layout, with the ids the file came with.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export .ojf' }).click();
  const file = JSON.parse(fs.readFileSync((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({ version: '1.0', title: 'Flying home', persona: 'Frequent flyer', pointOfView: 'Flying home after a conference' });
  expect(file.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  expect(file.nodes.find((n: { id: string }) => n.id === 'n1').blueprint.backstage).toEqual([{ actor: '', action: 'Seat map sync' }]);
  expect(file.nodes.find((n: { id: string }) => n.id === 'n5')).toMatchObject({ score: -4, sentiment: 'frustrated', swimlaneId: 'feel' });
});

test('a note’s details panel on the map edits its description, score and tags, and the note’s point joins the curve', async ({ page, bridge }) => {
  await patientJourney(page);
  const g = await geometry(page);
  const note = g.layout.notes.find((n) => n.stageId === g.layout.columns[0]!.stageId)!;
  const at = await toPage(page, note.x + note.width / 2, note.y + 12);
  await page.mouse.click(at.x, at.y);
  await page.getByRole('toolbar', { name: '1 note selected' }).getByRole('button', { name: 'Details' }).click();
  const panel = page.getByRole('dialog', { name: /^Details: / });
  await panel.getByLabel('Description').fill('Said twice in the interviews');
  await panel.getByLabel('Emotion score').selectOption('-1.5');
  await panel.getByLabel('Tags').fill('Trust, Phone');
  await panel.getByRole('button', { name: 'Close' }).click();
  await saved(page);
  expect(bridge.query('SELECT description, score, tags FROM note WHERE id = ?', note.id)).toEqual([{ description: 'Said twice in the interviews', score: -1.5, tags: '["Trust","Phone"]' }]);
  await expect.poll(async () => (await geometry(page)).layout.emotions.find((p) => p.noteId === note.id)?.score).toBe(-1.5);

  // By keyboard: I opens the selected note's details, Esc closes them.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('i');
  await expect(page.getByRole('dialog', { name: /^Details: / }).getByLabel('Description')).toHaveValue('Said twice in the interviews');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /^Details: / })).toHaveCount(0);
});
