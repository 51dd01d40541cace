import type { Page } from '@playwright/test';
import { expect, saved, seedWorkshop, test } from './fixtures';

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

test('the map by keyboard alone: a stage added, renamed, moved and deleted, an emotion scored, and an action made and moved, with focus followed at every step', async ({ page, bridge }) => {
  test.slow(); // dozens of key presses, each waiting for the screen
  await seedWorkshop(page, { title: 'Shop review', template: 'retail-shopper', step: 'journey', fields: { industry: 'retail' } });
  const canvas = page.getByTestId('journey-canvas');
  const position = page.getByTestId('map-position');
  const stages = () => bridge.query<{ name: string }>(`SELECT name FROM stage ORDER BY position`).map((s) => s.name);
  await expect(canvas).toBeVisible();

  // Add stage: the new stage's name box takes the focus at once, so typing names it.
  await tabTo(page, 'Add stage');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Rename stage New stage' })).toBeFocused();
  await page.keyboard.type('Returns');
  await page.keyboard.press('Enter');
  await expect(canvas).toBeFocused();
  await expect.poll(stages).toEqual(['Discover', 'Browse', 'Buy', 'Receive', 'Use', 'Return or rebuy', 'Returns']);

  // The row of stage headers is reached with the arrows.
  await page.keyboard.press('ArrowUp');
  await expect(position).toHaveText(/^Stage 1 of 7, Discover\./);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(position).toHaveText(/^Stage 7 of 7, Returns\./);

  // Alt+Left moves it; F2 renames it; Delete asks, then removes it.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(stages).toEqual(['Discover', 'Browse', 'Buy', 'Receive', 'Use', 'Returns', 'Return or rebuy']);
  await expect(position).toHaveText(/^Stage 6 of 7, Returns\./);
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Rename stage Returns' })).toBeFocused();
  await page.keyboard.type('Refunds');
  await page.keyboard.press('Enter');
  await expect(canvas).toBeFocused();
  await expect.poll(stages).toContain('Refunds');
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete this stage?' });
  await expect(confirm).toContainText('Refunds');
  await tabTo(page, 'Delete');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect.poll(stages).toEqual(['Discover', 'Browse', 'Buy', 'Receive', 'Use', 'Return or rebuy']);
  await expect(canvas).toBeFocused();

  // Down to the emotion row of the first stage; Alt+Up makes its first touchpoint feel better.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 12 && !/^Emotions in/.test((await position.textContent()) ?? ''); i++) await page.keyboard.press('ArrowDown');
  await expect(position).toHaveText(/^Emotions in Discover: Social media post, /);
  const score = () => bridge.query<{ score: number }>(`SELECT e.score FROM emotion e JOIN touchpoint t ON t.id = e.touchpoint_id WHERE t.name = 'Social media post'`)[0]?.score ?? null;
  const before = score() ?? 0;
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(score).toBe(Math.min(2, before + 1));
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(score).toBe(Math.max(-2, before - 1));
  const now = Math.max(-2, before - 1);
  const shown = `${now < 0 ? '−' : now > 0 ? '+' : ''}${Number.isInteger(now) ? Math.abs(now) : Math.abs(now).toFixed(1)}`;
  await expect(position).toContainText(`Social media post, ${shown}.`);

  // Actions: "New action" puts the focus in the new card's title; the order changes by keyboard.
  await tabTo(page, /^7 Actions/, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Who does what, by when' })).toBeVisible();
  for (const title of ['Free returns label in the box', 'Call back within a day']) {
    await tabTo(page, 'New action');
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: /^Action \d+$/ }).last();
    await expect(field).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(title);
    await saved(page);
  }
  const order = () => bridge.query<{ title: string }>(`SELECT title FROM action ORDER BY position`).map((a) => a.title);
  await expect.poll(order).toEqual(['Free returns label in the box', 'Call back within a day']);
  await tabTo(page, 'Move “Call back within a day” up the list');
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['Call back within a day', 'Free returns label in the box']);
  // At the top, "up" no longer applies: the focus stays on the card's other move button.
  await expect(page.getByRole('button', { name: 'Move “Call back within a day” down the list' })).toBeFocused();

  // The keys can be discovered: "?" opens the sheet (not while typing), Esc closes it.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'On a stage header' })).toContainText('Move the stage left or right');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await tabTo(page, /^Action 1$/, { back: true });
  await page.keyboard.press('End'); // Tab selected the title's text
  await page.keyboard.type('?');
  await expect(sheet).toBeHidden();
  await expect.poll(order).toEqual(['Call back within a day?', 'Free returns label in the box']);
});
