import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built app as a person would: Debian's Chromium against the web
 * bridge (real handlers, a real SQLite file per test). The Electron project launches the desktop
 * app where an Electron binary exists and skips, saying why, where none does. `npm test` runs the
 * web project; `npm run test:desktop` the electron one (scripts/test-desktop.mjs first builds
 * better-sqlite3 for Electron's ABI, and puts the Node build back after).
 * Playwright downloads nothing: the browser is the system's (CHROMIUM_PATH to point elsewhere).
 */

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
    // A failed test keeps a screenshot of where it stopped and the page's accessibility snapshot
    // (error-context.md). Run by hand, it also keeps a trace of its actions with DOM snapshots
    // (the screencast is left out: it made every test a third slower). In CI no trace is
    // recorded: recording one for every test, to keep it for the few that fail, made the suite
    // about 15 % slower, and the run must stay within its 12 minutes. TP_TRACE=on keeps them in CI.
    trace: process.env.CI && process.env.TP_TRACE !== 'on' ? 'off' : { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: false },
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
