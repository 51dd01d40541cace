import { expect, saved, test } from './fixtures';

test('a small business assesses itself in its own steps and words: left and resumed, a plan it edits, built once even when built again', async ({ page, bridge }) => {
  await page.getByRole('button', { name: 'Assess my business' }).click();
  await page.getByLabel('What is your business, and what do you sell?').fill('Lumen Studio, a one-person photography studio');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radiogroup', { name: 'Which of these is closest to your business?' }).getByText('Local services').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Who is your most important customer?').fill('Couples booking a wedding shoot');
  await page.getByRole('button', { name: 'Next' }).click();
  await saved(page);

  // Leave, and pick up where we were.
  await page.getByRole('button', { name: 'Leave and continue later' }).click();
  await page.getByRole('button', { name: 'Continue the interview for Self-assessment' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Who is your most important customer?')).toHaveValue('Couples booking a wedding shoot');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What are they trying to get done when they come to you?').fill('Photos they love, without stress');
  await page.getByRole('button', { name: 'Next' }).click();

  // Their own steps: suggested from businesses like theirs, then renamed, removed and added to.
  await expect(page.getByLabel('Step 1')).toHaveValue('Find');
  await page.getByLabel('Step 1').fill('Inquiry');
  await page.getByLabel('Step 2').fill('Booking and deposit');
  await page.getByLabel('Step 3').fill('The shoot');
  await page.getByLabel('Step 4').fill('Proofing gallery');
  await page.getByRole('button', { name: 'Remove Come back' }).click();
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step 5').fill('Delivery');
  await page.getByRole('button', { name: 'Move Delivery earlier' }).click();
  await expect(page.getByLabel('Step 4')).toHaveValue('Delivery');
  await page.getByRole('button', { name: 'Move Delivery later' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // One page per step, in their words. A 1,000-character complaint arrives whole.
  const long = 'The deposit page asks for the same details again and again, '.repeat(17).slice(0, 1000);
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await page.getByLabel('What goes wrong here, in their words?').fill('Took three days to get prices back');
  await page.getByRole('radiogroup', { name: 'How does this step feel for them?' }).getByText('2 · Not well').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What goes wrong here, in their words?').fill(long);
  await page.getByRole('radiogroup', { name: 'How does this step feel for them?' }).getByText('1 · Badly').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('What do customers praise here?').fill('Made us feel relaxed');
  await page.getByRole('radiogroup', { name: 'How does this step feel for them?' }).getByText('5 · Great').click();
  await page.getByLabel('This step makes or breaks it for customers').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByLabel('What goes wrong here, in their words?').fill('Prints arrived scratched');
  await page.getByRole('radiogroup', { name: 'How does this step feel for them?' }).getByText('2 · Not well').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel(/Where could you surprise customers/).fill('A handwritten card with the prints');
  await page.getByRole('button', { name: 'Next' }).click();

  // The plan: concrete suggestions, each editable before it lands.
  await expect(page.getByText('Three things to do first')).toBeVisible();
  await expect(page.getByLabel('Action 1')).toHaveValue(/^Booking and deposit: /);
  await page.getByLabel('Action 1').fill('Take the deposit on the booking form');
  await expect(page.getByText(/Satisfaction at The shoot \(CSAT\), aiming for 80%/)).toBeVisible();
  await page.getByRole('button', { name: 'Build my plan' }).click();

  await expect(page.getByText('Your plan is ready.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Journey map', level: 1 })).toBeVisible();
  await saved(page);
  expect(bridge.query(`SELECT name FROM stage ORDER BY position`)).toEqual(['Inquiry', 'Booking and deposit', 'The shoot', 'Proofing gallery', 'Delivery'].map((name) => ({ name })));
  expect(bridge.query(`SELECT count(*) AS n FROM note WHERE text = ?`, long)).toEqual([{ n: 1 }]);
  expect(bridge.query(`SELECT actual FROM gap WHERE actual = ?`, long)).toEqual([{ actual: long }]);
  const titles = (bridge.query(`SELECT title FROM action ORDER BY position`) as { title: string }[]).map((r) => r.title);
  expect(titles[0]).toBe('Take the deposit on the booking form');
  expect(titles).toContain('A handwritten card with the prints');
  const counts = () => bridge.query(`SELECT (SELECT count(*) FROM persona) AS p, (SELECT count(*) FROM journey) AS j, (SELECT count(*) FROM gap) AS g, (SELECT count(*) FROM action) AS a, (SELECT count(*) FROM metric) AS m`);
  const once = counts();

  // The browser's Back returns to the interview: it says the plan is built, and building again replaces it.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your plan is built' })).toBeVisible();
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByLabel('What is your business, and what do you sell?')).toHaveValue('Lumen Studio, a one-person photography studio');
  for (let i = 0; i < 11; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Build again from these answers' }).click();
  await expect(page.getByText('Built again from your answers')).toBeVisible();
  await saved(page);
  expect(counts()).toEqual(once);

  // Solo throughout: no voting in Gaps, a guide for one person.
  await page.getByRole('link', { name: /Gaps/ }).click();
  await expect(page.getByRole('radio', { name: 'Dot voting' })).toHaveCount(0);
  await expect(page.getByText(/On your own · about/)).toBeVisible();
});
