// `npm run web [-- --port N] [-- --data-dir DIR]`: build, then serve the app on 127.0.0.1 from
// the web bridge, backed by the same handlers and library as the desktop app.
import { runNpm } from './npm-command.mjs';
import { execFileSync, spawn } from 'node:child_process';

execFileSync(process.execPath, ['scripts/native.mjs', 'node'], { stdio: 'inherit' });
runNpm(['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const child = spawn(process.execPath, ['dist/web/server.js', ...process.argv.slice(2)], { stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
