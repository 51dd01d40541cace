// `npm start`: build and launch the desktop app. Where no Electron binary is installed, say so in
// one line and point to the browser version instead of failing with a stack trace.
import { execFileSync, spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.log('Electron is not installed on this machine, so the desktop app cannot start here: run `npm run web` to use Touchpoint in your browser.');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(process.execPath, ['scripts/native.mjs', 'electron'], { stdio: 'inherit' });
execFileSync(npm, ['run', 'build'], { stdio: 'inherit' });
const child = spawn(binary, ['dist/electron/main.js', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
