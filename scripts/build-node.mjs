// Bundles the Node-side code with esbuild: the Electron main process, the preload (one CommonJS
// file that requires only `electron`, as the sandbox demands), the web bridge, the import worker,
// and the participant page phones open when the room is open (served by main, not by Vite: it is
// a page of its own, small and without React).
import { build } from 'esbuild';
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

fs.mkdirSync('dist/phone', { recursive: true });
for (const file of ['index.html', 'phone.css']) fs.copyFileSync(`renderer/phone/${file}`, `dist/phone/${file}`);

await Promise.all([
  // ES2020 runs in Safari from iOS 14 and in Chrome on Android: old enough phones for a room of guests.
  build({ entryPoints: ['renderer/phone/phone.ts'], outfile: 'dist/phone/phone.js', bundle: true, platform: 'browser', format: 'iife', target: 'es2020', minify: true, logLevel: 'warning' }),
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', external: ['electron', 'better-sqlite3', 'pdfkit', 'exceljs', 'dejavu-fonts-ttf'] }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.js', external: ['electron'], sourcemap: false }),
  build({ ...common, entryPoints: ['electron/web/cli.ts'], outfile: 'dist/web/server.js', external: ['better-sqlite3', 'pdfkit', 'exceljs', 'dejavu-fonts-ttf'] }),
  // The child process that reads imported workshop files, next to each entry that starts it.
  ...['dist/electron', 'dist/web'].map((dir) =>
    build({ ...common, entryPoints: ['electron/import-worker.ts'], outfile: `${dir}/import-worker.js`, external: ['better-sqlite3'] }),
  ),
]);
