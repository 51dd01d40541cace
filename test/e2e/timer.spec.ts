import { createWorkshop, expect, saved, test } from './fixtures';

test('a step’s exercise timer counts down, survives a reload, pauses, and says clearly when time is up', async ({ page, bridge }) => {
  // The page's clock moves only when the test says so.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-11-23T09:00:01Z'));
  await createWorkshop(page, 'Timed');
  await page.getByRole('link', { name: /Journey map/ }).click();
  const timer = page.getByRole('group', { name: 'Exercise timer' });
  await timer.getByLabel('Timer length').selectOption('10');
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await page.clock.runFor(65_000);
  await expect(timer.getByRole('timer')).toHaveText('08:55');
  await saved(page);
  expect(bridge.query(`SELECT step, timer_seconds FROM step_state`)).toEqual([{ step: 'journey', timer_seconds: 600 }]);

  // A reload (or a restart) reads the stored end time: the countdown carries on where it was.
  await page.reload();
  // The workshop screen's script loads on demand, and React shows it on a timer tick of its own
  // (under 300 ms): let the paused clock move that much once the script is in. The countdown
  // shows whole seconds rounded up, so it still reads 08:55.
  await page.waitForLoadState('networkidle');
  await page.clock.runFor(400);
  await expect(timer.getByRole('timer')).toHaveText('08:55');
  await page.clock.runFor(5_000);
  await expect(timer.getByRole('timer')).toHaveText('08:50');
  await timer.getByRole('button', { name: 'Pause the timer' }).click();
  await page.clock.runFor(60_000);
  await expect(timer.getByRole('timer')).toHaveText('08:50');

  // Each step has its own timer.
  await page.getByRole('link', { name: /Personas/ }).click();
  await expect(timer.getByRole('timer')).toHaveCount(0);
  await page.getByRole('link', { name: /Journey map/ }).click();
  await expect(timer.getByRole('timer')).toHaveText('08:50');

  await timer.getByRole('button', { name: 'Start the timer' }).click();
  await page.clock.runFor(9 * 60_000);
  await expect(timer.getByRole('timer')).toHaveText('Time’s up');
  await expect(timer).toHaveClass(/is-done/);
  await timer.getByRole('button', { name: 'Reset the timer' }).click();
  await expect(timer.getByRole('timer')).toHaveText('10:00');
  // Timer changes are not content edits: undo has nothing to take back.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});
