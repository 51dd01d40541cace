// `npm run screenshots`: drives the built app through the web bridge with a throwaway library and
// saves the README's pictures to docs/screenshots/ (light and dark). Needs `npm run build` first.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = 'docs/screenshots';
fs.mkdirSync(out, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-shots-'));
const server = spawn(process.execPath, ['dist/web/server.js', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => {
  let buf = '';
  server.stdout.on('data', (c) => {
    buf += c;
    const m = /running at (\S+)/.exec(buf);
    if (m) resolve(m[1]);
  });
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function seed(page) {
  const workshops = [
    ['Renewal experience review', 'Globex Software', '2026-11-12', 'b2b'],
    ['Guest arrival and check-in', 'Harbour Hotels', '2026-11-28', 'hospitality'],
    ['Patient journey review', 'Northwind Clinics', '2026-12-03', 'healthcare'],
  ];
  for (const [title, client, date, industry] of workshops) {
    await page.getByRole('button', { name: 'New workshop' }).first().click();
    await page.getByLabel('Workshop title').fill(title);
    await page.getByLabel('Client or organisation').fill(client);
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByLabel('Workshop date').fill(date);
    await page.getByLabel('Industry').selectOption(industry);
    await page.getByLabel('Facilitator', { exact: true }).fill('Sam Rivera');
    if (title.startsWith('Patient')) {
      for (const [name, role] of [
        ['Dana Okafor', 'Head of Patient Services'],
        ['Lee Chen', 'Front desk lead'],
        ['Priya Nair', 'Radiology coordinator'],
      ]) {
        await page.getByRole('button', { name: 'Add participant' }).click();
        await page.getByRole('textbox', { name: /^Participant \d name$/ }).last().fill(name);
        await page.getByRole('textbox', { name: /^Participant \d role$/ }).last().fill(role);
      }
      await page.getByLabel('Which journey').fill('From GP referral to the first follow-up visit');
      await page.getByLabel('Which product or service').fill('Outpatient imaging');
      await page.getByLabel('Which customer segments').fill('Referred patients over 60, and their carers');
      await page.getByRole('button', { name: 'Start from an example' }).click();
      await page.getByRole('link', { name: /Personas/ }).click();
      for (const [name, role, quote, illustration] of [
        ['Margaret, 67', 'Referred patient, retired teacher', 'I just want someone to tell me what happens next.', 'Illustration 4'],
        ['Tom, 41', 'Carer for his father', 'I am the one who ends up chasing every appointment.', 'Illustration 8'],
      ]) {
        await page.getByRole('button', { name: 'Add persona' }).first().click();
        await page.getByLabel('Name', { exact: true }).fill(name);
        await page.getByLabel('Role or segment').fill(role);
        await page.getByLabel('In their own words').fill(quote);
        await page.getByLabel('Goals').fill('Understand the plan\nNot repeat the story');
        await page.getByLabel('Pain points').fill('Phone tag to book');
        await page.getByText('High', { exact: true }).click();
        await page.getByText('Illustration', { exact: true }).click();
        await page.getByRole('radio', { name: illustration }).click();
        await page.getByRole('button', { name: 'All personas' }).click();
      }
      await page.getByRole('link', { name: /Journey map/ }).click();
      await page.getByRole('button', { name: 'New journey' }).first().click();
      await page.getByRole('dialog', { name: 'New journey' }).getByText('Patient: referral to follow-up').click();
      await page.getByRole('button', { name: 'Create journey' }).click();
      await page.getByText('Table', { exact: true }).click();
      const scores = { 'Referral letter': '0', 'Clinic website': '+0.5', 'Booking phone line': '−2', 'Appointment confirmation': '−0.5',
        'Parking and finding the clinic': '−1', 'Reception desk': '0', 'Consultation with the specialist': '+1.5', 'Imaging referral': '−0.5',
        'Scan appointment elsewhere': '−1.5', 'Follow-up visit': '+1', 'Care plan letter': '+0.5', 'Invoice': '−1', 'Billing questions line': '−1.5' };
      for (const [tp, score] of Object.entries(scores)) {
        const select = page.getByRole('combobox', { name: `How the customer feels at ${tp}` });
        const option = await select.locator('option').filter({ hasText: new RegExp(`^${score.replace('+', '\\+')}( |$)`) }).first().getAttribute('value');
        await select.selectOption(option);
      }
      await page.getByText('Map', { exact: true }).click();
      await page.getByRole('link', { name: /Listen/ }).click();
      await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
      const rows = ['score,touchpoint,comment'];
      const pattern = { 'Booking phone line': [1, 2, 2, 3, 1, 2], 'Reception desk': [4, 5, 4, 3, 5], 'Consultation with the specialist': [5, 4, 5, 5], 'Invoice': [2, 3, 2] };
      for (const [tp, scores] of Object.entries(pattern)) for (const sc of scores) rows.push(`${sc},${tp},`);
      await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 'patient-survey-march.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
      await page.getByRole('button', { name: /^Import \d+ responses/ }).click();
      await page.getByRole('button', { name: 'Add evidence' }).click();
      await page.getByLabel('Kind').selectOption({ label: 'Interview note' });
      await page.getByLabel('What was said or found').fill('Patients over 70 prefer to book by phone and give up after two tries.');
      await page.getByLabel('Source').fill('Patient interviews, March');
      await page.getByRole('listitem', { name: 'Evidence 1' }).getByText('Booking phone line').click();
      await page.getByRole('link', { name: /Blueprint/ }).click();
      await page.getByText('Table', { exact: true }).click();
      for (const [layer, stage, text, role, timing] of [
        ['Customer actions', 'Scheduling', 'Calls the booking line, waits on hold', '', ''],
        ['Front stage (seen)', 'Scheduling', 'Receptionist books the slot and confirms by email', 'Receptionist', 'Answer within 2 min'],
        ['Back stage (unseen)', 'Scheduling', 'Checks the specialist rota in the practice system', 'Receptionist', ''],
        ['Support processes', 'Scheduling', 'Rota published weekly by the clinic manager', 'Clinic manager', 'Every Friday'],
        ['Systems and tools', 'Scheduling', 'Practice management system; phone queue', '', ''],
        ['Back stage (unseen)', 'Referral', 'Referral letter scanned and triaged', 'Admin team', 'Within 2 working days'],
        ['Front stage (seen)', 'Consultation', 'Specialist reviews the referral with the patient', 'Consultant', '20-minute slot'],
      ]) {
        const esc = layer.replace(/[()]/g, '.');
        await page.getByRole('button', { name: `Add to ${layer} in ${stage}` }).click();
        await page.getByRole('textbox', { name: new RegExp(`^${esc}, ${stage}, item \\d$`) }).last().fill(text);
        if (role) await page.getByRole('textbox', { name: new RegExp(`^Who .*: ${esc}, ${stage}`) }).last().fill(role);
        if (timing) await page.getByRole('textbox', { name: new RegExp(`^When .*: ${esc}, ${stage}`) }).last().fill(timing);
      }
      await page.getByText('Map', { exact: true }).click();
      await page.getByRole('link', { name: /Gaps/ }).click();
      for (const [tp, target, current, sev, freq] of [['Booking phone line', '5', null, '4', '5'], ['Invoice', '4', null, '3', '3'], ['Scan appointment elsewhere', '4', '2', '3', '2']]) {
        await page.getByRole('button', { name: `Add a gap at ${tp}` }).click();
        const card = page.getByRole('article', { name: tp });
        await card.getByLabel('Target (1–5)').selectOption(target);
        if (current) await card.getByLabel('Current (1–5)').selectOption(current);
        await card.getByLabel('Severity (1–5)').selectOption(sev);
        await card.getByLabel('How often (1–5)').selectOption(freq);
      }
      const booking = page.getByRole('article', { name: 'Booking phone line' });
      await booking.getByLabel('Intended experience').fill('Booked in one call, in under two minutes');
      await booking.getByLabel('Actual experience').fill('Three calls on average; long holds; no call back');
      await booking.getByLabel('Concerns').selectOption('effort');
      await booking.getByLabel('Breaks the promise to').selectOption('easy');
      await page.getByText('Dot voting', { exact: true }).click();
      await page.getByText('Type the tallies', { exact: true }).click();
      await page.getByRole('spinbutton', { name: 'Dots for Invoice' }).fill('4');
      await page.getByRole('spinbutton', { name: 'Dots for Booking phone line' }).fill('5');
      await page.getByRole('link', { name: /Measure/ }).click();
      await page.getByRole('button', { name: 'New metric' }).click();
      const metric = page.getByRole('listitem', { name: /^Metric 1/ });
      await metric.getByLabel('Measured at').selectOption({ label: 'Scheduling → Booking phone line' });
      await metric.getByRole('textbox', { name: 'Baseline', exact: true }).fill('38');
      await metric.getByLabel('Target').fill('80');
      await metric.getByRole('textbox', { name: 'Unit 1' }).fill('%');
      await metric.getByLabel('Review on').fill('2027-03-31');
      await page.getByRole('button', { name: 'New metric' }).click();
      const second = page.getByRole('listitem', { name: /^Metric 2/ });
      await second.getByLabel('Metric', { exact: true }).selectOption('resolution_time');
      await second.getByLabel('Collected by').selectOption('support_data');
      await second.getByRole('textbox', { name: 'Baseline', exact: true }).fill('6');
      await second.getByLabel('Target').fill('2');
      await second.getByRole('textbox', { name: 'Unit 2' }).fill('days');
      await page.getByRole('link', { name: /Actions/ }).click();
      await page.getByRole('heading', { name: 'Who does what, by when' }).waitFor();
      await page.getByRole('button', { name: /^Create an action for / }).first().waitFor();
      const plans = [
        ['Dana Okafor', '2027-01-15', '4', '2'],
        ['Lee Chen', '2027-02-01', '5', '4'],
        ['Priya Nair', '2027-01-31', '3', '2'],
      ];
      for (const [i, [owner, due, impact, effort]] of plans.entries()) {
        const create = page.getByRole('button', { name: /^Create an action for / }).first();
        if (!(await create.isVisible())) break;
        await create.click();
        const card = page.getByRole('listitem', { name: new RegExp(`^Action ${i + 1}:`) });
        await card.getByRole('textbox', { name: `Owner ${i + 1}` }).fill(owner);
        await card.getByLabel('Due').fill(due);
        await card.getByLabel('Impact (1–5)').selectOption(impact);
        await card.getByLabel('Effort (1–5)').selectOption(effort);
        if (i === 0) await card.getByLabel('Metric it should move').selectOption({ index: 1 });
      }
      break;
    }
    await page.getByRole('button', { name: 'All workshops' }).click();
  }
}

for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  if (scheme === 'light') await seed(page);
  else await page.getByRole('button', { name: /^Patient journey review/ }).click();
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByTestId('journey-canvas').waitFor();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(6000); // let the notes fade
  await page.screenshot({ path: `${out}/journey-${scheme}.png` });
  if (scheme === 'light') {
    await page.getByRole('checkbox', { name: 'Heat map' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/heatmap-${scheme}.png` });
    await page.getByRole('checkbox', { name: 'Heat map' }).uncheck();
    // The presenter view as a projector shows it: a second window following the facilitator.
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.setViewportSize({ width: 1920, height: 1080 });
    await presenter.getByRole('heading', { level: 1, name: 'Journey map' }).waitFor();
    await presenter.waitForTimeout(500);
    await presenter.screenshot({ path: `${out}/presenter-journey-${scheme}.png` });
    await page.getByRole('link', { name: /Gaps/ }).click();
    await presenter.getByRole('heading', { level: 1, name: 'Gaps' }).waitFor();
    await presenter.screenshot({ path: `${out}/presenter-gaps-${scheme}.png` });
    await presenter.close();
    await page.getByRole('link', { name: /Blueprint/ }).click();
    await page.getByTestId('blueprint-canvas').waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/blueprint-${scheme}.png` });
    await page.getByRole('link', { name: /Gaps/ }).click();
    await page.getByText('Ranking', { exact: true }).click();
    await page.screenshot({ path: `${out}/gaps-${scheme}.png` });
    await page.getByRole('link', { name: /Listen/ }).click();
    await page.getByRole('heading', { name: 'Listen to the customer' }).waitFor();
    await page.screenshot({ path: `${out}/listen-${scheme}.png` });
    await page.getByRole('link', { name: /Actions/ }).click();
    await page.screenshot({ path: `${out}/actions-${scheme}.png` });
    await page.getByRole('link', { name: /Measure/ }).click();
    await page.screenshot({ path: `${out}/measure-${scheme}.png` });
    await page.getByRole('link', { name: /Report/ }).click();
    await page.getByRole('heading', { name: 'The report' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${out}/report-${scheme}.png` });
    await page.getByRole('heading', { name: 'Preview' }).scrollIntoViewIfNeeded();
    await page.getByRole('listitem', { name: /^Page 4: Journey map/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/report-preview-${scheme}.png` });
  }
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('heading', { name: 'Who are the customers?' }).waitFor();
  await page.screenshot({ path: `${out}/personas-${scheme}.png` });
  await page.getByRole('link', { name: /Setup/ }).click();
  await page.getByRole('heading', { name: 'Set up the workshop' }).waitFor();
  await page.locator('.step').evaluate((el) => el.scrollTo(0, 0));
  await page.getByLabel('Client or organisation').blur();
  await page.waitForTimeout(6000); // let the "example added" note fade
  await page.screenshot({ path: `${out}/setup-${scheme}.png` });
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('table').waitFor();
  await page.screenshot({ path: `${out}/library-${scheme}.png` });
  await page.close();
}

await browser.close();
server.kill();
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`Saved screenshots to ${out}/`);
