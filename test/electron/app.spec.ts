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

/** The app as `npm start` runs it (`electron .`), on a fresh data folder. */
async function launch() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: ['.', '--data-dir', dataDir] });
  return { app, dataDir };
}

test('the desktop app opens one isolated, sandboxed window and stores a workshop', async () => {
  const { app, dataDir } = await launch();
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

test('the presenter view opens with our page in it (not blank), and the error screen can reload', async () => {
  const { app, dataDir } = await launch();
  try {
    const window = await app.firstWindow();
    await window.getByRole('button', { name: 'New workshop' }).first().click();
    await window.getByLabel('Workshop title').fill('Projector');
    await window.getByRole('button', { name: 'Create workshop' }).click();
    const [presenter] = await Promise.all([app.waitForEvent('window'), window.getByRole('button', { name: 'Presenter view' }).click()]);
    await expect(presenter.getByRole('heading', { level: 1 })).toHaveText('Setup');
    expect(new URL(presenter.url()).hash).toMatch(/^#\/present\//);
    // A reload is a navigation to our own page: allowed (electron/navigation.ts).
    await window.reload();
    await expect(window.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();
    // Anywhere else is refused.
    await window.evaluate(() => (globalThis.location.href = 'https://example.com/'));
    await expect(window.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a report is saved as a PDF through the download path, and the window reopens after closing (macOS Dock)', async () => {
  const { app, dataDir } = await launch();
  try {
    const target = path.join(dataDir, 'saved-report.pdf');
    // Stands in for the person choosing where to save in the dialog.
    await app.evaluate(({ session }, file) => session.defaultSession.on('will-download', (_e, item) => item.setSavePath(file)), target);
    const window = await app.firstWindow();
    await window.getByRole('button', { name: 'New workshop' }).first().click();
    await window.getByLabel('Workshop title').fill('Saved');
    await window.getByRole('button', { name: 'Create workshop' }).click();
    await window.getByRole('link', { name: /Report/ }).click();
    await window.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Workshop report (PDF)' }).click();
    await expect.poll(() => fs.existsSync(target) && fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');

    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((w) => w.close()));
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(0);
    if (process.platform === 'darwin') {
      for (let i = 0; i < 2; i++) {
        await app.evaluate(({ app: electronApp }) => electronApp.emit('activate'));
        await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
        await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().forEach((w) => w.close()));
      }
    }
  } finally {
    await app.close().catch(() => {});
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

const packaged = process.env.TOUCHPOINT_PACKAGED_APP;
test('the packaged app (electron-builder --dir) starts from its archive, opens a workshop and exports a PDF', async () => {
  test.skip(!packaged || !fs.existsSync(packaged), 'No packaged app to start: `npm run test:desktop` packs one with electron-builder --dir first.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-packaged-'));
  const app = await electron.launch({ executablePath: packaged!, args: ['--data-dir', dataDir] });
  try {
    const window = await app.firstWindow();
    await window.getByRole('button', { name: 'New workshop' }).first().click();
    await window.getByLabel('Workshop title').fill('Packaged');
    await window.getByRole('button', { name: 'Create workshop' }).click();
    await expect(window.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();
    const pdf = await window.evaluate(async () => {
      const api = (window as unknown as { touchpoint: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { id?: string; content?: string }[] & { content?: string } }>> }).touchpoint;
      const list = (await api.listWorkshops!({})).value as unknown as { id: string }[];
      const file = await api.exportReport!({ workshopId: list[0]!.id });
      return (file.value as unknown as { content: string }).content.slice(0, 8);
    });
    expect(Buffer.from(pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
