/**
 * Each test gets its own web bridge (the built `dist/web/server.js`, exactly what `npm run web`
 * runs) over a fresh data folder, and a page already signed in with that run's token.
 * Console errors (a CSP violation, a React warning) fail the test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Bridge {
  url: string;
  origin: string;
  dataDir: string;
  /** Reads the library file directly: what is on disk, not what the screen says. */
  query<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
}

export function startBridge(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/web/server.js', '--data-dir', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`web bridge did not start:\n${out}`)), 10_000);
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

export const test = base.extend<{ bridge: Bridge; consoleErrors: string[]; offsite: string[] }>({
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
    async ({ page, consoleErrors: _ }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-e2e-'));
    const { child, url } = await startBridge(dataDir);
    const file = path.join(dataDir, 'touchpoint.db');
    const bridge: Bridge = {
      url,
      origin: new URL(url).origin,
      dataDir,
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
    // Close the windows before the server stops, so a request still in flight at the end of a
    // short test is not reported as a console error by a page whose server just went away.
    for (const p of page.context().pages()) await p.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
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
