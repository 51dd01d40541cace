import { defineConfig } from '@playwright/test';
import { electronBinary } from './test/electron/electron-binary';

/**
 * End-to-end tests drive the built app as a person would: Debian's Chromium against the web
 * bridge (real handlers, a real SQLite file per test). The Electron project launches the desktop
 * app where an Electron binary exists and skips, saying why, where none does.
 * Playwright downloads nothing: the browser is the system's (CHROMIUM_PATH to point elsewhere).
 */
if (!electronBinary() && !process.env.TEST_WORKER_INDEX) {
  // Said once, up front, so a skipped desktop test is never mistaken for a passing one.
  console.log('Note: no Electron binary on this machine, so the desktop-app test is skipped; the web bridge tests cover the same handlers.');
}

export default defineConfig({
  testDir: 'test',
  // Budgets, not delays: a test usually takes 5–30 s on a slow 2-core CI machine, so 90 s leaves
  // three times that. Tests that do more (a whole workshop by keyboard, axe on every screen) say
  // so with test.slow(), which triples it. An assertion may wait up to 20 s for a busy machine.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    viewport: { width: 1366, height: 800 },
    // A failed test keeps a trace of its actions with DOM snapshots, and a screenshot of where it
    // stopped. The trace's screencast is left out: recording it made every test a third slower.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'web', testDir: 'test/e2e' },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
