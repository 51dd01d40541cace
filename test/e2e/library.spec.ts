import { createWorkshop, expect, saved, test } from './fixtures';

test('the library lists workshops with client and date, newest edit first, and searches them', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'No workshops yet.' })).toBeVisible();
  await createWorkshop(page, 'Onboarding review', 'Northwind');
  await page.getByLabel('Workshop date').fill('2026-12-03');
  await saved(page);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await createWorkshop(page, 'Renewals deep-dive', 'Globex');
  await page.getByRole('button', { name: 'All workshops' }).click();

  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Renewals deep-dive');
  await expect(rows.nth(2)).toContainText('Onboarding review');
  await expect(rows.nth(2)).toContainText('Northwind');
  await expect(rows.nth(2)).toContainText(/Dec 3, 2026|3 Dec 2026/);
  await expect(rows.nth(1)).toContainText('just now');

  await page.getByRole('searchbox', { name: 'Search workshops' }).fill('north');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Onboarding review');
  await page.getByRole('searchbox', { name: 'Search workshops' }).fill('nothing like it');
  await expect(page.getByText('No workshop matches “nothing like it”.')).toBeVisible();
});

test('rename, duplicate, archive and delete a workshop', async ({ page, bridge }) => {
  await createWorkshop(page, 'Original', 'Acme');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Participant 1 name').fill('Ana');
  await saved(page);
  await page.getByRole('button', { name: 'All workshops' }).click();

  await page.getByRole('button', { name: 'Rename Original' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename workshop' });
  await rename.getByLabel('Workshop title').fill('');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByText('Give the workshop a title.')).toBeVisible();
  await rename.getByLabel('Workshop title').fill('Kick-off');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('button', { name: /^Kick-off/ })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate Kick-off' }).click();
  await expect(page.getByRole('button', { name: /^Kick-off \(copy\)/ })).toBeVisible();
  expect(bridge.query('SELECT count(*) AS n FROM participant')).toEqual([{ n: 2 }]);

  await page.getByRole('button', { name: 'Archive Kick-off (copy)' }).click();
  await expect(page.getByRole('button', { name: /^Kick-off \(copy\)/ })).toHaveCount(0);
  await page.getByLabel('Show archived').check();
  await expect(page.getByRole('row').filter({ hasText: 'Archived' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Restore Kick-off (copy) from the archive' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Archived' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete Kick-off (copy)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this workshop?' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /^Kick-off \(copy\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Kick-off (copy)' }).click();
  await page.getByRole('dialog', { name: 'Delete this workshop?' }).getByRole('button', { name: 'Delete workshop' }).click();
  await expect(page.getByRole('button', { name: /^Kick-off \(copy\)/ })).toHaveCount(0);
  expect(bridge.query('SELECT title FROM workshop')).toEqual([{ title: 'Kick-off' }]);
  expect(bridge.query('SELECT count(*) AS n FROM participant')).toEqual([{ n: 1 }]);
});

test('the whole flow works from the keyboard alone', async ({ page, bridge }) => {
  await page.keyboard.press('Tab');
  const newButton = page.getByRole('button', { name: 'New workshop' }).first();
  for (let i = 0; i < 10 && !(await newButton.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(newButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New workshop' }).getByLabel('Workshop title')).toBeFocused();
  await page.keyboard.type('Keyboard only');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();

  await page.getByLabel('Client or organisation').focus();
  await page.keyboard.type('Typed Ltd');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Workshop title')).toBeFocused();
  await saved(page);
  expect(bridge.query('SELECT title, client FROM workshop')).toEqual([{ title: 'Keyboard only', client: 'Typed Ltd' }]);

  // Escape closes a dialog without doing anything.
  await page.getByRole('button', { name: 'All workshops' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete Keyboard only' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete this workshop?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(bridge.query('SELECT count(*) AS n FROM workshop')).toEqual([{ n: 1 }]);
});

test('the web bridge refuses a visitor without this run’s token', async ({ page, bridge }) => {
  const other = await page.context().browser()!.newContext();
  const stranger = await other.newPage();
  const res = await stranger.goto(bridge.origin + '/');
  expect(res?.status()).toBe(403);
  const api = await other.request.post(bridge.origin + '/api/listWorkshops', { data: {} });
  expect(api.status()).toBe(403);
  await other.close();
});
