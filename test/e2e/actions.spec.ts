import fs from 'node:fs';
import { createWorkshop, expect, newJourney, saved, test } from './fixtures';

test('actions are made from gaps, owned, filtered and placed on the impact/effort matrix', async ({ page, bridge }) => {
  await createWorkshop(page, 'Actions');
  await newJourney(page, 'Local service business');
  await page.getByRole('link', { name: /Gaps/ }).click();
  for (const tp of ['Phone call or message', 'Quote']) {
    await page.getByRole('button', { name: `Add a gap at ${tp}` }).click();
    const card = page.getByRole('article', { name: tp });
    await card.getByLabel('Target (1–5)').selectOption('5');
    await card.getByLabel('Current (1–5)').selectOption('2');
  }

  await page.getByRole('link', { name: /Actions/ }).click();
  const uncovered = page.getByRole('region', { name: 'Gaps no action closes yet' });
  await expect(uncovered.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Create an action for Phone call or message' }).click();
  await expect(uncovered.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'New action' }).click();

  const first = page.getByRole('listitem', { name: /^Action 1/ });
  await first.getByRole('textbox', { name: 'Action 1' }).fill('Call back within the hour');
  await first.getByRole('textbox', { name: 'Owner 1' }).fill('Dana');
  await first.getByLabel('Due').fill('2027-01-31');
  await first.getByLabel('Impact (1–5)').selectOption('5');
  await first.getByLabel('Effort (1–5)').selectOption('2');
  const second = page.getByRole('listitem', { name: /^Action 2/ });
  await second.getByRole('textbox', { name: 'Action 2' }).fill('Send a welcome card');
  await second.getByRole('textbox', { name: 'Owner 2' }).fill('Lee');
  await second.getByLabel('Wow moment').check();
  await second.getByText('Quote', { exact: true }).click();
  await expect(second.getByRole('checkbox', { name: 'Closes Quote' })).toBeChecked();
  await expect(uncovered).toContainText('Every gap has an action.');
  await saved(page);
  expect(bridge.query(`SELECT a.title, a.owner, a.due_date, a.impact, a.effort, a.wow FROM action a ORDER BY position`)).toEqual([
    { title: 'Call back within the hour', owner: 'Dana', due_date: '2027-01-31', impact: 5, effort: 2, wow: 0 },
    { title: 'Send a welcome card', owner: 'Lee', due_date: null, impact: null, effort: null, wow: 1 },
  ]);
  expect(bridge.query(`SELECT count(*) AS n FROM action_gap`)).toEqual([{ n: 2 }]);

  // Filter and group.
  await page.getByLabel('Owner', { exact: true }).selectOption('Lee');
  await expect(page.getByRole('listitem', { name: /^Action \d/ })).toHaveCount(1);
  await page.getByLabel('Owner', { exact: true }).selectOption('');
  const controls = page.getByRole('group', { name: 'Show, filter and sort the actions' });
  await controls.getByLabel('Team').selectOption({ label: 'Sales' });
  await expect(page.getByRole('listitem', { name: /^Action \d/ })).toHaveCount(1);
  await controls.getByLabel('Team').selectOption('');
  await controls.getByLabel('Stage').selectOption({ label: 'Enquire and book' });
  await expect(page.getByRole('listitem', { name: /^Action \d/ })).toHaveCount(2);
  await controls.getByLabel('Stage').selectOption('');
  await page.getByLabel('Group by').selectOption({ label: 'Owner' });
  await expect(page.getByRole('region', { name: 'Dana' }).getByRole('textbox', { name: 'Action 1' })).toHaveValue('Call back within the hour');

  // The matrix: drag the quick win to high effort; it becomes a big bet.
  await page.getByText('Impact and effort', { exact: true }).click();
  const matrix = page.getByTestId('action-matrix');
  await expect(page.getByText('Not on the matrix until impact and effort are scored: Send a welcome card')).toBeVisible();
  const geo = await matrix.evaluate((el) => (el as unknown as { matrixGeometry: { PAD: { left: number; top: number; right: number; bottom: number }; width: number; height: number } }).matrixGeometry);
  const box = (await matrix.boundingBox())!;
  const w = geo.width - geo.PAD.left - geo.PAD.right;
  const h = geo.height - geo.PAD.top - geo.PAD.bottom;
  const at = (effort: number, impact: number) => ({ x: box.x + geo.PAD.left + ((effort - 0.5) / 5) * w, y: box.y + geo.PAD.top + ((5.5 - impact) / 5) * h });
  const from = at(2, 5);
  const to = at(4, 4);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await saved(page);
  expect(bridge.query(`SELECT impact, effort FROM action WHERE owner = 'Dana'`)).toEqual([{ impact: 4, effort: 4 }]);
  await expect(page.getByRole('link', { name: /Actions/ })).toContainText('2 actions');
});

test('the action list downloads as CSV that Excel reads, and as Markdown', async ({ page }) => {
  await createWorkshop(page, 'Export', 'Café Nord');
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'New action' }).click();
  await page.getByRole('textbox', { name: 'Action 1' }).fill('Say “sorry”, then fix it');
  await page.getByRole('textbox', { name: 'Owner 1' }).fill('Zoë');
  await saved(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the action list as CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('Cafe-Nord-Export-actions.csv');
  const bytes = fs.readFileSync((await csv.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('"Say “sorry”, then fix it",Zoë,');
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the action list as Markdown' }).click()]);
  expect(fs.readFileSync((await md.path())!, 'utf8')).toContain('| Say “sorry”, then fix it | Zoë |');
});
