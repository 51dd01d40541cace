/**
 * Two rounds of a workshop with an outerwear retailer, April and October surveys, as a consultant
 * runs them. Every figure is checked against a hand calculation for its own period:
 *
 * - Customer service chat, April: 2, 4, 1, 5 → CSAT 50 % (2 of 4 satisfied), mean 3.0;
 *   October: 4, 5, 4, 4, 3 → CSAT 80 % (4 of 5), mean 4.0. Pooled it would be 67 %, mean 3.6.
 * - Checkout, April: 4, 4, 4, 5 → 100 %; October: 1, 2, 3, 2 → 0 %.
 * - The chat gap (target 5, actual from CSAT): 2.0 in April, 1.0 in October.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, newJourney, saved, test } from './fixtures';
import { geometry } from './map-helpers';

const CHAT = 'Customer service chat';

async function importSurvey(page: Page, name: string, rows: [string, string, number][]): Promise<void> {
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const csv = ['date,touchpoint,score', ...rows.map((r) => r.join(','))].join('\n');
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: `Import ${rows.length} responses` }).click();
}

async function gapAt(page: Page, touchpoint: string, intended: string, current?: string): Promise<void> {
  await page.getByRole('button', { name: `Add a gap at ${touchpoint}` }).click();
  const card = page.getByRole('article', { name: touchpoint });
  await card.getByLabel('Target (1–5)').selectOption(intended);
  if (!current) return;
  // Scored by hand where the survey would otherwise stand in.
  const measured = card.getByRole('checkbox', { name: /^Use (measured|the survey)/ });
  if (await measured.count()) await measured.uncheck();
  await card.getByLabel('Current (1–5)').selectOption(current);
}

async function markDone(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('listitem', { name: title }).getByLabel('Status').selectOption({ label: 'Done' });
}

test('two rounds with April and October surveys: figures per period, work done counted, removed gaps apart, and the comparison in the report', async ({ page, bridge }) => {
  test.slow();
  await createWorkshop(page, 'Two seasons', 'Northpeak Outerwear');
  await newJourney(page, 'Retail shopper');

  // Round 1, April.
  await importSurvey(page, 'april.csv', [
    ['2026-04-03', CHAT, 2],
    ['2026-04-10', CHAT, 4],
    ['2026-04-12', CHAT, 1],
    ['2026-04-29', CHAT, 5],
    ['2026-04-05', 'Checkout', 4],
    ['2026-04-06', 'Checkout', 4],
    ['2026-04-07', 'Checkout', 4],
    ['2026-04-08', 'Checkout', 5],
  ]);
  await expect(page.getByText('april.csv · CSAT · 8 responses · answers from Apr 2026')).toBeVisible();

  await page.getByRole('link', { name: /Gaps/ }).click();
  await gapAt(page, CHAT, '5');
  const chat = page.getByRole('article', { name: CHAT });
  await expect(chat).toContainText('Measured: CSAT 50% from 4 responses, Apr 2026');
  await expect(chat.getByRole('checkbox', { name: 'Use the survey: mean answer 3 of 5 (CSAT 50%)' })).toBeChecked();
  await expect(chat.getByText('Gap 2', { exact: true })).toBeVisible();
  await gapAt(page, 'Checkout', '4', '2');
  await gapAt(page, 'Returns portal', '5', '3');

  await page.getByRole('link', { name: /Measure/ }).click();
  await page.getByRole('button', { name: 'New metric' }).click();
  const metric = page.getByRole('listitem', { name: /^Metric 1/ });
  await metric.getByLabel('Measured at').selectOption({ label: `Use → ${CHAT}` });
  await expect(metric.getByText('Survey says CSAT 50% (4 answers, Apr 2026)')).toBeVisible();
  await metric.getByRole('button', { name: 'Use CSAT 50% as the baseline' }).click();
  await expect(metric.getByRole('textbox', { name: 'Baseline period' })).toHaveValue('Apr 2026');
  await metric.getByLabel('Target', { exact: true }).fill('75');

  await page.getByRole('link', { name: /Actions/ }).click();
  for (const tp of [CHAT, 'Checkout', 'Returns portal']) await page.getByRole('button', { name: `Create an action for ${tp}` }).click();
  await page.getByRole('textbox', { name: 'Action 1' }).fill('Answer chats within a minute');
  await page.getByRole('textbox', { name: 'Action 2' }).fill('One-page checkout');
  await page.getByRole('textbox', { name: 'Action 3' }).fill('Free returns label in the box');
  await markDone(page, /^Action 1/);
  await saved(page);

  // The next round, asked for first; the dots carried over.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Start the next round of Two seasons' }).click();
  const start = page.getByRole('dialog', { name: 'Start round 2?' });
  await expect(start.getByRole('radio', { name: /Carry them over/ })).toBeChecked();
  await start.getByRole('button', { name: 'Start round 2' }).click();
  await expect(page.getByText('Round 2 started')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Round 2')).toBeVisible();

  // Round 2, October: the figures are October's alone.
  await importSurvey(page, 'october.csv', [
    ['2026-10-02', CHAT, 4],
    ['2026-10-09', CHAT, 5],
    ['2026-10-15', CHAT, 4],
    ['2026-10-21', CHAT, 4],
    ['2026-10-30', CHAT, 3],
    ['2026-10-03', 'Checkout', 1],
    ['2026-10-04', 'Checkout', 2],
    ['2026-10-05', 'Checkout', 3],
    ['2026-10-06', 'Checkout', 2],
  ]);
  await expect(page.getByText('october.csv · CSAT · 9 responses · answers from Oct 2026')).toBeVisible();
  await expect(page.getByLabel('Figures use')).toHaveValue('');
  await expect(page.getByLabel('Figures use').locator('option:checked')).toHaveText('The latest period (Oct 2026)');

  await page.getByRole('link', { name: /Journey map/ }).click();
  const map = await geometry(page);
  const tpId = (name: string) => bridge.query(`SELECT t.id FROM touchpoint t JOIN workshop w ON w.id = t.workshop_id WHERE w.round = 2 AND t.name = '${name}'`)[0]!.id as string;
  expect(map.details[tpId(CHAT)]).toBe('CSAT 80% (n=5, Oct 2026)');
  expect(map.details[tpId('Checkout')]).toBe('CSAT 0% (n=4, Oct 2026)');

  await page.getByRole('link', { name: /Gaps/ }).click();
  await expect(chat).toContainText('Measured: CSAT 80% from 5 responses, Oct 2026');
  await expect(chat.getByText('Gap 1', { exact: true })).toBeVisible();
  // Deleting a gap asks first.
  await page.getByRole('article', { name: 'Checkout' }).getByRole('button', { name: 'Delete the gap at Checkout' }).click();
  await page.getByRole('dialog', { name: 'Delete this gap?' }).getByRole('button', { name: 'Delete gap' }).click();
  await expect(page.getByRole('article', { name: 'Checkout' }).getByText('No gap recorded here.')).toBeVisible();
  await page.getByRole('article', { name: 'Returns portal' }).getByLabel('Current (1–5)').selectOption('5');

  await markDone(page, /^Action 3/);

  await page.getByRole('link', { name: /Measure/ }).click();
  const now = page.getByRole('listitem', { name: /^Metric 1/ });
  await expect(now.getByLabel('CSAT (satisfaction): value now, from the survey')).toHaveText('80% (Oct 2026)');
  await expect(now.getByText('Target met')).toBeVisible();
  await saved(page);

  // The comparison, on screen.
  await page.getByRole('link', { name: /Report/ }).click();
  const compare = page.getByRole('region', { name: 'Round 2 compared with round 1' });
  await expect(compare).toContainText('Survey figures of round 1 come from Apr 2026; those of round 2 from Oct 2026.');
  await expect(compare.getByRole('list', { name: 'Gaps since the last round' })).toContainText('2/3');
  await expect(compare.getByRole('row', { name: new RegExp(`^${CHAT}`) })).toContainText('21Smaller');
  await expect(compare.getByRole('row', { name: /^Returns portal/ })).toContainText('20Closed');
  await expect(compare.getByRole('row', { name: /^Checkout/ })).toContainText('2–Removed');
  await expect(compare).toContainText('1 gap closed');
  await expect(compare).toContainText('1 gap removed');
  await expect(compare).toContainText('Answer chats within a minute (done in round 1)');
  await expect(compare).toContainText('Free returns label in the box (done during round 2)');
  await expect(compare.getByRole('row', { name: /CSAT \(satisfaction\)/ })).toContainText('50% (Apr 2026)80% (Oct 2026)75%Target met');

  // In the report PDF, whose file name says round 2, and in the short progress PDF.
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop report (PDF)' }).click()]);
  expect(report.suggestedFilename()).toBe('Northpeak-Outerwear-Two-seasons-round-2-report.pdf');
  const text = execFileSync('pdftotext', [(await report.path())!, '-'], { encoding: 'utf8' });
  for (const words of ['ROUND', 'Round 2', 'Progress since the last round', '2 of 3 actions done', 'Removed', 'Closed', 'Smaller', '80% (Oct 2026)', 'Target met']) expect(text).toContain(words);
  const [progress] = await Promise.all([page.waitForEvent('download'), compare.getByRole('button', { name: 'Export the progress PDF' }).click()]);
  expect(progress.suggestedFilename()).toBe('Northpeak-Outerwear-Two-seasons-round-2-progress.pdf');
  expect(fs.statSync((await progress.path())!).size).toBeGreaterThan(1000);
  expect(execFileSync('pdftotext', [(await progress.path())!, '-'], { encoding: 'utf8' })).toContain('Round 2 compared with round 1');

  // The library groups the rounds, and a second next round from round 1 opens the one there is.
  await page.getByRole('button', { name: 'All workshops' }).click();
  const rows = page.getByRole('row').filter({ hasText: 'Two seasons' });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Round 1');
  await expect(rows.nth(1)).toContainText('Round 2');
  await rows.nth(0).getByRole('button', { name: 'Start the next round of Two seasons' }).click();
  const exists = page.getByRole('dialog', { name: 'Round 2 already exists' });
  await exists.getByRole('button', { name: 'Open round 2' }).click();
  await expect(page.getByRole('banner').getByText('Round 2')).toBeVisible();
  expect(bridge.query(`SELECT round FROM workshop ORDER BY round`)).toEqual([{ round: 1 }, { round: 2 }]);

  // Deleting round 1 says round 2 compares against it.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await rows.nth(0).getByRole('button', { name: 'Delete Two seasons' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete this workshop?' })).toContainText('Round 2 is compared against this round 1.');
});
