import { createWorkshop, expect, saved, test } from './fixtures';

test('an injected inline script is blocked by the Content-Security-Policy', async ({ page, consoleErrors }) => {
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.body.appendChild(s);
      }),
  );
  expect(await violation).toBe('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // The refusal is logged by Chromium; that one console error is the point of this test.
  await expect.poll(() => consoleErrors.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/Content Security Policy/.test(e)));
});

test('a script in a name typed by the user is shown as text and never runs', async ({ page }) => {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  const name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await dialog.getByLabel('Workshop title').fill(name);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('hostile strings typed into the app are stored and shown exactly, and no long word breaks the layout', async ({ page, bridge }) => {
  const strings = ['مرحبا بالعالم — שלום', '👩🏽‍🚀🇳🇴 e\u0301 \u202eevil', "'; DROP TABLE persona; --", 'W'.repeat(180)];
  await createWorkshop(page, strings[3]!, strings[0]);
  await page.getByRole('link', { name: /Personas/ }).click();
  for (const s of strings) {
    await page.getByRole('button', { name: 'Add persona' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill(s);
    await saved(page);
    const overflow = await page.evaluate(() => Math.max(...[document.documentElement, document.querySelector('main')!].map((el) => el.scrollWidth - el.clientWidth)));
    expect(overflow, 'the persona editor scrolls sideways').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'All personas' }).click();
  }
  expect((bridge.query(`SELECT name FROM persona ORDER BY position`) as { name: string }[]).map((r) => r.name)).toEqual(strings);
  expect(bridge.query(`SELECT title, client FROM workshop`)).toEqual([{ title: strings[3], client: strings[0] }]);
  for (const step of ['Personas', 'Setup', 'Report']) {
    await page.getByRole('link', { name: new RegExp(step) }).click();
    await expect(page.getByRole('main', { name: step })).toBeVisible();
    const overflow = await page.evaluate(() => Math.max(...[document.documentElement, document.querySelector('main')!].map((el) => el.scrollWidth - el.clientWidth)));
    expect(overflow, `${step} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await expect(page.getByRole('listitem', { name: /: Personas$/ })).toContainText(strings[1]!);
});
