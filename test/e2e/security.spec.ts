import { expect, test } from './fixtures';

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
