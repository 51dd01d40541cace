// Runs electronegativity (offline) over the Electron main process (or the folder given second) and
// writes its SARIF report to the path given first. Its SARIF carries no severity, so each result is
// given the severity the scanner reported for it (results and issues come in the same order) under
// properties.severity.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const out = process.argv[2] ?? 'reports/electronegativity.sarif';
const input = process.argv[3] ?? 'electron';
fs.mkdirSync(path.dirname(out), { recursive: true });

const result = await run({
  input: path.resolve(input),
  output: out,
  isSarif: true,
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: [],
  electronVersionOverride: '41.0.0',
  parserPlugins: [],
});
// The report is written asynchronously by the scanner; wait for it.
for (let i = 0; i < 100 && !(fs.existsSync(out) && fs.statSync(out).size > 0); i++) await new Promise((r) => setTimeout(r, 50));
const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
sarif.runs[0].results.forEach((r, i) => {
  r.properties = { ...(r.properties ?? {}), severity: result.issues[i]?.severity?.name ?? 'UNKNOWN' };
});
fs.writeFileSync(out, JSON.stringify(sarif, null, 2));
