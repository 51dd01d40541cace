import type { Page } from '@playwright/test';
import { expect, saved, test } from './fixtures';

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches: keyboard only. */
async function tabTo(page: Page, name: RegExp | string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const pattern = typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name;
  for (let i = 0; i < (opts.max ?? 250); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.innerText ?? el.innerText ?? '';
      return labelled.replace(/\s+/g, ' ').trim();
    });
    if (pattern.test(focused)) return;
  }
  throw new Error(`could not reach ${String(name)} with the keyboard`);
}

test('a whole small workshop, run with the keyboard alone', async ({ page, bridge }) => {
  test.slow();
  // Library: a new workshop.
  await tabTo(page, 'New workshop');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New workshop' })).toBeVisible();
  await page.keyboard.type('Keyboard clinic');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();

  // Setup: the vision.
  await tabTo(page, 'The experience we want to create');
  await page.keyboard.type('Patients always know what happens next.');

  // Journey map from a template.
  await tabTo(page, /^4 Journey map/, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'New journey');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await expect(dialog).toBeVisible();
  // Tab reaches the chosen template; the arrow keys move the choice within the group.
  await tabTo(page, /^A blank map/);
  for (let i = 0; i < 12 && !(await dialog.getByRole('radio', { name: /Patient: referral to follow-up/ }).isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /Patient: referral to follow-up/ })).toBeChecked();
  await tabTo(page, 'Create journey');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.getByTestId('journey-canvas').waitFor();

  // Gaps: a gap at the booking line, scored.
  await tabTo(page, /^6 Gaps/, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'Add a gap at Booking phone line');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Target (1–5)');
  await page.keyboard.press('End');
  await tabTo(page, 'Current (1–5)');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await saved(page);
  expect(bridge.query(`SELECT intended_score, actual_score FROM gap`)).toEqual([{ intended_score: 5, actual_score: 2 }]);

  // Actions: one from the gap, with an owner.
  await tabTo(page, /^7 Actions/, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'Create an action for Booking phone line');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Owner 1');
  await page.keyboard.type('Dana');
  await saved(page);
  expect(bridge.query(`SELECT title, owner FROM action`)).toEqual([{ title: 'Booking phone line', owner: 'Dana' }]);

  // Report: export the PDF.
  await tabTo(page, /^9 Report/, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'Workshop report (PDF)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('Keyboard-clinic-report.pdf');
  expect(bridge.query(`SELECT vision FROM workshop`)).toEqual([{ vision: 'Patients always know what happens next.' }]);
});
