import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native module: separate processes keep each file's handles apart.
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
