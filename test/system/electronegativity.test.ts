/**
 * A security scan of the Electron main process with electronegativity (npm, runs offline), through
 * scripts/security-scan.mjs, which writes its SARIF report with each finding's severity. Any HIGH
 * finding fails the test. A deliberately insecure fixture proves the scan does flag HIGH findings.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Sarif {
  runs: { results: { ruleId: string; properties: { severity: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
}

function scan(input: string): Sarif['runs'][0]['results'] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-scan-'));
  const out = path.join(dir, 'report.sarif');
  try {
    execFileSync(process.execPath, ['scripts/security-scan.mjs', out, input], { stdio: 'ignore', timeout: 120_000 });
    return (JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif).runs[0]!.results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const high = (results: Sarif['runs'][0]['results']) =>
  results.filter((r) => r.properties.severity === 'HIGH').map((r) => `${r.ruleId} ${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine}`);

describe('the electronegativity security scan', () => {
  it('finds nothing of HIGH severity in the main process', () => {
    expect(high(scan('electron'))).toEqual([]);
  });

  it('does flag a main process that turns isolation off (so the check above can fail)', () => {
    expect(high(scan('test/fixtures/insecure-electron')).map((h) => h.split(' ')[0])).toContain('CONTEXT_ISOLATION_JS_CHECK');
  });
});
