import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { pngOf } from '../helpers/images';
import { applyOpsThroughBridge, brokenWords, createWorkshop, expect, saved, seedWorkshop, test, unnamedControls } from './fixtures';

/** A small workshop: a journey from the patient template (seeded), a survey and three gaps (as a
 * facilitator would add them). */
async function smallWorkshop(page: Page) {
  await seedWorkshop(page, {
    title: 'Clinic review',
    client: 'Northwind Clinics',
    template: 'patient',
    step: 'listen',
    fields: { facilitator: 'Sam Rivera', workshopDate: '2026-11-20' },
  });
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const csv = 'score,touchpoint\n2,Booking phone line\n4,Booking phone line\n5,Booking phone line\n1,Booking phone line\n';
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 'csat.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import 4 responses' }).click();
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Booking phone line' }).click();
  const booking = page.getByRole('article', { name: 'Booking phone line' });
  await booking.getByLabel('Target (1–5)').selectOption('5');
  await page.getByRole('button', { name: 'Add a gap at Invoice' }).click();
  const invoice = page.getByRole('article', { name: 'Invoice' });
  await invoice.getByLabel('Target (1–5)').selectOption('4');
  await invoice.getByLabel('Current (1–5)').selectOption('2');
  await page.getByRole('button', { name: 'Add a gap at Reception desk' }).click();
  await expect(page.getByRole('article', { name: 'Reception desk' })).toBeVisible();
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a measurement plan: a metric per touchpoint, the survey result offered as its baseline, and the action that should move it', async ({ page, bridge }) => {
  await smallWorkshop(page);
  await page.getByRole('link', { name: /Measure/ }).click();
  await expect(page.getByRole('link', { name: /Measure/ })).toContainText('None yet');
  await page.getByRole('button', { name: 'New metric' }).click();
  const metric = page.getByRole('listitem', { name: /^Metric 1/ });
  await metric.getByLabel('Measured at').selectOption({ label: 'Scheduling → Booking phone line' });
  await expect(metric.getByText(/^Survey says CSAT 50% \(4 answers, [A-Z][a-z]{2} \d{4}\)$/)).toBeVisible();
  await metric.getByRole('button', { name: 'Use CSAT 50% as the baseline' }).click();
  await expect(metric.getByRole('textbox', { name: 'Baseline', exact: true })).toHaveValue('50');
  await expect(metric.getByRole('textbox', { name: 'Unit 1' })).toHaveValue('%');
  await metric.getByLabel('Target').fill('80,5');
  await metric.getByLabel('Review on').fill('2027-03-31');

  await page.getByRole('button', { name: 'New metric' }).click();
  const second = page.getByRole('listitem', { name: /^Metric 2/ });
  await second.getByLabel('Metric', { exact: true }).selectOption({ label: 'Custom metric' });
  await second.getByRole('textbox', { name: 'Name of the metric 2' }).fill('Calls per booking');
  await second.getByRole('textbox', { name: 'Baseline', exact: true }).fill('three');
  await expect(second.getByText('Not saved: this needs a number, such as 42 or 3.5.')).toBeVisible();
  // Leaving the field keeps what was typed and says it is not saved; nothing is dropped silently.
  await second.getByRole('textbox', { name: 'Target', exact: true }).focus();
  await expect(second.getByRole('textbox', { name: 'Baseline', exact: true })).toHaveValue('three');
  await expect(second.getByText('Not saved: this needs a number, such as 42 or 3.5.')).toBeVisible();
  await second.getByRole('textbox', { name: 'Baseline', exact: true }).fill('3');
  await expect(page.getByRole('listitem', { name: 'Metric 2: Calls per booking' })).toBeVisible();

  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Booking phone line' }).click();
  const action = page.getByRole('listitem', { name: /^Action 1/ });
  await action.getByLabel('Metric it should move').selectOption({ label: 'CSAT (satisfaction) · Scheduling → Booking phone line' });
  await action.getByRole('textbox', { name: 'Details 1' }).fill('Offer a call-back instead of a queue');
  await saved(page);
  expect(bridge.query(`SELECT kind, custom_name, method, baseline, target, unit, review_date FROM metric ORDER BY position`)).toEqual([
    { kind: 'csat', custom_name: '', method: 'survey', baseline: 50, target: 80.5, unit: '%', review_date: '2027-03-31' },
    { kind: 'custom', custom_name: 'Calls per booking', method: 'survey', baseline: 3, target: null, unit: '', review_date: null },
  ]);
  expect(bridge.query(`SELECT a.description, m.kind FROM action a JOIN metric m ON m.id = a.metric_id`)).toEqual([
    { description: 'Offer a call-back instead of a queue', kind: 'csat' },
  ]);
  await page.getByRole('link', { name: /Measure/ }).click();
  await expect(page.getByRole('listitem', { name: /^Metric 1/ })).toContainText('1 action aims to move it');
  await expect(page.getByRole('link', { name: /Measure/ })).toContainText('2 metrics · 1 without a target');
  expect(await unnamedControls(page)).toEqual([]);
});

test('the report lists what is missing, previews its pages, and exports as a PDF', async ({ page }) => {
  await smallWorkshop(page);
  // The rail says what is missing in a started step.
  await expect(page.getByRole('link', { name: /Gaps/ })).toContainText('1 gap has no intended or actual score.');
  await page.getByRole('link', { name: /Report/ }).click();
  const missing = page.getByRole('region', { name: 'Missing for a complete report' });
  await expect(missing).toContainText('No personas yet.');
  await expect(missing).toContainText('1 gap has no intended or actual score.');
  await expect(missing).toContainText('No actions yet.');
  await missing.getByRole('listitem').filter({ hasText: 'No actions yet.' }).getByRole('button', { name: 'Go to Actions' }).click();
  await expect(page.getByRole('heading', { name: 'Who does what, by when' })).toBeVisible();
  await page.getByRole('button', { name: 'Create an action for Invoice' }).click();
  await page.getByRole('textbox', { name: 'Owner 1' }).fill('Dana Okafor');
  await page.getByLabel('Due').fill('2027-01-15');
  await saved(page);

  await page.getByRole('link', { name: /Report/ }).click();
  await expect(missing).not.toContainText('No actions yet.');
  const preview = page.getByRole('list', { name: 'Preview' });
  await expect(preview.getByRole('listitem', { name: 'Page 1: Cover' })).toContainText('Clinic review');
  await expect(preview.getByRole('listitem', { name: /^Page \d+: Journey map: / }).first()).toBeVisible();
  await expect(preview.getByRole('listitem', { name: /: Action list$/ })).toContainText('Dana Okafor');
  await expect(preview.getByRole('listitem', { name: /: Gaps$/ })).toContainText('Invoice');

  const exports = page.getByRole('region', { name: 'Export' });
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), path: (await download.path())! };
  };

  const report = await save('Workshop report (PDF)');
  expect(report.name).toBe('Northwind-Clinics-Clinic-review-report.pdf');
  expect(fs.readFileSync(report.path).subarray(0, 5).toString()).toBe('%PDF-');
  const reportText = pdfText(report.path);
  for (const text of ['Clinic review', 'Northwind Clinics', 'Sam Rivera', 'At a glance', 'What we heard', 'Booking phone line', 'Phone tag: how many calls does it take to get a slot?', 'Dana Okafor', 'How gaps are ranked']) {
    expect(reportText).toContain(text);
  }
  // A section with nothing in it is left out, heading and all (there is no measurement plan yet).
  expect(reportText).not.toContain('Measurement plan');
});

test('the action list exports as PDF, Excel, CSV and Markdown, and the workshop file comes back in through the library', async ({ page, bridge }) => {
  test.slow(); // over 20 s on a slow 2-core machine
  await smallWorkshop(page);
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Invoice' }).click();
  await page.getByRole('textbox', { name: 'Owner 1' }).fill('Dana Okafor');
  await page.getByLabel('Due').fill('2027-01-15');
  await saved(page);
  await page.getByRole('link', { name: /Report/ }).click();
  const exports = page.getByRole('region', { name: 'Export' });
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), exports.getByRole('button', { name }).click()]);
    return { name: download.suggestedFilename(), path: (await download.path())! };
  };

  const actionsPdf = await save('Action list (PDF)');
  expect(pdfText(actionsPdf.path)).toContain('Dana Okafor');

  const xlsx = await save('Action list (Excel)');
  expect(xlsx.name).toBe('Northwind-Clinics-Clinic-review-actions.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx.path);
  const sheet = book.getWorksheet('Actions')!;
  expect(sheet.getRow(2).getCell(3).value).toBe('Dana Okafor');
  expect(sheet.getRow(2).getCell(5).value).toBeInstanceOf(Date);

  const csv = await save('Action list (CSV)');
  expect(fs.readFileSync(csv.path, 'utf8')).toContain('Dana Okafor');
  const md = await save('Action list (Markdown)');
  expect(fs.readFileSync(md.path, 'utf8')).toContain('| Dana Okafor |');

  const file = await save('Workshop file (.touchpoint)');
  expect(file.name).toBe('Northwind-Clinics-Clinic-review.touchpoint');
  expect(fs.readFileSync(file.path).subarray(0, 15).toString()).toBe('SQLite format 3');

  // A colleague's copy comes back in through the library, as a new copy beside the original.
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByLabel('Import workshop…').setInputFiles(file.path);
  await expect(page.getByRole('button', { name: /^Clinic review \(imported copy\)/ })).toBeVisible();
  expect(bridge.query(`SELECT count(*) AS n FROM workshop`)).toEqual([{ n: 2 }]);
  expect(bridge.query(`SELECT count(DISTINCT workshop_id) AS n FROM action WHERE owner = 'Dana Okafor'`)).toEqual([{ n: 2 }]);

  await page.getByLabel('Import workshop…').setInputFiles({ name: 'notes.touchpoint', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workshop') });
  await expect(page.getByRole('alert').filter({ hasText: 'That is not a Touchpoint workshop file.' })).toBeVisible();
  expect(bridge.query(`SELECT count(*) AS n FROM workshop`)).toEqual([{ n: 2 }]);
});

test('the preview numbers its pages as the PDF does, when the action list runs over several pages', async ({ page, bridge }) => {
  await createWorkshop(page, 'Big action plan', 'Globex');
  const { id } = bridge.query<{ id: string }>('SELECT id FROM workshop')[0]!;
  const ops = Array.from({ length: 90 }, (_, i) => ({
    kind: 'create',
    entity: 'action',
    id: `11111111-1111-4111-8111-${String(i + 1).padStart(12, '0')}`,
    values: { title: `Follow-up action ${i + 1}`, owner: 'Dana Okafor', dueDate: '2027-03-01', position: i },
  }));
  const answer = await applyOpsThroughBridge(page, id, ops);
  expect(answer).toMatchObject({ ok: true });
  await page.reload();
  await page.getByRole('link', { name: /Report/ }).click();
  const preview = page.getByRole('list', { name: 'Preview' });
  const actions = preview.getByRole('listitem', { name: /^Pages \d+–\d+: Action list$/ });
  await expect(actions).toBeVisible();
  const [, first, last] = /^Pages (\d+)–(\d+):/.exec((await actions.getAttribute('aria-label'))!)!.map(Number);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop report (PDF)' }).click()]);
  const pages = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  // The list starts and ends on the pages the preview says, and runs to the end of the file
  // (with room for notes on its last page).
  expect(pages).toHaveLength(last!);
  expect(pages[first! - 1]).toContain('Action list');
  expect(pages[last! - 1]).toContain('Follow-up action 90');
  expect(pages[last! - 2]).not.toContain('Follow-up action 90');
});

test('branding from Settings appears on the cover of exported PDFs; a logo that is not an image is refused', async ({ page }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Consultant or company name').fill('Rivera Experience Partners');
  await dialog.getByLabel('Contact (email, phone or website)').fill('sam@rivera.example');
  await dialog.getByLabel('Choose a logo…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(dialog.getByText('The logo must be a PNG or JPEG image.')).toBeVisible();
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await dialog.getByLabel('Choose a logo…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(dialog.getByRole('img', { name: 'Your logo' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await createWorkshop(page, 'Branded', 'Harbour Hotels');
  await page.getByRole('link', { name: /Report/ }).click();
  // The preview's cover is the file's: the logo, the name and the contact.
  const cover = page.getByRole('listitem', { name: 'Page 1: Cover' });
  await expect(cover).toContainText('Rivera Experience Partners · sam@rivera.example');
  await expect(cover.getByRole('img', { name: 'Your logo' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop report (PDF)' }).click()]);
  const text = pdfText((await download.path())!);
  expect(text).toContain('PREPARED BY Rivera Experience Partners sam@rivera.example');
});

test('Settings open from inside a workshop: Cancel puts the theme back, saved branding reaches the preview at once, and the client’s logo sits beside it on the cover', async ({ page, bridge }) => {
  await createWorkshop(page, 'Two logos', 'Harbour Hotels');
  // The client's logo, from Setup: a file that is not a picture is refused beside the field.
  const chooser = page.getByLabel('Choose a logo for Harbour Hotels…');
  await chooser.setInputFiles({ name: 'client.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(page.getByRole('alert').filter({ hasText: 'The logo must be a PNG or JPEG image.' })).toBeVisible();
  expect(bridge.query(`SELECT client_logo FROM workshop`)).toEqual([{ client_logo: '' }]);
  await chooser.setInputFiles({ name: 'client.png', mimeType: 'image/png', buffer: pngOf(40, 20) });
  await expect(page.getByRole('img', { name: 'Logo of Harbour Hotels' })).toBeVisible();
  await saved(page);
  // On disk, so a reload finds it.
  expect(bridge.query<{ client_logo: string }>(`SELECT client_logo FROM workshop`)[0]!.client_logo).toMatch(/^data:image\/png;base64,/);
  await page.reload();
  await expect(page.getByRole('img', { name: 'Logo of Harbour Hotels' })).toBeVisible();

  await page.getByRole('link', { name: /Report/ }).click();
  const cover = page.getByRole('listitem', { name: 'Page 1: Cover' });
  await expect(cover.getByRole('img', { name: 'Logo of Harbour Hotels' })).toBeVisible();
  await expect(cover.getByRole('img', { name: 'Your logo' })).toHaveCount(0);

  // A theme tried and cancelled is not kept.
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);

  // Branding saved here shows on the preview's cover without leaving the step.
  await page.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByLabel('Consultant or company name').fill('Rivera Experience Partners');
  await dialog.getByLabel('Choose a logo…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: pngOf(30, 30) });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(cover.getByRole('img', { name: 'Your logo' })).toBeVisible();
  await expect(cover.getByRole('img', { name: 'Logo of Harbour Hotels' })).toBeVisible();
  await expect(cover).toContainText('Rivera Experience Partners');

  // The PDF's cover carries both pictures.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Workshop report (PDF)' }).click()]);
  const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', (await download.path())!], { encoding: 'utf8' }).trim().split('\n').slice(2);
  // Columns: page, number, type, width, height…; the client's 40 × 20 and the consultant's 30 × 30.
  expect(images.map((line) => line.trim().split(/\s+/)).filter((c) => c[2] === 'image').map((c) => `${c[3]}x${c[4]}`)).toEqual(['40x20', '30x30']);
});

test('the theme is chosen in Settings: high contrast applies at once, survives a reload, and reaches other windows', async ({ page, context }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByLabel('Follow the system')).toBeChecked();
  const other = await context.newPage();
  await other.goto(page.url());
  await dialog.getByText('High contrast', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'contrast');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await page.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dialog.getByText('Follow the system', { exact: true }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
});

test('tables break no word inside, on a small laptop screen and in the report preview', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await smallWorkshop(page);
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Invoice' }).click();
  await page.getByRole('textbox', { name: 'Owner 1' }).fill('Dana Okafor');
  await saved(page);
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByText('Ranking', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Gaps ranked by priority' })).toBeVisible();
  expect(await brokenWords(page)).toEqual([]);
  await page.getByRole('link', { name: /Report/ }).click();
  await expect(page.getByRole('list', { name: 'Preview' })).toBeVisible();
  expect(await brokenWords(page)).toEqual([]);
});
