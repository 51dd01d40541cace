import { createWorkshop, expect, saved, test } from './fixtures';

test('a screen that cannot be drawn says so and offers a way on, instead of a blank window', async ({ page, consoleErrors }) => {
  await createWorkshop(page, 'Resilient', 'Initech');
  await page.getByLabel('Facilitator', { exact: true }).fill('Sam Rivera');
  await saved(page);

  // The workshop screen's script cannot be loaded (as after an update while the window was open).
  await page.route('**/assets/WorkshopScreen-*.js', (route) => route.abort());
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('every change shown as saved is on disk');

  await alert.getByRole('button', { name: 'All workshops' }).click();
  await expect(page.getByRole('heading', { name: 'Workshops', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resilient/ })).toBeVisible();

  // Once the script can be had again, Reload brings the workshop back, as it was saved.
  await page.getByRole('button', { name: /^Resilient/ }).click();
  await expect(alert).toBeVisible();
  await page.unroute('**/assets/WorkshopScreen-*.js');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('Sam Rivera');

  // The failed loads and the boundary's report are the point of this test.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Failed to load resource|failed to draw|dynamically imported module|WorkshopScreen/i.test(e)));
});
