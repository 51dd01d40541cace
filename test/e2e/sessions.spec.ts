/**
 * Nothing typed is lost, in any number of views (docs/sessions.md): reloads mid-save, a bridge
 * killed mid-typing, refused edits, and two views of one workshop editing at once.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { applyOpsThroughBridge, createWorkshop, expect, saved, seedWorkshop, test } from './fixtures';
import { cellCentre, geometry } from './map-helpers';

/** Opens the same bridge in a second browser context: another tab, another person's view. */
async function secondView(page: Page, url: string, hash: string): Promise<Page> {
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await other.goto(url);
  await other.evaluate((h) => (window.location.hash = h), hash);
  return other;
}

const statusOf = (page: Page) => page.getByRole('status').filter({ hasText: /saved|Saving/ });

test('every character survives a reload pressed straight after typing, five times, also when each save takes 250 ms', async ({ page, bridge }) => {
  test.slow(); // ten reloads of the workshop screen
  await createWorkshop(page, 'Reloads');
  // Leaving with edits not on disk asks first; the person says "leave".
  page.on('dialog', (d) => void d.accept());
  const field = page.getByLabel('Facilitator', { exact: true });
  for (const delayed of [false, true]) {
    if (delayed) {
      await page.route('**/api/applyOps', async (route) => {
        await new Promise((r) => setTimeout(r, 250));
        // A reload meanwhile cancels the request; the journal sends its edits again.
        await route.continue().catch(() => {});
      });
    }
    for (let i = 1; i <= 5; i++) {
      const text = `${delayed ? 'Slow' : 'Fast'} run ${i}: Robin leads the team`;
      await field.fill('');
      await field.pressSequentially(text);
      await page.reload();
      await expect(field).toHaveValue(text);
      await saved(page);
      expect(bridge.query('SELECT facilitator FROM workshop')).toEqual([{ facilitator: text }]);
    }
  }
});

test('typing on while the bridge is killed and started again loses nothing', async ({ page, bridge, consoleErrors }) => {
  await createWorkshop(page, 'Crash');
  const vision = page.getByLabel('The experience we want to create');
  await vision.pressSequentially('Patients feel understood, ');
  await bridge.crash();
  await vision.pressSequentially('and are booked in one call.');
  // Kept on screen and in the journal, and said plainly.
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
  await bridge.restart();
  await saved(page);
  const whole = 'Patients feel understood, and are booked in one call.';
  expect(bridge.query('SELECT vision FROM workshop')).toEqual([{ vision: whole }]);
  await page.reload();
  await expect(vision).toHaveValue(whole);
  // The browser reported the requests that found no bridge: that was the point.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)));
});

test('an edit main refuses is taken back with its message, and the edits queued behind it are stored', async ({ page, bridge }) => {
  await createWorkshop(page, 'Refusals');
  // Main refuses any batch holding the word "forbidden"; everything else goes through.
  await page.route('**/api/applyOps', async (route) => {
    if ((route.request().postData() ?? '').includes('forbidden')) {
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'That word is not allowed here.' } }) });
    } else await route.continue();
  });
  await page.getByLabel('Client or organisation').fill('forbidden');
  await page.getByLabel('Facilitator', { exact: true }).fill('Sam Rivera');
  await page.getByLabel('The experience we want to create').fill('Resolved first time');
  await expect(page.getByRole('alert').filter({ hasText: 'That word is not allowed here.' })).toBeVisible();
  await expect(page.getByLabel('Client or organisation')).toHaveValue('');
  await saved(page);
  expect(bridge.query('SELECT client, facilitator, vision FROM workshop')).toEqual([{ client: '', facilitator: 'Sam Rivera', vision: 'Resolved first time' }]);
});

test('two views of one workshop: each sees the other’s edits at once; a stale edit is refused and settled with a message, keeping the rest', async ({ page, bridge }) => {
  const { workshopId } = await seedWorkshop(page, { title: 'Two views', template: 'patient' });
  const other = await secondView(page, bridge.url, `#/w/${workshopId}/setup`);
  await expect(other.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();

  await page.getByLabel('Client or organisation').fill('Northwind Clinics');
  await expect(other.getByLabel('Client or organisation')).toHaveValue('Northwind Clinics');
  await other.getByLabel('Facilitator', { exact: true }).fill('Dana');
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('Dana');

  // The other view's next save is held on its way, so the edit it carries goes stale meanwhile.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await other.route('**/api/applyOps', async (route) => {
    await gate;
    await route.continue();
  });
  await other.getByLabel('Client or organisation').fill('Their client');
  await other.getByLabel('The experience we want to create').fill('Their vision');
  await page.getByLabel('Client or organisation').fill('Our client');
  await saved(page);
  release();
  await expect(other.getByRole('alert').filter({ hasText: 'Changed in another window meanwhile: the workshop' })).toBeVisible();
  await expect(other.getByLabel('Client or organisation')).toHaveValue('Our client');
  await expect(statusOf(other)).toHaveText(/All changes saved/);
  expect(bridge.query('SELECT client, vision FROM workshop')).toEqual([{ client: 'Our client', vision: 'Their vision' }]);
  await expect(page.getByLabel('The experience we want to create')).toHaveValue('Their vision');
  await other.context().close();
});

test('undo in a view that has not heard of another’s additions deletes nothing of theirs', async ({ page, bridge }) => {
  const { workshopId } = await seedWorkshop(page, { title: 'Stale undo', template: 'patient', step: 'journey' });
  // This view never hears the feed: it learns only from its own saves.
  const context = await page.context().browser()!.newContext();
  const other = await context.newPage();
  await other.route('**/api/feed**', (route) => route.abort());
  await other.goto(bridge.url);
  await other.evaluate((h) => (window.location.hash = h), `#/w/${workshopId}/journey`);
  await other.getByRole('button', { name: 'New journey' }).first().click();
  const dialog = other.getByRole('dialog', { name: 'New journey' });
  await dialog.getByLabel('Journey name').fill('Their journey');
  await dialog.getByText('A blank map').click();
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(statusOf(other)).toHaveText(/All changes saved/);
  const journey = bridge.query<{ id: string }>(`SELECT id FROM journey WHERE name = 'Their journey'`)[0]!.id;

  // Someone else adds a stage to it.
  const stage = crypto.randomUUID();
  const added = await applyOpsThroughBridge(page, workshopId, [{ kind: 'create', entity: 'stage', id: stage, values: { journeyId: journey, name: 'Added by someone else', position: 9 } }]);
  expect(added).toMatchObject({ ok: true });

  await other.keyboard.press('Control+z');
  await expect(other.getByRole('alert').filter({ hasText: 'Not undone: others have added to journey “Their journey” since' })).toBeVisible();
  await expect(statusOf(other)).toHaveText(/All changes saved/);
  // The step is back on the undo stack, not on redo: it was not undone.
  await expect(other.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await expect(other.getByRole('button', { name: 'Undo' })).toBeEnabled();
  expect(bridge.query(`SELECT name FROM stage WHERE journey_id = ? ORDER BY position`, journey).map((r) => r.name)).toContain('Added by someone else');
  expect(bridge.query(`SELECT count(*) AS n FROM journey WHERE id = ?`, journey)).toEqual([{ n: 1 }]);
  await context.close();
});

test('undo says what it undid and goes back to the step where it happened', async ({ page, bridge }) => {
  await seedWorkshop(page, { title: 'Undo words', template: 'patient', step: 'personas' });
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByLabel('Name', { exact: true }).fill('Sam');
  await saved(page);
  await page.getByRole('link', { name: /Journey map/ }).click();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Undid: rename persona “Sam”')).toBeVisible();
  await expect(page.getByRole('main', { name: 'Personas' })).toBeVisible();
  await saved(page);
  expect(bridge.query('SELECT name FROM persona')).toEqual([{ name: '' }]);
});

test('a second process on the same library is refused with a message naming the first', async ({ bridge }) => {
  const second = spawnSync(process.execPath, ['dist/web/server.js', '--data-dir', bridge.dataDir, '--port', '0'], { encoding: 'utf8', timeout: 30_000 });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/another Touchpoint \(web bridge, process \d+ on .+\) has it open/);
  // The first one is unharmed.
  expect(bridge.query('SELECT count(*) AS n FROM workshop')).toEqual([{ n: 0 }]);
});

test('the library in one window shows workshops another window adds and renames, without a reload', async ({ page, bridge }) => {
  const other = await secondView(page, bridge.url, '#/');
  await createWorkshop(other, 'Made elsewhere');
  await expect(page.getByRole('button', { name: /^Made elsewhere/ })).toBeVisible();
  await other.context().close();
});

test('undo with a note editor open on the map closes the editor, then undoes on screen and on disk alike', async ({ page, bridge }) => {
  await seedWorkshop(page, { title: 'Undo in editor', template: 'patient', step: 'journey' });
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  const notesBefore = (await geometry(page)).layout.notes.length;
  const cell = await cellCentre(page, 1, 'goals');
  await page.mouse.dblclick(cell.x, cell.y);
  const editor = page.getByRole('textbox', { name: 'Note text' });
  await expect(editor).toBeFocused();
  await page.keyboard.type('Gone again');
  await page.keyboard.press('Control+z');
  await expect(editor).toBeHidden();
  await saved(page);
  expect(bridge.query(`SELECT count(*) AS n FROM note WHERE text LIKE 'Gone%'`)).toEqual([{ n: 0 }]);
  expect((await geometry(page)).layout.notes).toHaveLength(notesBefore);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
