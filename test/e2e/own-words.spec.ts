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
  await page.getByLabel('Industry').selectOption({ label: 'Church, club or membership' });
  await saved(page);
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
