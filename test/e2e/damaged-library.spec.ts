import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, startBridge, test } from './fixtures';

test('a damaged library is moved aside, the user is told where, and a fresh library opens', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-damaged-'));
  fs.writeFileSync(path.join(dataDir, 'touchpoint.db'), 'not a database at all, just some notes\n'.repeat(100));
  const { child, url } = await startBridge(dataDir);
  try {
    await page.goto(url);
    const banner = page.getByRole('alert').filter({ hasText: 'Your library was repaired' });
    await expect(banner).toBeVisible();
    const moved = fs.readdirSync(dataDir).find((f) => f.startsWith('touchpoint.damaged-'))!;
    expect(moved).toBeTruthy();
    await expect(banner).toContainText(path.join(dataDir, moved));
    expect(fs.readFileSync(path.join(dataDir, moved), 'utf8')).toContain('not a database at all');
    await expect(page.getByRole('heading', { name: 'No workshops yet.' })).toBeVisible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
  } finally {
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
