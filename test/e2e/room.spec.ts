/**
 * The room (docs/room.md): phones join the facilitator's laptop over the local network. In tests
 * the participant server listens on 127.0.0.1 (the bridge's --room-host default), and the phones
 * are Playwright device profiles in Chromium.
 */
import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CHANNELS } from '../../shared/channels';
import { applyOpsThroughBridge, expect, saved, seedWorkshop, test, type Bridge } from './fixtures';

const PHONES = ['iPhone 13', 'Pixel 7', 'iPhone SE', 'Galaxy S9+', 'Pixel 5'] as const;
const NAMES = ['Ana', 'Ben', '', 'Dee', 'Eli'];

async function seedGaps(page: Page, bridge: Bridge, workshopId: string): Promise<string[]> {
  const tps = bridge.query<{ id: string; name: string }>(`SELECT id, name FROM touchpoint ORDER BY rowid LIMIT 2`);
  const ids = tps.map(() => randomUUID());
  const ops = tps.map((t, i) => ({ kind: 'create', entity: 'gap', id: ids[i], values: { touchpointId: t.id, title: `Slow ${t.name}`, position: i + 1 } }));
  const r = (await applyOpsThroughBridge(page, workshopId, ops)) as { ok: boolean };
  expect(r.ok).toBe(true);
  return ids;
}

async function openRoom(page: Page): Promise<{ address: string; code: string }> {
  await page.getByRole('button', { name: 'Room', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'The room joins in' });
  await expect(panel.getByText('Venue Wi-Fi often keeps devices')).toBeVisible();
  await panel.getByRole('button', { name: 'Open the room' }).click();
  const code = (await panel.locator('.join-card-code').textContent())!.trim();
  const address = `http://${(await panel.locator('.join-card-address').textContent())!.trim()}`;
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  return { address, code };
}

async function phone(browser: Browser, profile: (typeof PHONES)[number]): Promise<{ context: BrowserContext; page: Page }> {
  const { defaultBrowserType: _, ...device } = devices[profile];
  const context = await browser.newContext({ ...device });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return { context, page };
}

test('five phones join with the code, add notes, rate the stages, vote and answer; the facilitator approves and it is all on disk', async ({ page, bridge, browser }) => {
  test.slow();
  const { workshopId } = await seedWorkshop(page, { title: 'Room', client: 'Northwind Air', template: 'air-travel', step: 'journey' });
  const gapIds = await seedGaps(page, bridge, workshopId);
  const { address, code } = await openRoom(page);
  const panel = page.getByRole('complementary', { name: 'The room joins in' });
  // The panel narrows the step: its heading keeps its words whole, its tools go to the next line.
  const lines = await page.locator('.step-header h1').evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    return range.getClientRects().length;
  });
  expect(lines, 'the step heading on one line').toBe(1);

  // Notes for a question, at Book · Pain points.
  await panel.getByLabel('Question for the room').fill('What frustrated you when booking?');
  await panel.getByLabel('Stage').selectOption({ label: 'Book' });
  await panel.getByLabel('Lane').selectOption({ label: 'Pain points' });
  await panel.getByLabel('Note colour').selectOption('pink');
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  await expect(panel.getByText('What frustrated you when booking? (Book · Pain points)')).toBeVisible();

  const phones = await Promise.all(PHONES.map((p) => phone(browser, p)));
  for (const [i, { page: p }] of phones.entries()) {
    // The first two scan the QR code (the code comes with the address); the others type it.
    await p.goto(i < 2 ? `${address}/#code=${code}` : address);
    if (i >= 2) await p.getByLabel('Room code').fill(code.toLowerCase().split('').join(' '));
    if (NAMES[i]) await p.getByLabel('First name (optional)').fill(NAMES[i]!);
    await p.getByRole('button', { name: 'Join' }).click();
    await expect(p.getByRole('heading', { name: 'What frustrated you when booking?' })).toBeVisible();
    await p.getByLabel(/Your note/).fill(i === 4 ? 'The seat map would not load' : `Frustration ${i + 1}`);
    await p.getByRole('button', { name: 'Add note' }).click();
    await expect(p.getByText('Sent. Add another if you like.')).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /Room open · 5 waiting/ })).toBeVisible();
  // Readable at 200 % text on a 360 px phone: nothing scrolls sideways.
  const small = phones[3]!.page;
  await small.setViewportSize({ width: 360, height: 740 });
  await small.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await small.evaluate(() => (document.documentElement.style.fontSize = ''));
  await expect(panel.getByText('5 phones have joined')).toBeVisible();
  // A phone takes its note back while it still waits.
  await phones[3]!.page.getByRole('button', { name: 'Take back my last note' }).click();
  await expect(phones[3]!.page.getByText('Your last note was taken back.')).toBeVisible();
  await expect(panel.getByRole('heading', { name: '4 notes waiting' })).toBeVisible();

  // Approve one, hide one, merge two duplicates into one.
  await panel.getByRole('button', { name: 'Approve “Frustration 1”' }).click();
  await panel.getByRole('button', { name: 'Hide “Frustration 2”' }).click();
  await panel.getByRole('checkbox', { name: 'Select “Frustration 3”' }).check();
  await panel.getByRole('checkbox', { name: 'Select “The seat map would not load”' }).check();
  await panel.getByRole('button', { name: 'Merge 2 notes into one' }).click();
  await expect(panel.getByRole('heading', { name: 'No notes waiting' })).toBeVisible();
  await saved(page);
  const notes = () => bridge.query<{ text: string; color: string; author: string; from_room: string; description: string; lane: string; stage: string }>(
    `SELECT n.text, n.color, n.author, n.from_room, n.description, l.name AS lane, s.name AS stage FROM note n JOIN lane l ON l.id = n.lane_id JOIN stage s ON s.id = n.stage_id WHERE n.from_room <> '' ORDER BY n.position`,
  );
  expect(notes().map((n) => [n.text, n.color, n.author, n.stage, n.lane])).toEqual([
    ['Frustration 1', 'pink', 'Ana', 'Book', 'Pain points'],
    ['Frustration 3', 'pink', '', 'Book', 'Pain points'],
  ]);
  expect(notes()[1]!.description).toBe('Said also by Eli: “The seat map would not load”.');
  // Each note remembers the question it answered, to group the answers into themes later.
  expect(bridge.query(`SELECT DISTINCT room_prompt FROM note WHERE from_room <> ''`)).toEqual([{ room_prompt: 'What frustrated you when booking?' }]);
  // Undo takes the merged note off the map; redo puts it back.
  await page.keyboard.press('Control+z');
  await saved(page);
  expect(notes()).toHaveLength(1);
  await page.keyboard.press('Control+Shift+z');
  await saved(page);
  expect(notes()).toHaveLength(2);
  // The approved note is no longer the phone's to take back.
  await phones[0]!.page.getByRole('button', { name: 'Take back my last note' }).click();
  await expect(phones[0]!.page.getByText('There is no note of yours waiting to take back.')).toBeVisible();

  // With "land at once", a note goes straight onto the map.
  await panel.getByRole('checkbox', { name: 'Land notes on the map at once, without approving each' }).check();
  await phones[1]!.page.getByLabel(/Your note/).fill('No seat map on the app');
  await phones[1]!.page.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => notes().map((n) => n.text)).toContain('No seat map on the app');
  await expect(panel.getByRole('heading', { name: 'No notes waiting' })).toBeVisible();

  // How each stage felt.
  await panel.getByLabel('Put on show').selectOption({ label: 'How each stage felt' });
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  for (const [i, { page: p }] of phones.entries()) {
    await expect(p.getByRole('heading', { name: 'How did each stage feel?' })).toBeVisible({ timeout: 10_000 });
    await p.getByRole('button', { name: i < 3 ? 'Very bad for Book' : 'Good for Book', exact: true }).click();
    await expect(p.getByText('Sent').first()).toBeVisible();
  }
  await expect(panel.getByText('5 ratings from 5 phones')).toBeVisible();
  await panel.getByRole('button', { name: 'Put on the curve' }).click();
  await expect(panel.getByRole('button', { name: 'The room’s feeling is on the curve.' })).toBeDisabled();
  await saved(page);
  expect(bridge.query(`SELECT n.text, n.score, l.kind FROM note n JOIN lane l ON l.id = n.lane_id WHERE n.score IS NOT NULL AND n.from_room <> ''`)).toEqual([
    { text: 'How the room felt (5 ratings)', score: -0.8, kind: 'emotions' },
  ]);

  // Dots on the gaps: hidden until the reveal.
  await panel.getByLabel('Put on show').selectOption({ label: 'Dot vote on the gaps' });
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  for (const { page: p } of phones) {
    await expect(p.getByRole('heading', { name: 'Put your dots on the gaps that matter most' })).toBeVisible({ timeout: 10_000 });
    await p.getByRole('button', { name: 'One more dot on Slow Website or app booking' }).click();
    await p.getByRole('button', { name: 'One more dot on Slow Website or app booking' }).click();
    await p.getByRole('button', { name: 'One more dot on Slow Confirmation email' }).click();
    await p.getByRole('button', { name: 'Send my dots' }).click();
    await expect(p.getByText('Your dots are in.')).toBeVisible();
  }
  await expect(panel.getByText('5 phones have voted')).toBeVisible();
  await expect.poll(() => bridge.query<{ n: number }>(`SELECT COALESCE(SUM(count), 0) AS n FROM vote WHERE from_room <> ''`)[0]!.n).toBe(15);
  expect(bridge.query(`SELECT gap_id, SUM(count) AS dots FROM vote GROUP BY gap_id ORDER BY dots DESC`)).toEqual([
    { gap_id: gapIds[0], dots: 10 },
    { gap_id: gapIds[1], dots: 5 },
  ]);

  // A quick survey question per touchpoint.
  await panel.getByLabel('Put on show').selectOption({ label: 'A quick survey question' });
  await panel.getByLabel('Question', { exact: true }).selectOption('ces');
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  for (const [i, { page: p }] of phones.entries()) {
    await expect(p.getByRole('heading', { name: 'A quick question' })).toBeVisible({ timeout: 10_000 });
    await p.getByRole('button', { name: `${i + 3} for Online check-in` }).click();
    await expect(p.getByText('Sent').first()).toBeVisible();
  }
  await expect(panel.getByText('5 answers')).toBeVisible();
  await panel.getByRole('button', { name: 'Keep as survey responses' }).click();
  await saved(page);
  expect(bridge.query(`SELECT i.kind, COUNT(r.id) AS n, AVG(r.score) AS mean FROM survey_import i JOIN survey_response r ON r.import_id = i.id WHERE i.from_room <> '' GROUP BY i.id`)).toEqual([
    { kind: 'ces', n: 5, mean: 5 },
  ]);

  // Closing the room stops the server: phones are refused.
  await panel.getByRole('button', { name: 'Close the room' }).click();
  await expect(page.getByText('The room is closed: phones can no longer send anything.')).toBeVisible();
  await expect(phones[0]!.page.getByText('The room cannot be reached. Trying again…')).toBeVisible({ timeout: 15_000 });
  await Promise.all(phones.map((p) => p.context.close()));
});

test('the participant server refuses wrong codes, the library channels, others’ rows and bad requests, and stops when closed', async ({ page, bridge, request }) => {
  const { workshopId } = await seedWorkshop(page, { title: 'Room rules', template: 'air-travel', step: 'journey' });
  const api = async (channel: string, input: unknown) =>
    page.evaluate(async ([c, body]) => (await fetch(`./api/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json(), [channel, input] as const);
  const opened = (await api('openRoom', { workshopId })) as { ok: true; value: { addresses: string[]; code: string } };
  const base = opened.value.addresses[0]!;
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const stage = bridge.query<{ id: string }>(`SELECT id FROM stage ORDER BY position LIMIT 1`)[0]!.id;
  const lane = bridge.query<{ id: string }>(`SELECT id FROM lane WHERE kind = 'pain_points'`)[0]!.id;
  const journey = bridge.query<{ id: string }>(`SELECT id FROM journey`)[0]!.id;
  const shown = (await api('showInRoom', {
    workshopId,
    show: { activity: { kind: 'notes', id: 'q1', prompt: 'What went wrong?', place: 'Book · Pain points' }, landing: { journeyId: journey, stageId: stage, laneId: lane, color: 'yellow' } },
  })) as { ok: boolean };
  expect(shown.ok).toBe(true);

  const post = (path: string, data: unknown, token?: string) => request.post(base + path, { data, headers: token ? { authorization: `Bearer ${token}` } : {} });
  // The page is served under its own strict policy.
  const pageRes = await request.get(base + '/');
  expect(pageRes.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(pageRes.headers()['content-security-policy']).toContain("connect-src 'self'");
  // The phone downloads at most 60 KB of script, gzipped.
  expect(gzipSync(await (await request.get(base + '/phone.js')).body()).length).toBeLessThanOrEqual(60 * 1024);

  const joinA = await post('/api/join', { code: opened.value.code, name: 'Ana' });
  const a = ((await joinA.json()) as { token: string }).token;
  const b = ((await (await post('/api/join', { code: opened.value.code })).json()) as { token: string }).token;

  // A participant cannot take back another's note: only their own last one, while it waits.
  expect((await post('/api/notes', { activity: 'q1', text: 'Ana’s note' }, a)).status()).toBe(200);
  expect((await request.delete(base + '/api/notes/last', { headers: { authorization: `Bearer ${b}` } })).status()).toBe(409);
  // Malformed and oversized requests get an error, and the server keeps serving.
  expect((await request.post(base + '/api/notes', { headers: { authorization: `Bearer ${a}`, 'content-type': 'application/json' }, data: '{"activity":' })).status()).toBe(400);
  expect((await post('/api/notes', { activity: 'q1', text: 'x'.repeat(281) }, a)).status()).toBe(400);
  expect((await post('/api/notes', { activity: 'q1', text: 'y'.repeat(6000) }, a)).status()).toBe(413);
  expect((await post('/api/notes', { activity: 'q1', text: 'Still here' }, a)).status()).toBe(200);
  const status = (await api('roomStatus', {})) as { value: { notes: { text: string; author: string }[] } };
  expect(status.value.notes.map((n) => [n.text, n.author])).toEqual([
    ['Ana’s note', 'Ana'],
    ['Still here', 'Ana'],
  ]);

  // Wrong codes lock the address out after the allowed tries, even for the right code after.
  for (let i = 0; i < 4; i++) expect((await post('/api/join', { code: 'ZZZZZZ' })).status()).toBe(401);
  expect((await post('/api/join', { code: 'ZZZZZZ' })).status()).toBe(429);
  expect((await post('/api/join', { code: opened.value.code })).status()).toBe(429);

  // Every library channel is refused, with or without a participant's token: the handler table is
  // not behind this server (a refusal may also be the rate limit, never an answer from a handler).
  for (const channel of CHANNELS) {
    for (const token of [undefined, b]) {
      const res = await post(`/api/${channel}`, { workshopId }, token);
      expect([401, 404, 429], `${channel} ${token ? 'with' : 'without'} a token`).toContain(res.status());
      expect(Object.keys((await res.json()) as object)).toEqual(['error']);
    }
  }

  // Closed: nothing answers any more.
  await api('closeRoom', {});
  await expect(post('/api/notes', { activity: 'q1', text: 'Too late' }, a)).rejects.toThrow();
});

test('says what to do when no phone has joined a minute after the room opened', async ({ page }) => {
  await page.clock.install();
  await seedWorkshop(page, { title: 'Quiet room', template: 'air-travel', step: 'setup' });
  await openRoom(page);
  const panel = page.getByRole('complementary', { name: 'The room joins in' });
  await expect(panel.getByText('No phone has joined yet')).toBeVisible();
  await expect(panel.getByText('No phone has joined after a minute')).toBeHidden();
  await page.clock.fastForward(65_000);
  await expect(panel.getByRole('alert').filter({ hasText: 'No phone has joined after a minute' })).toContainText('hotspot');
});

test('a note whose stage was deleted meanwhile stays waiting instead of being lost', async ({ page, bridge, request }) => {
  const { workshopId } = await seedWorkshop(page, { title: 'Moved on', template: 'air-travel', step: 'journey' });
  const { address, code } = await openRoom(page);
  const panel = page.getByRole('complementary', { name: 'The room joins in' });
  await panel.getByLabel('Stage').selectOption({ label: 'Book' });
  await panel.getByRole('button', { name: 'Show on phones' }).click();
  const { token } = (await (await request.post(`${address}/api/join`, { data: { code } })).json()) as { token: string };
  const activity = ((await (await request.get(`${address}/api/activity`, { headers: { authorization: `Bearer ${token}` } })).json()) as { activity: { id: string } }).activity.id;
  expect((await request.post(`${address}/api/notes`, { data: { activity, text: 'Fees at the last step' }, headers: { authorization: `Bearer ${token}` } })).status()).toBe(200);
  await expect(panel.getByRole('heading', { name: '1 note waiting' })).toBeVisible();
  const book = bridge.query<{ id: string }>(`SELECT id FROM stage WHERE name = 'Book'`)[0]!.id;
  expect(((await applyOpsThroughBridge(page, workshopId, [{ kind: 'delete', entity: 'stage', id: book }])) as { ok: boolean }).ok).toBe(true);
  await expect.poll(() => page.evaluate(() => document.body.innerText.includes('Check in'))).toBe(true);
  await panel.getByRole('button', { name: 'Approve “Fees at the last step”' }).click();
  await expect(page.getByText('1 note stays waiting: the stage or lane it was asked for is gone.')).toBeVisible();
  await expect(panel.getByRole('heading', { name: '1 note waiting' })).toBeVisible();
  expect(bridge.query(`SELECT COUNT(*) AS n FROM note WHERE from_room <> ''`)).toEqual([{ n: 0 }]);
});
