/**
 * Each test gets its own web bridge (the built `dist/web/server.js`, exactly what `npm run web`
 * runs) over a fresh data folder, and a page already signed in with that run's token.
 * Console errors (a CSP violation, a React warning) fail the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newJourneyOps } from '../../shared/domain/journey';
import { parseTemplate } from '../../shared/domain/templates';

export interface Bridge {
  url: string;
  origin: string;
  dataDir: string;
  /** Reads the library file directly: what is on disk, not what the screen says. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /** Kills the bridge outright (SIGKILL: no goodbye, no cleanup). */
  crash(): Promise<void>;
  /** Starts a bridge again on the same port and data folder. */
  restart(): Promise<void>;
}

export function startBridge(dataDir: string, port = 0): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/web/server.js', '--data-dir', dataDir, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web bridge did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\w+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web bridge exited (${code}):\n${out}`));
    });
  });
}

interface BridgeBoot {
  dataDir: string;
  started: Promise<{ child: ChildProcess; url: string }>;
}

async function stopChild(child: ChildProcess | null, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

export const test = base.extend<{ bridge: Bridge; consoleErrors: string[]; offsite: string[]; bridgeBoot: BridgeBoot }>({
  // The bridge boots while the browser context is being made (the context waits on nothing of it),
  // and stops only after the context's windows have closed, so a request still in flight at the
  // end of a short test is not reported as a console error by a page whose server just went away.
  bridgeBoot: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-e2e-'));
    const boot: BridgeBoot = { dataDir, started: startBridge(dataDir) };
    boot.started.catch(() => {}); // awaited (and reported) by the bridge fixture
    await use(boot);
    // `started` is replaced when a test restarts the bridge: stop whichever runs now.
    await stopChild(await boot.started.then((s) => s.child, () => null), 'SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  context: async ({ bridgeBoot: _, context }, use) => {
    await use(context);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  // The app never touches the network: every request of every window in every test must stay
  // on 127.0.0.1 (or be in-page data: and blob: addresses).
  offsite: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      context.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.hostname !== '127.0.0.1') offsite.push(req.url());
      });
      await use(offsite);
      expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
  bridge: [
    async ({ page, bridgeBoot, consoleErrors: _ }, use) => {
      const { url } = await bridgeBoot.started;
      const file = path.join(bridgeBoot.dataDir, 'touchpoint.db');
      const bridge: Bridge = {
        url,
        origin: new URL(url).origin,
        dataDir: bridgeBoot.dataDir,
        crash: async () => stopChild((await bridgeBoot.started).child, 'SIGKILL'),
        restart: async () => {
          bridgeBoot.started = startBridge(bridgeBoot.dataDir, Number(new URL(url).port));
          await bridgeBoot.started;
        },
        query: (sql, ...params) => {
          const db = new Database(file, { readonly: true, fileMustExist: true });
          try {
            return db.prepare(sql).all(...params) as never;
          } finally {
            db.close();
          }
        },
      };
      await page.goto(url);
      await use(bridge);
      for (const p of page.context().pages()) await p.close();
    },
    // Every test runs against its own bridge, whether or not it reads the bridge's details.
    { auto: true },
  ],
});

export { expect };

/** Creates a workshop from the library, as a person would, and lands on its Setup step. */
export async function createWorkshop(page: Page, title: string, client = ''): Promise<void> {
  await page.getByRole('button', { name: 'New workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByLabel('Workshop title').fill(title);
  if (client) await dialog.getByLabel('Client or organisation').fill(client);
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();
}

/** From any step of an open workshop: a journey from one of the shipped templates, by its name. */
export async function newJourney(page: Page, template: string): Promise<void> {
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByRole('button', { name: 'New journey' }).first().click();
  await page.getByRole('dialog', { name: 'New journey' }).getByText(template).click();
  await page.getByRole('button', { name: 'Create journey' }).click();
}

/**
 * Stores ops through the page's own web bridge (the real handlers), for a test that needs a big or
 * unusual workshop faster than a person could type it; the screen shows it after a reload.
 */
export async function applyOpsThroughBridge(page: Page, workshopId: string, ops: unknown[]): Promise<unknown> {
  return page.evaluate(
    async (body) => (await fetch('./api/applyOps', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json(),
    { workshopId, ops },
  );
}

/** Waits until every edit has reached SQLite. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** Controls on the page that a screen reader (or getByRole/getByLabel) could not name. */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="radio"], [tabindex="0"]')];
    return controls
      .filter((el) => {
        const labelled =
          (el as HTMLInputElement).labels?.length ||
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          ((el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent?.trim());
        return !labelled;
      })
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

export interface SeededWorkshop {
  workshopId: string;
  journeyId: string;
}

/**
 * A workshop with a journey from a shipped template, stored through the page's own web bridge and
 * opened at `step`, for tests whose subject comes after these clicks (the clicks themselves are
 * tested in setup.spec and journey.spec).
 */
export async function seedWorkshop(
  page: Page,
  opts: { title: string; client?: string; template: string; step?: string; fields?: Record<string, unknown> },
): Promise<SeededWorkshop> {
  const template = parseTemplate(JSON.parse(fs.readFileSync(path.join('resources/templates', `${opts.template}.json`), 'utf8')));
  const summary = (await page.evaluate(
    async (body) => (await fetch('./api/createWorkshop', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json(),
    { title: opts.title, ...(opts.client ? { client: opts.client } : {}) },
  )) as { ok: boolean; value: { id: string } };
  if (!summary.ok) throw new Error(`could not create a workshop: ${JSON.stringify(summary)}`);
  const workshopId = summary.value.id;
  const journeyId = randomUUID();
  const ops: unknown[] = newJourneyOps({ journeyId, name: template.name, personaId: null, position: 1, template }, randomUUID);
  if (opts.fields) ops.push({ kind: 'update', entity: 'workshop', id: workshopId, patch: opts.fields });
  const stored = (await applyOpsThroughBridge(page, workshopId, ops)) as { ok: boolean };
  if (!stored.ok) throw new Error(`could not seed the workshop: ${JSON.stringify(stored)}`);
  await page.evaluate((hash) => (window.location.hash = hash), `#/w/${workshopId}/${opts.step ?? 'setup'}`);
  await expect(page.getByRole('main')).toBeVisible();
  return { workshopId, journeyId };
}

/**
 * Words split across two lines inside the elements matching `selector` (table cells, by default):
 * each word's text is measured with a Range; a word drawn on more than one line was broken.
 * A word wider than its whole cell may break, and is not counted.
 */
export async function brokenWords(page: Page, selector = 'th, td'): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>(sel)) {
      const rect = cell.getBoundingClientRect();
      if (rect.width === 0) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A line may end after a hyphen ("thank-" / "you"): each part counts as a word.
        for (const m of text.matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          const width = range.getBoundingClientRect().width;
          if (lines.size > 1 && width < rect.width) broken.push(m[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** How far the page, or a step's <main>, scrolls sideways (0 or less: not at all). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(...[document.documentElement, ...document.querySelectorAll('main')].map((el) => el.scrollWidth - el.clientWidth)),
  );
}

/**
 * Controls on screen that are cut off at the side: past the window's edge, or clipped by a box
 * that hides its overflow. A control in a box that scrolls (a wide table) can be scrolled to and
 * is not counted; nor is one hidden on purpose (1 px, for screen readers) or scrolled out of view
 * vertically.
 */
export async function cutOffControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="radio"], [role="tab"]')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2 || r.bottom < 0 || r.top > window.innerHeight) continue;
      if (getComputedStyle(el).visibility === 'hidden' || el.closest('[aria-hidden="true"], dialog:not([open])')) continue;
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim() ?? el.tagName;
      if (r.left < -1 || r.right > width + 1) {
        cut.push(`${name} (past the window's edge)`);
        continue;
      }
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') break;
        if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
        const b = box.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1) cut.push(`${name} (clipped by .${box.className})`);
        break;
      }
    }
    return cut;
  });
}
