import { createWorkshop, expect, newJourney, saved, test } from './fixtures';

const CSV = [
  'Submitted;How satisfied (1-5);Why?;Touchpoint',
  '2026-03-01;5;"Friendly; quick";Booking phone line',
  '2026-03-01;4;Fine;booking phone line',
  '14/03/2026;2;"Waited 40 minutes,\nthen cut off";Booking phone line',
  '2026-03-02;1;Lost my referral;Referral letter',
  '2026-03-02;9;Typo;Referral letter',
  '2026-03-02;3;Where is this?;Car park',
  '2026-03-03;;No score;Invoice',
].join('\r\n');

test('a survey is imported with its bad rows listed by line, and results appear per touchpoint', async ({ page, bridge }) => {
  await createWorkshop(page, 'Listening', 'Northwind Clinics');
  await newJourney(page, 'Patient: referral to follow-up');
  await expect(page.getByTestId('journey-canvas')).toBeVisible();

  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'patients.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + CSV) });
  await expect(dialog.getByLabel('What the score measures')).toHaveValue('csat');
  await expect(dialog.getByText('4 responses ready to import')).toBeVisible();
  const rejects = dialog.getByRole('alert');
  await expect(rejects).toContainText('3 lines will not be imported');
  await expect(rejects).toContainText('Line 7 score 9 is outside the CSAT scale');
  await expect(rejects).toContainText('Line 8 “Car park” matches no touchpoint or stage');
  await expect(rejects).toContainText('Line 9 has no score');
  await dialog.getByRole('button', { name: 'Import 4, skip 3 listed' }).click();
  await saved(page);

  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 4 }]);
  expect(bridge.query(`SELECT comment FROM survey_response WHERE line = 4`)).toEqual([{ comment: 'Waited 40 minutes,\nthen cut off' }]);
  const results = page.getByRole('table', { name: 'Results from patients.csv' });
  await expect(results.getByRole('row', { name: /Booking phone line/ })).toContainText('CSAT 67%');
  await expect(results.getByRole('row', { name: /Booking phone line/ })).toContainText('3');
  await expect(results.getByRole('row', { name: /Referral letter/ })).toContainText('CSAT 0%');

  // Evidence, tied to a touchpoint.
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const card = page.getByRole('listitem', { name: 'Evidence 1' });
  await card.getByLabel('Kind').selectOption({ label: 'Interview note' });
  await card.getByLabel('What was said or found').fill('Patients over 70 prefer to book by phone and give up after two tries.');
  await card.getByLabel('Source').fill('Interviews, March');
  // Linked from a searchable list; only the linked touchpoints show as chips.
  await expect(card.locator('.chip')).toHaveCount(0);
  await card.getByLabel('Link evidence 1 to a touchpoint').fill('booking');
  await card.getByLabel('Link evidence 1 to a touchpoint').press('Enter');
  await expect(card.getByRole('list', { name: 'Touchpoints evidence 1 is about' }).getByRole('listitem')).toHaveText(['Scheduling → Booking phone line']);
  await expect(card.getByLabel('Link evidence 1 to a touchpoint')).toHaveValue('');
  await saved(page);
  expect(bridge.query(`SELECT e.kind, t.name FROM evidence e JOIN evidence_link l ON l.evidence_id = e.id JOIN touchpoint t ON t.id = l.touchpoint_id`)).toEqual([
    { kind: 'interview', name: 'Booking phone line' },
  ]);
  await expect(page.getByRole('link', { name: /Listen/ })).toContainText('1 evidence · 1 survey');

  // Deleting the import takes its responses, and undo brings them back.
  await page.getByRole('button', { name: 'Delete the import patients.csv' }).click();
  await page.getByRole('dialog', { name: 'Delete this survey import?' }).getByRole('button', { name: 'Delete' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 0 }]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 4 }]);
});

test('a file in the wrong encoding is refused with advice, and nothing is imported', async ({ page, bridge }) => {
  await createWorkshop(page, 'Encoding');
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  const latin1 = Buffer.concat([Buffer.from('score,comment\n4,'), Buffer.from([0x43, 0x61, 0x66, 0xe9])]);
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: latin1 });
  await expect(dialog.getByRole('alert')).toContainText('not UTF-8');
  await expect(dialog.getByRole('button', { name: /Import/ })).toBeDisabled();
  expect(bridge.query('SELECT count(*) AS n FROM survey_import')).toEqual([{ n: 0 }]);
});

test('a 20,000-row survey imports through the screen and deletes with undo', async ({ page, bridge }) => {
  test.slow(); // over 20 s on a slow 2-core machine
  await createWorkshop(page, 'Big survey');
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const rows = ['score,comment'];
  for (let i = 0; i < 20_000; i++) rows.push(`${i % 11},"Comment ${i}, with a comma"`);
  const dialog = page.getByRole('dialog', { name: 'Import survey results' });
  await dialog.getByLabel('Survey file (CSV)').setInputFiles({ name: 'nps.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await dialog.getByLabel('What the score measures').selectOption('nps');
  await dialog.getByRole('button', { name: 'Import 20,000 responses' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 20_000 }]);
  await expect(page.getByText('nps.csv · NPS · 20,000 responses')).toBeVisible();
  await page.getByRole('button', { name: 'Delete the import nps.csv' }).click();
  await page.getByRole('dialog', { name: 'Delete this survey import?' }).getByRole('button', { name: 'Delete' }).click();
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 0 }]);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(bridge.query('SELECT count(*) AS n FROM survey_response')).toEqual([{ n: 20_000 }]);
});
