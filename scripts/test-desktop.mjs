// `npm run test:desktop`: the desktop app's own tests (test/electron), where an Electron binary
// exists. They need better-sqlite3 built for Electron's ABI, which `npm test` (plain Node) does
// not use: this prepares it, packs the app unsigned into release/ (`electron-builder --dir`) for
// the packaged smoke test, runs the tests, and puts the Node build back whatever happened.
// Without an Electron binary the tests are skipped, each saying why.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { runNpm } from './npm-command.mjs';

/** Where electron-builder --dir leaves the app's executable on each platform. */
export function unpackedApp(platform, arch, productName) {
  if (platform === 'darwin') return path.join('release', arch === 'arm64' ? 'mac-arm64' : 'mac', `${productName}.app`, 'Contents', 'MacOS', productName);
  if (platform === 'win32') return path.join('release', 'win-unpacked', `${productName}.exe`);
  return path.join('release', 'linux-unpacked', productName.toLowerCase());
}

const node = (args) => execFileSync(process.execPath, args, { stdio: 'inherit' });
let failed = false;
if (!electronBinary()) {
  console.log('No Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download was blocked): the desktop tests will say they were skipped.');
  node(['node_modules/@playwright/test/cli.js', 'test', '--project', 'electron']);
} else {
  try {
    node(['scripts/native.mjs', 'electron']);
    runNpm(['run', 'build'], { stdio: 'inherit' });
    runNpm(['exec', '--', 'electron-builder', '--dir', '--config', 'electron-builder.yml'], { stdio: 'inherit' });
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const packaged = path.resolve(unpackedApp(process.platform, process.arch, pkg.productName));
    execFileSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--project', 'electron'], {
      stdio: 'inherit',
      env: { ...process.env, TOUCHPOINT_PACKAGED_APP: packaged },
    });
  } catch {
    failed = true;
  } finally {
    node(['scripts/native.mjs', 'node']);
  }
}
process.exit(failed ? 1 : 0);
