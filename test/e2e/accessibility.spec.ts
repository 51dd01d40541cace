import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saved, seedWorkshop, test } from './fixtures';

/** Serious and critical axe findings on the page as it is now, one line each. */
async function seriousFindings(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')}`);
}

/** A workshop with something on every step: a journey (seeded), a persona, a gap and an action. */
async function filledWorkshop(page: Page) {
  await seedWorkshop(page, { title: 'Accessible', client: 'Northwind Clinics', template: 'patient', step: 'personas' });
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Margaret, 67');
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Invoice' }).click();
  await page.getByRole('article', { name: 'Invoice' }).getByLabel('Target (1–5)').selectOption('4');
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Invoice' }).click();
  await saved(page);
}

test('no serious or critical accessibility findings on any workshop step (axe-core)', async ({ page }) => {
  test.slow();
  const findings: string[] = [];
  await filledWorkshop(page);
  for (const step of ['Setup', 'Listen', 'Personas', 'Journey map', 'Blueprint', 'Gaps', 'Actions', 'Measure', 'Report']) {
    await page.getByRole('link', { name: new RegExp(step) }).click();
    await expect(page.getByRole('main', { name: step })).toBeVisible();
    findings.push(...(await seriousFindings(page, step)));
  }
  expect(findings).toEqual([]);
});

test('no serious or critical accessibility findings in the library, Settings, the interview and the presenter view (axe-core)', async ({ page, context }) => {
  test.slow();
  const findings: string[] = [];
  findings.push(...(await seriousFindings(page, 'library')));
  await filledWorkshop(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Actions');
  findings.push(...(await seriousFindings(presenter, 'presenter')));
  // The presenter shows the report's content under its own h1: its headings must not skip levels.
  for (const step of ['Personas', 'Report']) {
    await page.getByRole('link', { name: new RegExp(step) }).click();
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(step);
    const order = await new AxeBuilder({ page: presenter }).withRules(['heading-order']).analyze();
    expect(order.violations, `heading order in the presenter's ${step}`).toEqual([]);
  }
  await presenter.close();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  findings.push(...(await seriousFindings(page, 'settings')));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Assess my business' }).click();
  await expect(page.getByText('Question 1 of')).toBeVisible();
  findings.push(...(await seriousFindings(page, 'interview')));
  expect(findings).toEqual([]);
});
