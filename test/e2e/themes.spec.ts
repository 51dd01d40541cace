import { randomUUID } from 'node:crypto';
import { applyOpsThroughBridge, expect, saved, seedWorkshop, test } from './fixtures';

const NOTES = [
  'Waited an hour on hold',
  'Hidden fees at checkout',
  'Gate agent was rude',
  'The queue at check-in was long',
  'The price jumped at the last step',
  'Crew were friendly and kind',
  'Long wait for the bags',
  'Charged extra for seat selection',
  'Staff ignored my question',
  'Delay with no updates',
  'Refund took months',
  'Helpful attendant at the desk',
];

test('a lane’s notes are grouped into themes, a note moved, a theme renamed and accepted, dragged on the board, made a gap, and undone', async ({ page, bridge }) => {
  test.slow();
  const { workshopId, journeyId } = await seedWorkshop(page, { title: 'Themes', template: 'air-travel', step: 'journey' });
  const lane = bridge.query<{ id: string }>(`SELECT id FROM lane WHERE kind = 'pain_points'`)[0]!.id;
  const stages = bridge.query<{ id: string }>(`SELECT id FROM stage ORDER BY position`);
  const ops = NOTES.map((text, i) => ({ kind: 'create', entity: 'note', id: randomUUID(), values: { journeyId, stageId: stages[i % 3]!.id, laneId: lane, text, position: i + 1 } }));
  expect(((await applyOpsThroughBridge(page, workshopId, ops)) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  // The template's prompt notes go first, so the lane holds only what the room said.
  await page.getByRole('button', { name: /^Clear \d+ prompt notes$/ }).click();

  await page.getByRole('button', { name: 'Group into themes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Group notes into themes' });
  await dialog.getByLabel('Which notes').selectOption({ label: 'Lane: Pain points (12 notes)' });
  await dialog.getByRole('button', { name: 'Propose themes' }).click();
  await expect(dialog.getByText('3 themes for 12 notes')).toBeVisible();
  // The facilitator decides: the refund is about money, not waiting.
  const fees = dialog.getByRole('region').filter({ hasText: 'Hidden fees at checkout' });
  const feesName = (await fees.getByRole('textbox').inputValue()).trim();
  await dialog.getByLabel('Move “Refund took months” to').selectOption({ label: feesName });
  await expect(fees.getByText('Refund took months')).toBeVisible();
  const waiting = dialog.getByRole('region').filter({ hasText: 'Waited an hour on hold' });
  await waiting.getByRole('textbox').fill('Waiting');
  await fees.getByRole('textbox').fill('Money');
  await dialog.getByRole('region').filter({ hasText: 'Gate agent was rude' }).getByRole('textbox').fill('Staff');
  await dialog.getByRole('button', { name: 'Accept 3 themes' }).click();
  await expect(page.getByText('3 themes on the affinity board.')).toBeVisible();
  await saved(page);
  const themeOf = () =>
    Object.fromEntries(bridge.query<{ text: string; name: string }>(`SELECT n.text, t.name FROM note n JOIN theme t ON t.id = n.theme_id`).map((r) => [r.text, r.name]));
  expect(themeOf()).toMatchObject({ 'Refund took months': 'Money', 'Waited an hour on hold': 'Waiting', 'Gate agent was rude': 'Staff' });
  expect(Object.keys(themeOf())).toHaveLength(12);

  // The affinity board: drag the first card of the first theme (Waiting) onto the second.
  const board = page.getByRole('img', { name: 'Affinity board: themes and their notes' });
  await expect(board).toBeVisible();
  const box = (await board.locator('canvas').first().boundingBox())!;
  await page.mouse.move(box.x + 16 + 60, box.y + 82 + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 16 + 248 + 60, box.y + 82 + 40, { steps: 8 });
  await page.mouse.up();
  await saved(page);
  expect(bridge.query(`SELECT t.name FROM note n JOIN theme t ON t.id = n.theme_id WHERE n.text = 'Waited an hour on hold'`)).not.toEqual([{ name: 'Waiting' }]);
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(themeOf()['Waited an hour on hold']).toBe('Waiting');

  // A theme becomes a gap, its notes the gap's evidence.
  const money = page.getByRole('article', { name: 'Money' });
  await money.getByRole('button', { name: 'Make it a gap…' }).click();
  await page.getByRole('dialog', { name: 'Make “Money” a gap' }).getByRole('button', { name: 'Make the gap' }).click();
  await saved(page);
  const gap = () => bridge.query<{ title: string; evidence: number }>(`SELECT g.title, (SELECT COUNT(*) FROM evidence_link l WHERE l.gap_id = g.id) AS evidence FROM gap g`);
  expect(gap()).toEqual([{ title: 'Money', evidence: 4 }]);
  expect(bridge.query(`SELECT e.kind, e.text FROM evidence e ORDER BY e.text LIMIT 1`)).toEqual([{ kind: 'quote', text: 'Charged extra for seat selection' }]);
  // Undo takes the gap and its evidence back; the board stays.
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(gap()).toEqual([]);
  expect(bridge.query(`SELECT COUNT(*) AS n FROM evidence`)).toEqual([{ n: 0 }]);
  expect(bridge.query(`SELECT name FROM theme ORDER BY position`)).toEqual([{ name: 'Waiting' }, { name: 'Staff' }, { name: 'Money' }]);
});
