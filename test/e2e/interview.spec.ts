import { expect, saved, test } from './fixtures';

test('a small business assesses itself: one question at a time, left and resumed, and the answers become an editable workshop', async ({ page, bridge }) => {
  await page.getByRole('button', { name: 'Assess my business' }).click();
  await expect(page.getByText('Question 1 of 11')).toBeVisible();
  await page.getByLabel('What is your business, and what do you sell?').fill('A plumbing firm in Leeds');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radiogroup', { name: 'Which of these is closest to your business?' }).getByText('Local services').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Who is your most important customer?').fill('Homeowners with an emergency');
  await page.getByRole('button', { name: 'Next' }).click();
  await saved(page);

  // Leave, and pick up where we were.
  await page.getByRole('button', { name: 'Leave and continue later' }).click();
  await page.getByRole('button', { name: 'Continue the interview for Self-assessment' }).click();
  await expect(page.getByText('Question 4 of 11')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Who is your most important customer?')).toHaveValue('Homeowners with an emergency');
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel('What are they trying to get done when they come to you?').fill('Get the leak fixed today');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click(); // pain points
  await expect(page.getByText('Question 6 of 11')).toBeVisible();
  await page.getByRole('radiogroup', { name: /How well does “Search and map listing”/ }).getByText('4 · Well').click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radiogroup', { name: /How well does “Phone call or message”/ }).getByText('1 · Badly').click();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByLabel(/Where could you surprise customers/).fill('Send a photo of the finished job');
  await page.getByRole('button', { name: 'Build my workshop' }).click();

  await expect(page.getByText('Your workshop is ready.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Journey map', level: 1 })).toBeVisible();
  await saved(page);
  expect(bridge.query(`SELECT name, goals FROM persona`)).toEqual([{ name: 'Homeowners with an emergency', goals: 'Get the leak fixed today' }]);
  expect(bridge.query(`SELECT g.title, g.actual_score FROM gap g`)).toEqual([{ title: 'Phone call or message falls short', actual_score: 1 }]);
  expect(bridge.query(`SELECT title, wow FROM action ORDER BY position`)).toEqual([
    { title: 'Fix the biggest frustration at Phone call or message', wow: 0 },
    { title: 'Send a photo of the finished job', wow: 1 },
  ]);

  // Everything is editable in the normal steps.
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('textbox', { name: 'Action 1' }).fill('Answer the phone until 8 pm');
  await saved(page);
  expect(bridge.query(`SELECT title FROM action ORDER BY position LIMIT 1`)).toEqual([{ title: 'Answer the phone until 8 pm' }]);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('button', { name: /Continue the interview/ })).toHaveCount(0);
});
