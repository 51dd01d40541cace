/**
 * The client's own words: a church's teams, channels and phases, from the new template, edited in
 * Setup and in place on the map, and carried to the table view, the presenter and the report PDF.
 */
import { execFileSync } from 'node:child_process';
import { createWorkshop, expect, newJourney, saved, test } from './fixtures';
import { geometry, toPage } from './map-helpers';

test('a church workshop in its own teams, channels and phases: on the map, the presenter view and the report', async ({ page, context, bridge }) => {
  test.slow(); // a whole workshop, a second window and a PDF
  await createWorkshop(page, 'Welcome review', 'Grace Church');
  // The guide's example speaks the sector: the general one until an industry is chosen.
  await expect(page.getByText(/From the first enquiry to the first problem solved/)).toBeVisible();
  await page.getByLabel('Industry').selectOption({ label: 'Church, club or membership' });
  await saved(page);
  await expect(page.getByText(/From a first visit to belonging to a group/)).toBeVisible();
  await expect(page.getByText(/From the first enquiry to the first problem solved/)).toHaveCount(0);
  // An untouched list follows the industry: the church's teams replace the generic ones.
  const teams = page.getByRole('list', { name: 'Teams' });
  await expect(teams.getByLabel('Name of the team Welcome team')).toBeVisible();
  await expect(teams.getByLabel('Name of the team Sales')).toHaveCount(0);

  await newJourney(page, 'Church or membership organisation');
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  expect(bridge.query(`SELECT name, phase FROM stage ORDER BY position`)).toEqual([
    { name: 'Hear about us', phase: 'Inspire' },
    { name: 'First visit', phase: 'Inspire' },
    { name: 'Follow-up', phase: 'Integrate' },
    { name: 'Join a group', phase: 'Integrate' },
    { name: 'Serve and belong', phase: 'Retain' },
    { name: 'Care in hard times', phase: 'Retain' },
  ]);

  // In place on the map: a touchpoint's team from the church's list, and a new channel typed there.
  const [greeting] = bridge.query(`SELECT id FROM touchpoint WHERE name = 'Greeting at the door'`) as { id: string }[];
  const box = (await geometry(page)).layout.touchpoints.find((t) => t.id === greeting!.id)!;
  const at = await toPage(page, box.x + 40, box.y + 20);
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByRole('dialog', { name: 'Touchpoint', exact: true });
  await expect(editor).toBeVisible();
  await editor.getByLabel('Channel').selectOption({ label: 'New channel…' });
  await editor.getByLabel('Name of the new channel').fill('Foyer screens');
  await editor.getByLabel('Name of the new channel').press('Enter');
  await saved(page);
  expect(bridge.query(`SELECT channel, team FROM touchpoint WHERE name = 'Greeting at the door'`)).toEqual([{ channel: 'Foyer screens', team: 'Welcome team' }]);
  await page.keyboard.press('Escape');

  // In Setup: rename a team (every touchpoint follows), merge one into another, and undo the merge.
  await page.getByRole('link', { name: /Setup/ }).click();
  await expect(page.getByRole('list', { name: 'Channels' }).getByLabel('Name of the channel Foyer screens')).toBeVisible();
  const welcome = page.getByLabel('Name of the team Welcome team');
  await welcome.fill('Hospitality team');
  await welcome.press('Enter');
  await saved(page);
  expect(bridge.query(`SELECT DISTINCT team FROM touchpoint WHERE stage_id IN (SELECT id FROM stage WHERE name = 'First visit') ORDER BY team`)).toEqual([{ team: 'Hospitality team' }, { team: 'Kids’ ministry' }]);
  await page.getByLabel('Merge Small groups into').selectOption('Pastoral team');
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM touchpoint WHERE team = 'Small groups'`)).toEqual([{ n: 0 }]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM touchpoint WHERE team = 'Small groups'`)).toEqual([{ n: 2 }]);
  await expect(page.getByLabel('Name of the team Small groups')).toBeVisible();

  // The table view shows the phases over their stages, and a stage's phase is edited there.
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByRole('radio', { name: 'Table' }).check({ force: true });
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Inspire', exact: true })).toHaveAttribute('colspan', '2');
  await table.getByLabel('Phase of stage 6, Care in hard times').fill('Care');
  await saved(page);
  await expect(table.getByRole('columnheader', { name: 'Care', exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Retain', exact: true })).not.toHaveAttribute('colspan', '2');

  // The presenter shows the map with its phases.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Journey map');
  // The stage in focus says its phase; the whole map draws every phase over its stages.
  await expect(presenter.getByText('Phase: Inspire')).toBeVisible();
  await presenter.keyboard.press('Home');
  for (const phase of ['Inspire', 'Integrate', 'Retain', 'Care']) await expect(presenter.locator('.map-fit-phase').getByText(phase, { exact: true })).toBeVisible();
  await presenter.screenshot({ path: test.info().outputPath('presenter-phases.png') });
  await presenter.close();

  // And the report PDF names them.
  await page.getByRole('link', { name: /Report/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop report (PDF)' }).click()]);
  const text = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
  for (const words of ['Inspire', 'Integrate', 'Retain', 'Hospitality team', 'Foyer screens']) expect(text).toContain(words);
});

test('a file with NPS, CSAT and CES columns imports in one go, a touchpoint it names its own way mapped by the user and remembered', async ({ page, bridge }) => {
  test.slow(); // two imports through the dialog
  await createWorkshop(page, 'Sunday survey', 'Grace Church');
  await newJourney(page, 'Church or membership organisation');
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await page.getByRole('link', { name: /Listen/ }).click();

  const file = [
    'Date,Touchpoint,How likely to recommend us (0-10),Satisfaction (1-5),Effort (1-7)',
    '2026-04-05,Greeting at the door,9,5,2',
    '2026-04-05,Car park,4,2,6',
    '2026-04-12,Car park,7,3,5',
    '2026-04-12,Children’s check-in,10,5,1',
  ].join('\n');
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'april.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  // Each metric from its own column, found from the header.
  await expect(dialog.getByLabel('What the score measures')).toHaveValue('nps');
  await expect(dialog.getByLabel('Score', { exact: true })).toHaveValue('2');
  await expect(dialog.getByLabel('CSAT (1–5) column')).toHaveValue('3');
  await expect(dialog.getByLabel('CES (1–7) column')).toHaveValue('4');
  // "Car park" is not a touchpoint: its rows wait for the user to say what it means.
  await expect(dialog.getByRole('alert')).toContainText('“Car park” matches no touchpoint or stage');
  await dialog.getByLabel('“Car park” (2 rows) means').selectOption({ label: 'Car park and entrance (suggested)' });
  await dialog.getByRole('button', { name: 'Import 12 responses' }).click();
  await saved(page);

  expect(bridge.query(`SELECT kind, count(r.id) AS n FROM survey_import i JOIN survey_response r ON r.import_id = i.id GROUP BY kind ORDER BY kind`)).toEqual([
    { kind: 'ces', n: 4 },
    { kind: 'csat', n: 4 },
    { kind: 'nps', n: 4 },
  ]);
  expect(bridge.query(`SELECT count(*) AS n FROM survey_response r JOIN touchpoint t ON t.id = r.touchpoint_id WHERE t.name = 'Car park and entrance'`)).toEqual([{ n: 6 }]);
  // The overall score beside the touchpoints': NPS over all four answers (9, 4, 7, 10) is (2 promoters − 1 detractor) / 4 = +25.
  const nps = page.getByRole('table', { name: 'Results from april.csv' }).first();
  await expect(nps.getByRole('row', { name: /All answers/ })).toContainText('NPS +25');

  // The next file names the car park the same way: remembered, nothing to ask.
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'may.csv', mimeType: 'text/csv', buffer: Buffer.from('date,touchpoint,satisfaction\n2026-05-03,Car park,4\n') });
  await expect(dialog.getByLabel('What the score measures')).toHaveValue('csat');
  await expect(dialog.getByText('Names the journey does not know')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import 1 response' }).click();
  await saved(page);
  expect(bridge.query(`SELECT t.name FROM survey_response r JOIN survey_import i ON i.id = r.import_id JOIN touchpoint t ON t.id = r.touchpoint_id WHERE i.file_name = 'may.csv'`)).toEqual([{ name: 'Car park and entrance' }]);
});

test('a 1–5 column is read as satisfaction, and choosing NPS for it is warned against before anything is imported', async ({ page, bridge }) => {
  await createWorkshop(page, 'Scales');
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from('score\n4\n5\n2\n3\n') });
  await expect(dialog.getByLabel('What the score measures')).toHaveValue('csat');
  await expect(dialog.getByRole('status').filter({ hasText: 'looks like a 1–5' })).toHaveCount(0);
  await dialog.getByLabel('What the score measures').selectOption('nps');
  await expect(dialog.getByRole('status').filter({ hasText: 'looks like a 1–5 satisfaction score' })).toBeVisible();
  expect(bridge.query('SELECT count(*) AS n FROM survey_import')).toEqual([{ n: 0 }]);
});
