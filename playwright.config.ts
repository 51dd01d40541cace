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
  timeout: 30_000,
  // Two cores run two browsers and two bridges at once: assertions may wait up to 10 s (a ceiling, not a delay).
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
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
