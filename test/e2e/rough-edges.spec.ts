/**
 * Rough edges a consultant hit in one run of a workshop, each as it was found: the matrix moving
 * the wrong action, nameless emotion points, the table view eating a typed name, survey-scored
 * gaps whose numbers disagreed, doubled quote marks and "S3" initials.
 */
import { randomUUID } from 'node:crypto';
import { applyOpsThroughBridge, createWorkshop, expect, saved, seedWorkshop, test } from './fixtures';
import { evidenceButton, geometry, toPage } from './map-helpers';

interface MatrixGeometry {
  dots: { id: string; x: number; y: number; label: { x: number; y: number; width: number; height: number } | null }[];
}

test('on the impact and effort matrix the dot under the pointer moves, and titles do not collide', async ({ page, bridge }) => {
  const { workshopId } = await seedWorkshop(page, { title: 'Matrix', template: 'local-service', step: 'actions' });
  const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID() };
  await applyOpsThroughBridge(page, workshopId, [
    { kind: 'create', entity: 'action', id: ids.a, values: { title: 'Call back within the hour', impact: 4, effort: 2, position: 1 } },
    { kind: 'create', entity: 'action', id: ids.b, values: { title: 'Parking signs', impact: 4, effort: 2, position: 2 } },
    { kind: 'create', entity: 'action', id: ids.c, values: { title: 'Text reminders the day before', impact: 4, effort: 2, position: 3 } },
    { kind: 'create', entity: 'action', id: ids.d, values: { title: 'Quiet waiting room', impact: 3, effort: 2, position: 4 } },
  ]);
  await page.reload();
  await page.getByText('Impact and effort', { exact: true }).click();
  const matrix = page.getByTestId('action-matrix');
  await expect(matrix).toBeVisible();
  const geo = await matrix.evaluate((el) => (el as unknown as { matrixGeometry: MatrixGeometry }).matrixGeometry);
  const labels = geo.dots.flatMap((d) => (d.label ? [d.label] : []));
  expect(labels).toHaveLength(4);
  for (const a of labels) for (const b of labels) if (a !== b) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);

  // Grab "Parking signs", the middle dot of three in one cell, and drop it on high effort.
  const box = (await matrix.boundingBox())!;
  const dot = geo.dots.find((d) => d.id === ids.b)!;
  const from = { x: box.x + dot.x, y: box.y + dot.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(from.x + 260, from.y, { steps: 10 });
  await page.mouse.up();
  await saved(page);
  expect(bridge.query(`SELECT title, impact, effort FROM action ORDER BY position`)).toEqual([
    { title: 'Call back within the hour', impact: 4, effort: 2 },
    { title: 'Parking signs', impact: 4, effort: 4 },
    { title: 'Text reminders the day before', impact: 4, effort: 2 },
    { title: 'Quiet waiting room', impact: 3, effort: 2 },
  ]);
});

test('an emotion point says whose it is and its score when pointed at', async ({ page, bridge }) => {
  await seedWorkshop(page, { title: 'Feelings', template: 'patient', step: 'journey' });
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  const canvas = (await page.getByTestId('journey-canvas').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, 420);
  await expect.poll(async () => (await geometry(page)).pan.y).toBeLessThan(-300);
  const g = await geometry(page);
  const referral = bridge.query(`SELECT id FROM touchpoint WHERE name = 'Referral letter'`)[0]!.id as string;
  const point = g.layout.emotions.find((e) => e.touchpointId === referral)!;
  const at = await toPage(page, point.x, point.y);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip')).toHaveText(point.score === null ? 'Referral letter: not scored yet' : /^Referral letter: [−+]?\d/);
  await page.mouse.move(at.x + 200, at.y - 200);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('in the table view a new touchpoint takes the focus, so its name can be typed with spaces', async ({ page, bridge }) => {
  await seedWorkshop(page, { title: 'Table', template: 'local-service', step: 'journey' });
  await page.getByRole('radio', { name: 'Table' }).check({ force: true });
  const before = bridge.query(`SELECT count(*) AS n FROM touchpoint`)[0]!.n as number;
  const add = page.getByRole('button', { name: /^Add a touchpoint to / }).first();
  await add.click();
  await page.keyboard.type('Car park entrance');
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM touchpoint`)).toEqual([{ n: before + 1 }]);
  expect(bridge.query(`SELECT count(*) AS n FROM touchpoint WHERE name = 'Car park entrance'`)).toEqual([{ n: 1 }]);
});

test('a gap scored from a survey shows the exact score it is sized with, and the ranking explains its rule', async ({ page }) => {
  await seedWorkshop(page, { title: 'Scores', template: 'local-service', step: 'listen' });
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  // Mean 2.7 (2, 3, 3), and no 4 or 5: CSAT 0 %.
  const csv = 'score,touchpoint\n2,Quote\n3,Quote\n3,Quote\n';
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 'quotes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import 3 responses' }).click();
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Quote' }).click();
  const quote = page.getByRole('article', { name: 'Quote' });
  await expect(quote.getByRole('checkbox', { name: 'Use the survey: mean answer 2.7 of 5 (CSAT 0%)' })).toBeChecked();
  await expect(quote.getByRole('status', { name: 'Current (from the survey)' })).toHaveText('2.7');
  await quote.getByLabel('Target (1–5)').selectOption('5');
  await expect(quote.getByText('Gap 2.3', { exact: true })).toBeVisible();
  await page.getByText('Ranking', { exact: true }).click();
  await expect(page.getByText(/^Ranked by priority: the gap’s size × severity × how often/)).toBeVisible();
});

test('a persona’s quote reads in one pair of quotes and its initials come from words', async ({ page }) => {
  await createWorkshop(page, 'Quotes');
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Sam, 34');
  await page.getByLabel('In their own words').fill('"I just want someone to call me back."');
  await saved(page);
  await page.getByRole('button', { name: 'All personas' }).click();
  await expect(page.getByText('“I just want someone to call me back.”', { exact: true })).toBeVisible();
  await expect(page.locator('.avatar').first()).toHaveText('S');
});

test('a touchpoint card shows its survey line and its evidence count together, the count opens the evidence, and each kind reads as what it is', async ({ page }) => {
  const { workshopId, journeyId } = await seedWorkshop(page, { title: 'Evidence', template: 'local-service', step: 'journey' });
  const tp = randomUUID();
  const stage = randomUUID();
  const [quote, figure, survey] = [randomUUID(), randomUUID(), randomUUID()];
  const persona = randomUUID();
  await applyOpsThroughBridge(page, workshopId, [
    { kind: 'create', entity: 'stage', id: stage, values: { journeyId, name: 'Arrive', position: 0 } },
    { kind: 'create', entity: 'touchpoint', id: tp, values: { journeyId, stageId: stage, name: 'Car park', position: 1 } },
    { kind: 'create', entity: 'persona', id: persona, values: { name: 'Nadia' } },
    { kind: 'create', entity: 'evidence', id: quote, values: { kind: 'quote', text: 'I drove round twice and gave up', source: 'Interview', collectedOn: '2026-10-05', position: 1 } },
    { kind: 'create', entity: 'evidence', id: figure, values: { kind: 'analytics', text: '41% of visits start with a wrong turn into the car park', source: 'Site analytics', position: 2 } },
    { kind: 'create', entity: 'evidenceLink', id: randomUUID(), values: { evidenceId: quote, touchpointId: tp } },
    { kind: 'create', entity: 'evidenceLink', id: randomUUID(), values: { evidenceId: quote, personaId: persona } },
    { kind: 'create', entity: 'evidenceLink', id: randomUUID(), values: { evidenceId: figure, touchpointId: tp } },
    { kind: 'create', entity: 'surveyImport', id: survey, values: { journeyId, fileName: 'csat.csv', kind: 'csat', importedOn: '2026-10-20', position: 1 } },
    ...[5, 4, 2].map((score) => ({ kind: 'create', entity: 'surveyResponse', id: randomUUID(), values: { importId: survey, touchpointId: tp, score } })),
  ]);
  await page.reload();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  // Both on the card: the survey no longer takes the evidence's place.
  await expect.poll(async () => (await geometry(page)).evidence[tp]).toBe(2);
  expect((await geometry(page)).details[tp]).toMatch(/^CSAT 67% \(n=3/);

  const at = await evidenceButton(page, tp);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole('dialog', { name: 'Evidence for Car park' });
  await expect(panel).toBeVisible();
  await expect(panel.getByText('“I drove round twice and gave up”')).toBeVisible();
  await expect(panel.getByText(/^Interview · .*2026 · Nadia$/)).toBeVisible();
  // A figure is not dressed as a customer's words.
  await expect(panel.getByText('41% of visits start with a wrong turn into the car park', { exact: true })).toBeVisible();
  await expect(panel.getByText('Analytics', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('journey-canvas')).toBeFocused();

  await page.getByRole('link', { name: /Gaps/ }).click();
  const card = page.getByRole('article', { name: 'Car park' });
  await expect(card.getByText('41% of visits start with a wrong turn into the car park', { exact: true })).toBeVisible();
  await expect(card.getByText('“I drove round twice and gave up”', { exact: true })).toBeVisible();
});
