// The checks before the tests, side by side: lint, the three typechecks and the build are
// independent, and on a 2-core machine running them together takes about half as long as one
// after another. Each says when it ended; its output is printed whole when it failed (and the
// linter's always, for its warnings), so the log stays readable. Any failure fails the run, after
// all have finished.
import { spawn } from 'node:child_process';
import { npmCommand } from './npm-command.mjs';

const node = process.execPath;
const bin = (pkg, file) => [node, [`node_modules/${pkg}/${file}`]];
const jobs = [
  ['lint', ...bin('eslint', 'bin/eslint.js'), ['.']],
  ['typecheck (app)', ...bin('typescript', 'bin/tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['typecheck (electron)', ...bin('typescript', 'bin/tsc'), ['-p', 'electron/tsconfig.json', '--noEmit']],
  ['typecheck (tests)', ...bin('typescript', 'bin/tsc'), ['-p', 'test/tsconfig.json', '--noEmit']],
  (() => {
    const npm = npmCommand(['run', '-s', 'build']);
    return ['build', npm.file, [], npm.args, npm.shell];
  })(),
];

const started = Date.now();
const results = await Promise.all(
  jobs.map(
    ([name, cmd, pre, args, shell = false]) =>
      new Promise((resolve) => {
        const child = spawn(cmd, [...pre, ...args], { stdio: ['ignore', 'pipe', 'pipe'], shell });
        let out = '';
        child.stdout.on('data', (c) => (out += c));
        child.stderr.on('data', (c) => (out += c));
        child.on('close', (code) => {
          const secs = ((Date.now() - started) / 1000).toFixed(0);
          const show = (code !== 0 || name === 'lint') && out.trim();
          console.log(`${code === 0 ? '✓' : '✗'} ${name} (${secs} s)${show ? `\n${out.trim()}` : ''}`);
          resolve(code === 0);
        });
      }),
  ),
);
if (results.some((ok) => !ok)) process.exit(1);
