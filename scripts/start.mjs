// `npm start`: build and launch the desktop app. Where no Electron binary is installed, say so in
// one line and point to the browser version instead of failing with a stack trace.
import { runNpm } from './npm-command.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.log('Electron is not installed on this machine, so the desktop app cannot start here: run `npm run web` to use Touchpoint in your browser.');
  process.exit(0);
}

execFileSync(process.execPath, ['scripts/native.mjs', 'electron'], { stdio: 'inherit' });
runNpm(['run', 'build'], { stdio: 'inherit' });
// `electron .` starts the app by its package.json, so it is named Touchpoint with our version
// (not "Electron"), and its data folder is Touchpoint's.
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
