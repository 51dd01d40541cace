import { createWorkshop, expect, newJourney, saved, test } from './fixtures';
import { geometry } from './map-helpers';

test('score gaps from a survey and by hand, vote in turn, reveal, and see the ranking and the heat map', async ({ page, bridge }) => {
  await createWorkshop(page, 'Gaps', 'Northwind Clinics');
  for (const name of ['Dana', 'Lee']) {
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByRole('textbox', { name: /^Participant \d name$/ }).last().fill(name);
  }
  await newJourney(page, 'Patient: referral to follow-up');
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const csv = 'score,touchpoint\n2,Booking phone line\n3,Booking phone line\n1,Booking phone line\n5,Reception desk\n';
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 'csat.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import 4 responses' }).click();

  await page.getByRole('link', { name: /Gaps/ }).click();
  // Booking phone line: the actual experience comes from the measured CSAT (mean 2).
  await page.getByRole('button', { name: 'Add a gap at Booking phone line' }).click();
  const booking = page.getByRole('article', { name: 'Booking phone line' });
  await expect(booking.getByRole('checkbox', { name: 'Use the survey: mean answer 2 of 5 (CSAT 0%)' })).toBeChecked();
  await booking.getByLabel('Intended experience').fill('Booked in one call');
  await booking.getByLabel('Target (1–5)').selectOption('5');
  await booking.getByLabel('Severity (1–5)').selectOption('4');
  await booking.getByLabel('How often (1–5)').selectOption('5');
  await booking.getByLabel('Concerns').selectOption({ label: 'Effort: work for the customer' });
  await booking.getByLabel('Breaks the promise to').selectOption({ label: 'Make it easy' });
  await expect(booking.getByText('Gap 3')).toBeVisible();
  // Invoice: scored by hand.
  await page.getByRole('button', { name: 'Add a gap at Invoice' }).click();
  const invoice = page.getByRole('article', { name: 'Invoice' });
  await invoice.getByLabel('Target (1–5)').selectOption('4');
  await invoice.getByLabel('Current (1–5)').selectOption('2');
  await expect(invoice.getByText('Gap 2')).toBeVisible();
  await saved(page);
  expect(bridge.query(`SELECT g.actual_source, g.component, g.driver FROM gap g JOIN touchpoint t ON t.id = g.touchpoint_id WHERE t.name = 'Booking phone line'`)).toEqual([
    { actual_source: 'csat', component: 'effort', driver: 'easy' },
  ]);

  // Ranking before any vote: 90 (3 × 4 × 5 × 1.5 at a moment of truth) above 18 (2 × 3 × 3).
  await page.getByText('Ranking', { exact: true }).click();
  const rows = page.getByRole('table', { name: 'Gaps ranked by priority' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Booking phone line');
  await expect(rows.nth(1)).toContainText('90');
  await expect(rows.nth(2)).toContainText('18');

  // Pass the laptop: each gives their dots to Invoice, hidden until revealed.
  await page.getByText('Dot voting', { exact: true }).click();
  await page.getByRole('button', { name: 'Start voting' }).click();
  for (const name of ['Dana', 'Lee']) {
    await expect(page.getByRole('heading', { name: `${name}’s turn` })).toBeVisible();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Give a dot to Invoice' }).click();
    await expect(page.getByText('0 dots left')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Give a dot to Invoice' })).toBeDisabled();
    await page.getByRole('button', { name: 'Done: hide my dots and pass on' }).click();
  }
  await expect(page.getByText('Everyone has voted.')).toBeVisible();
  await expect(page.getByText('6 dots cast, hidden until revealed.')).toBeVisible();
  await page.getByText('Ranking', { exact: true }).click();
  await expect(rows.nth(2)).toContainText('Hidden');
  await expect(rows.nth(1)).toContainText('Booking phone line');

  await page.getByText('Dot voting', { exact: true }).click();
  await page.getByRole('button', { name: 'Reveal votes' }).click();
  await page.getByText('Ranking', { exact: true }).click();
  // 18 + 6 dots × 10 = 78: still below 90.
  await expect(rows.nth(2)).toContainText('78');
  await saved(page);
  expect(bridge.query('SELECT sum(count) AS n FROM vote')).toEqual([{ n: 6 }]);
  expect(bridge.query('SELECT votes_revealed AS r FROM workshop')).toEqual([{ r: 1 }]);

  // The heat map on the journey map.
  await page.getByRole('button', { name: 'Heat map' }).click();
  await expect(page.getByRole('group', { name: 'Gap size' })).toBeVisible();
  const g = (await geometry(page)) as unknown as { heat: Record<string, number> };
  const id = (name: string) => (bridge.query('SELECT id FROM touchpoint WHERE name = ?', name)[0] as { id: string }).id;
  expect(g.heat).toEqual({ [id('Booking phone line')]: 3, [id('Invoice')]: 2 });

  // Votes can be cleared (and the clearing undone).
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByText('Dot voting', { exact: true }).click();
  await page.getByRole('button', { name: 'Clear all votes' }).click();
  await page.getByRole('dialog', { name: 'Clear all votes?' }).getByRole('button', { name: 'Clear all votes' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM vote')).toEqual([{ n: 0 }]);
});

test('tallies typed by the facilitator count at once', async ({ page, bridge }) => {
  await createWorkshop(page, 'Tallies');
  await newJourney(page, 'Local service business');
  await page.getByRole('link', { name: /Gaps/ }).click();
  for (const tp of ['Quote', 'Online review']) {
    await page.getByRole('button', { name: `Add a gap at ${tp}` }).click();
    const card = page.getByRole('article', { name: tp });
    await card.getByLabel('Target (1–5)').selectOption('4');
    await card.getByLabel('Current (1–5)').selectOption('3');
  }
  await page.getByText('Dot voting', { exact: true }).click();
  await page.getByText('Type the tallies', { exact: true }).click();
  await page.getByRole('spinbutton', { name: 'Dots for Online review' }).fill('5');
  await page.getByText('Ranking', { exact: true }).click();
  const rows = page.getByRole('table', { name: 'Gaps ranked by priority' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Online review');
  await expect(rows.nth(1)).toContainText('59');
  await saved(page);
  expect(bridge.query('SELECT count, participant_id FROM vote')).toEqual([{ count: 5, participant_id: null }]);
});
