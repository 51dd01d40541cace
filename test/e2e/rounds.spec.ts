import { createWorkshop, expect, newJourney, saved, test } from './fixtures';

test('start the next round, change a score, and compare the two rounds', async ({ page, bridge }) => {
  await createWorkshop(page, 'Quarterly review', 'Café Nord');
  await newJourney(page, 'Local service business');
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Quote' }).click();
  const quote = page.getByRole('article', { name: 'Quote' });
  await quote.getByLabel('Target (1–5)').selectOption('5');
  await quote.getByLabel('Current (1–5)').selectOption('2');
  await saved(page);

  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Start the next round of Quarterly review' }).click();
  await expect(page.getByText('Round 2 started')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Round 2')).toBeVisible();
  expect(bridge.query(`SELECT round, previous_round_id != '' AS linked FROM workshop ORDER BY round`)).toEqual([
    { round: 1, linked: 0 },
    { round: 2, linked: 1 },
  ]);

  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('article', { name: 'Quote' }).getByLabel('Current (1–5)').selectOption('4');
  await saved(page);
  await page.getByRole('link', { name: /Report/ }).click();
  const compare = page.getByRole('region', { name: 'Round 2 compared with round 1' });
  await expect(compare.getByRole('row', { name: /Quote/ })).toContainText('3');
  await expect(compare.getByRole('row', { name: /Quote/ })).toContainText('Smaller');
  await expect(compare).toContainText('1 smaller');

  // Round 1 is untouched.
  expect(bridge.query(`SELECT w.round, g.actual_score FROM gap g JOIN workshop w ON w.id = g.workshop_id ORDER BY w.round`)).toEqual([
    { round: 1, actual_score: 2 },
    { round: 2, actual_score: 4 },
  ]);
});
