// Keeps better-sqlite3 built for the runtime about to use it, so nobody meets a
// NODE_MODULE_VERSION error. `node scripts/native.mjs node` before tests and `npm run web`;
// `node scripts/native.mjs electron` before `npm start` and `npm run dist`.
import { runNpm } from './npm-command.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const marker = new URL('../node_modules/.touchpoint-native-abi', import.meta.url);
const built = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'node';

function loadsInNode() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'pipe' });
  return r.status === 0;
}

if (target === 'node') {
  if (built !== 'node' || !loadsInNode()) {
    console.log('Rebuilding better-sqlite3 for Node…');
    runNpm(['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
    fs.writeFileSync(marker, 'node');
  }
} else if (target === 'electron') {
  const version = require('electron/package.json').version;
  if (built !== `electron-${version}`) {
    console.log(`Rebuilding better-sqlite3 for Electron ${version}…`);
    runNpm(['exec', '--', 'electron-builder', 'install-app-deps'], { stdio: 'inherit' });
    fs.writeFileSync(marker, `electron-${version}`);
  }
} else {
  console.error('Usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
