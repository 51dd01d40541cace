import { defineConfig } from 'vitest/config';

/**
 * Two kinds of Node tests. Unit tests call pure functions and the handler table in-process; each
 * takes milliseconds, and 15 s is a budget with room for a busy machine. System tests start
 * processes (the bench, a writer killed at random moments, the import reader, a security scan) or
 * a server, and take seconds to a minute on a slow machine: their budget is three minutes.
 */
export default defineConfig({
  test: {
    // better-sqlite3 is a native module: separate processes keep each file's handles apart.
    pool: 'forks',
    // Vitest's own default is one fork fewer than the cores: a single fork on a 2-core CI machine,
    // every file in a row. The files wait on disks and child processes as much as on the CPU, so
    // two at once finish sooner; no test measures time, so none minds.
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', pool: 'forks', testTimeout: 15_000 } },
      {
        test: {
          name: 'system',
          include: ['test/system/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
