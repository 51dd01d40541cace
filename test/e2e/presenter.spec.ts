import { createWorkshop, expect, newJourney, saved, seedWorkshop, test } from './fixtures';

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

  // A map is shown a stage at a time, large; Alt+→ moves the projector on, Alt+↑ shows the whole map.
  await newJourney(page, 'Patient: referral to follow-up');
  await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Journey map');
  await expect(presenter.getByRole('heading', { name: 'Stage 1 of 6: Referral' })).toBeVisible();
  await expect(presenter.getByText('Referral letter')).toBeVisible();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(presenter.getByRole('heading', { name: 'Stage 2 of 6: Scheduling' })).toBeVisible();
  await expect(presenter.getByText('Booking phone line')).toBeVisible();
  await expect(presenter.getByText('← Referral')).toBeVisible();
  await page.keyboard.press('Alt+ArrowUp');
  const map = presenter.getByRole('img', { name: 'Journey map: Patient: referral to follow-up' });
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  const screen = presenter.viewportSize()!;
  expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  await expect(presenter.getByRole('listitem').filter({ hasText: 'Billing' })).toBeVisible(); // every stage named, large

  // What the facilitator selects on the canvas takes its stage onto the projector, ringed and named.
  await page.getByTestId('journey-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await page.keyboard.type('Wants a call back within a day');
  await page.keyboard.press('Escape');
  await saved(page);
  await expect(presenter.getByText('In focus: Wants a call back within a day')).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Stage 2 of 6: Scheduling' })).toBeVisible();
  await expect(presenter.locator('.is-ringed')).toHaveCount(1);
  await page.keyboard.press('Escape'); // clears the selection
  await expect(presenter.getByText(/^In focus:/)).toHaveCount(0);
  await expect(presenter.locator('.is-ringed')).toHaveCount(0);

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

/** The smallest text on screen: HTML by its computed size, SVG text by its size as drawn. */
async function smallestText(page: import('@playwright/test').Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !visible(el)) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement && el.getScreenCTM()) size *= el.getScreenCTM()!.a;
      if (size < smallest.size) smallest = { size, text: (el.textContent ?? '').trim().slice(0, 40) };
    }
    return smallest;
  });
}

test('the projector at 1920 × 1080 shows no text smaller than 18 px, on any step', async ({ page, context }) => {
  test.slow();
  await seedWorkshop(page, { title: 'Back of the room', client: 'Harbour Hotels', template: 'patient', fields: { vision: 'Guests feel expected.' } });
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Maya');
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Invoice' }).click();
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Invoice' }).click();
  await saved(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  for (const step of ['Setup', 'Listen', 'Personas', 'Journey map', 'Blueprint', 'Gaps', 'Actions', 'Measure', 'Report']) {
    await page.getByRole('link', { name: new RegExp(step) }).click();
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText(step);
    const smallest = await smallestText(presenter);
    expect(smallest.size, `${step}: “${smallest.text}”`).toBeGreaterThanOrEqual(18);
  }
  // The whole map too: its own small text is not shown there.
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(presenter.getByRole('img', { name: /^Journey map:/ })).toBeVisible();
  const smallest = await smallestText(presenter);
  expect(smallest.size, `overview: “${smallest.text}”`).toBeGreaterThanOrEqual(18);
});
