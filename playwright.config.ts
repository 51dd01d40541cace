import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built app as a person would: Debian's Chromium against the web
 * bridge (real handlers, a real SQLite file per test). The Electron project launches the desktop
 * app where an Electron binary exists and skips, saying why, where none does.
 * Playwright downloads nothing: the browser is the system's (CHROMIUM_PATH to point elsewhere).
 */
export default defineConfig({
  testDir: 'test',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
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
