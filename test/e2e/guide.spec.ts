import { createWorkshop, expect, saved, test } from './fixtures';

test('each step has a guide: purpose, minutes that set the timer, prompts, an example, private notes; it folds away and the rail offers the next step', async ({ page, bridge, context }) => {
  await createWorkshop(page, 'Guided');
  const guide = page.getByRole('complementary', { name: 'Guide' });
  await expect(guide).toContainText('Agree what the day is about');
  await expect(guide).toContainText('The six questions a CX strategy answers');
  await expect(guide.getByText('Still to do here')).toBeVisible();
  await expect(guide).toContainText('The workshop has no vision of the intended experience yet.');

  await guide.getByRole('button', { name: 'Set the timer to 20 min' }).click();
  await expect(page.getByRole('group', { name: 'Exercise timer' }).getByRole('timer')).toHaveText('20:00');

  await guide.getByLabel('Your private notes').fill('Ask Dana about the renewal numbers before lunch.');
  await saved(page);
  expect(bridge.query(`SELECT step, notes FROM step_state`)).toEqual([{ step: 'setup', notes: 'Ask Dana about the renewal numbers before lunch.' }]);

  // The notes stay on the facilitator's screen.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Setup');
  await expect(presenter.getByText('Ask Dana')).toHaveCount(0);
  await presenter.close();

  await page.getByRole('button', { name: 'Next: Listen' }).click();
  await expect(page.getByRole('heading', { name: 'Listen to the customer' })).toBeVisible();
  await expect(guide).toContainText('Bring the customer into the room');
  await expect(guide.getByLabel('Your private notes')).toHaveValue('');

  await guide.getByRole('button', { name: 'Hide the guide' }).click();
  await expect(guide.getByRole('button', { name: 'Show the guide' })).toBeVisible();
  await page.reload();
  await expect(guide.getByRole('button', { name: 'Show the guide' })).toBeVisible();
  await guide.getByRole('button', { name: 'Show the guide' }).click();
  await page.getByRole('link', { name: /Setup/ }).click();
  await expect(guide.getByLabel('Your private notes')).toHaveValue('Ask Dana about the renewal numbers before lunch.');
});
