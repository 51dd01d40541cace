import { DAMAGED_PNG_DATA_URL, pngOf } from '../helpers/images';
import { createWorkshop, expect, saved, test } from './fixtures';

test('a persona is created, described, pictured and found again after a reload', async ({ page, bridge }) => {
  await createWorkshop(page, 'Personas');
  await page.getByRole('link', { name: /Personas/ }).click();
  await expect(page.getByRole('heading', { name: 'No personas yet.' })).toBeVisible();
  await page.getByRole('button', { name: 'Add persona' }).first().click();

  await page.getByLabel('Name', { exact: true }).fill('Priya, practice manager');
  await page.getByLabel('Role or segment').fill('Small clinics, 3–10 staff');
  await page.getByLabel('Short bio').fill('Runs the front desk and the rota; buys software for the practice.');
  await page.getByLabel('Goals').fill('Fewer no-shows');
  await page.getByLabel('Needs').fill('Booking that works out of hours');
  await page.getByLabel('Pain points').fill('Phone rings all morning');
  await page.getByLabel('Behaviours').fill('Checks email on her phone between patients');
  await page.getByText('Email', { exact: true }).click();
  await page.getByText('Phone', { exact: true }).click();
  await page.getByLabel('In their own words').fill('I need it to just work on a Monday morning.');
  await page.getByText('High', { exact: true }).click();
  await page.getByLabel('Why it matters').fill('Most clinics buy on her say-so');

  // A file that only claims to be an image is refused, with the reason.
  const file = page.getByLabel('Choose an image…');
  await file.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
  await expect(page.getByRole('alert').filter({ hasText: 'not a PNG, JPEG or WebP image' })).toBeVisible();
  // The PNG that once crashed the report: the browser cannot decode it, so it never gets in.
  await file.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from(DAMAGED_PNG_DATA_URL.split(',')[1]!, 'base64') });
  await expect(page.getByRole('alert').filter({ hasText: 'That file could not be read.' })).toBeVisible();
  expect(bridge.query('SELECT avatar_kind FROM persona')).toEqual([{ avatar_kind: 'initials' }]);
  // A big photo is drawn again at a persona's size and stored as a picture we made.
  await file.setInputFiles({ name: 'priya.png', mimeType: 'image/png', buffer: pngOf(1600, 1200) });
  // Redrawing the picture takes a moment before the edit is made.
  await expect.poll(() => bridge.query<{ avatar_kind: string }>('SELECT avatar_kind FROM persona')[0]!.avatar_kind).toBe('image');
  await saved(page);
  const [stored] = bridge.query<{ avatar_kind: string; avatar_image: string; channels: string; importance: string }>(
    'SELECT avatar_kind, avatar_image, channels, importance FROM persona',
  );
  expect(stored).toMatchObject({ avatar_kind: 'image', channels: '["Email","Phone"]', importance: 'high' });
  const picture = Buffer.from(stored!.avatar_image.split(',')[1]!, 'base64');
  expect(stored!.avatar_image).toMatch(/^data:image\/png;base64,/);
  expect([picture.readUInt32BE(16), picture.readUInt32BE(20)]).toEqual([512, 384]);

  await page.getByRole('button', { name: 'One-page view' }).click();
  const sheet = page.getByRole('article', { name: 'Priya, practice manager' });
  await expect(sheet).toContainText('I need it to just work on a Monday morning.');
  await expect(sheet).toContainText('High importance — Most clinics buy on her say-so');
  await expect(sheet).toContainText('Fewer no-shows');

  await page.reload();
  await page.getByRole('button', { name: 'Back to editing' }).or(page.getByRole('button', { name: 'One-page view' })).first().waitFor();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Priya, practice manager');
  await expect(page.getByLabel('Pain points')).toHaveValue('Phone rings all morning');
  await expect(page.getByRole('checkbox', { name: 'Email' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'High' })).toBeChecked();
});

test('personas are reordered, and deleted behind a confirmation that can be undone', async ({ page, bridge }) => {
  await createWorkshop(page, 'Order');
  await page.getByRole('link', { name: /Personas/ }).click();
  for (const name of ['Ana', 'Ben']) {
    await page.getByRole('button', { name: 'Add persona' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'All personas' }).click();
  }
  await page.getByRole('button', { name: 'Move Ben earlier' }).click();
  await saved(page);
  expect(bridge.query('SELECT name FROM persona ORDER BY position')).toEqual([{ name: 'Ben' }, { name: 'Ana' }]);

  await page.getByRole('button', { name: 'Delete Ana' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this persona?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Edit Ana' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Edit Ana' })).toBeVisible();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM persona')).toEqual([{ n: 2 }]);
});
