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
      break;
    }
    await page.getByRole('button', { name: 'All workshops' }).click();
  }
}

for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  await page.goto(url);
  if (scheme === 'light') await seed(page);
  else await page.getByRole('button', { name: /^Patient journey review/ }).click();
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByTestId('journey-canvas').waitFor();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  await page.waitForTimeout(6000); // let the notes fade
  await page.screenshot({ path: `${out}/journey-${scheme}.png` });
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
