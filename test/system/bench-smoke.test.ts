/**
 * `npm run bench` is not timed here (speed lives in the bench's own table); this only proves that
 * every case still runs and prints a number, so the bench cannot quietly break. One run per case.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CASES = [
  'save 1,000 notes in one batch (applyOps)',
  'one edit round trip, p50',
  'one edit round trip, p99',
  'open a workshop of 10,000 rows',
  'export 1,000 actions as PDF',
  'import a workshop file of 5,000 notes',
  // The smoke run lands 7,000 rows (25,000 in the bench proper).
  'longest pause importing 7,000 rows',
  'map first draw, 2,000 notes, 100% zoom',
  'map drag frame, 2,000 notes, fit to screen',
  'renderer bundle, KB of JS after gzip',
  'JS the first screen loads, KB after gzip',
  'time to first screen in Chromium',
  'edit round trip from the page, p99',
  'edit arriving in a second view, p95',
  "room note to the facilitator's view, p95",
  "themes' agreement with a person (ARI), software",
  'group 500 notes into themes',
];

describe('the benchmark', () => {
  it('runs every case and prints a number beside its baseline for each', () => {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--config', 'test/bench/vite.bench.config.mts'], { stdio: 'ignore', timeout: 120_000 });
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/run.mts'], { env: { ...process.env, BENCH_RUNS: '1' }, encoding: 'utf8', timeout: 240_000 });
    for (const name of CASES) {
      const line = out.split('\n').find((l) => l.startsWith(name));
      expect(line, name).toMatch(/\s\d+(\.\d+)?\s+\d+(\.\d+)?\s+\d+(\.\d+)?×$/);
    }
  }, 360_000);
});
