/**
 * The desktop app itself, launched with Playwright's Electron driver. It needs an Electron binary
 * and better-sqlite3 built for Electron's ABI (`node scripts/native.mjs electron`); where there is
 * no binary (ELECTRON_SKIP_BINARY_DOWNLOAD, or a blocked download) it is skipped, saying so.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary } from './electron-binary';

const binary = electronBinary();
const SKIP_REASON =
  'No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or its download was blocked); the web bridge tests cover the same handlers.';

test.skip(!binary, SKIP_REASON);

test('the desktop app opens one isolated, sandboxed window and stores a workshop', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: ['dist/electron/main.js', '--data-dir', dataDir] });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle('Touchpoint');
    expect(new URL(window.url()).protocol).toBe('app:');

    // Isolation: no Node in the page, and the bridge is functions only.
    const page = await window.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.entries((window as unknown as { touchpoint: Record<string, unknown> }).touchpoint).map(([k, v]) => [k, typeof v]),
    }));
    expect(page.require).toBe('undefined');
    expect(page.process).toBe('undefined');
    expect(page.api.every(([, t]) => t === 'function')).toBe(true);

    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    await window.getByRole('button', { name: 'New workshop' }).first().click();
    await window.getByLabel('Workshop title').fill('Desktop workshop');
    await window.getByRole('button', { name: 'Create workshop' }).click();
    await expect(window.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();

    // A workshop file goes out and comes back in: the import is read by the bundled worker,
    // which Electron runs as Node from inside the app (electron/worker-process.ts).
    const imported = await window.evaluate(async () => {
      const api = (window as unknown as { touchpoint: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { id: string; title?: string; content?: string }; error?: unknown }>> }).touchpoint;
      const list = await api.listWorkshops!({});
      const id = (list.value as unknown as { id: string }[])[0]!.id;
      const file = await api.exportWorkshopFile!({ workshopId: id });
      return api.importWorkshopFile!({ fileName: 'desktop.touchpoint', content: file.value!.content });
    });
    expect(imported).toMatchObject({ ok: true, value: { title: 'Desktop workshop (imported copy)' } });
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
