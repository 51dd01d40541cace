import { createWorkshop, expect, newJourney, saved, test } from './fixtures';

test('the presenter view opens in a second window and follows the facilitator, without notes or editing controls', async ({ page, context }) => {
  test.slow(); // over 20 s on a slow 2-core machine
  await createWorkshop(page, 'Projected', 'Harbour Hotels');
  await page.getByLabel('The experience we want to create').fill('Guests feel expected, not processed.');
  await saved(page);

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Setup');
  await expect(presenter.getByText('Guests feel expected, not processed.')).toBeVisible();
  await expect(presenter.getByRole('textbox')).toHaveCount(0);
  await expect(presenter.getByRole('button')).toHaveCount(0);

  // A saved edit reaches the projector.
  await page.getByLabel('The experience we want to create').fill('Guests feel expected, never processed.');
  await saved(page);
  await expect(presenter.getByText('Guests feel expected, never processed.')).toBeVisible();

  // It follows the facilitator's step, and the selected persona.
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Maya, business traveller');
  await saved(page);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Personas');
  await expect(presenter.getByRole('heading', { name: 'Maya, business traveller' })).toBeVisible();

  // The timer shows large on the projector too.
  await page.getByRole('group', { name: 'Exercise timer' }).getByLabel('Timer length').selectOption('5');
  await expect(presenter.getByRole('timer')).toHaveText('05:00');

  await page.getByRole('link', { name: /Gaps/ }).click();
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Gaps');
  await expect(presenter.getByText('Guidance')).toHaveCount(0);

  // A map is shown whole, fitted to the projector's screen: nobody can scroll a projector.
  await newJourney(page, 'Patient: referral to follow-up');
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Journey map');
  const map = presenter.getByRole('img', { name: 'Journey map: Patient: referral to follow-up' });
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  const screen = presenter.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  expect(box.width * box.height).toBeGreaterThan(0.4 * screen.width * screen.height);
  await expect(map.getByText('Booking phone line')).toBeVisible();
  await expect(map.getByText('Billing', { exact: true })).toBeVisible(); // the last stage too, on the same screen

  // What the facilitator selects on the canvas is ringed and named on the projector.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await page.keyboard.type('Wants a call back within a day');
  await page.keyboard.press('Escape');
  await saved(page);
  await expect(presenter.getByText('In focus: Wants a call back within a day')).toBeVisible();
  await expect(presenter.locator('.map-focus')).toHaveCount(1);
  await page.keyboard.press('Escape'); // clears the selection
  await expect(presenter.getByText(/^In focus:/)).toHaveCount(0);
  await expect(presenter.locator('.map-focus')).toHaveCount(0);

  // Listen shows the room what the surveys say, touchpoint by touchpoint.
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  const csv = 'score,touchpoint\n2,Booking phone line\n4,Booking phone line\n5,Booking phone line\n1,Booking phone line\n';
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 'csat.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import 4 responses' }).click();
  await saved(page);
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Listen');
  const results = presenter.getByRole('table', { name: /csat\.csv/ });
  await expect(results.getByRole('row', { name: /Booking phone line/ })).toContainText('CSAT 50%');
});
