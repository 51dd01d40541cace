/**
 * `npm run web`: the app in a browser, over the web bridge. Flags: --port N, --data-dir DIR,
 * --room-host ADDRESS (where the room's participant server listens: 127.0.0.1 unless told, so
 * tests and a developer's machine stay private; 0.0.0.0 lets phones on the network join).
 * Prints the address (with the access key) and runs until stopped.
 *
 * The port and the key stay the same from one run to the next (the key is kept in the data
 * folder, readable only by its owner): a page left open while the bridge restarts carries on,
 * and the edits it kept in its journal (stored per address) are found again.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { resolveDataDir } from '../data-dir';
import { bundledImportWorker, refusalMessage, startLibrary } from '../library';
import { startWebServer } from './server';

declare const __APP_VERSION__: string;

function portArg(argv: readonly string[]): number | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--port' ? argv[i + 1] : a.startsWith('--port=') ? a.slice(7) : undefined;
    if (v !== undefined) {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) {
        console.error(`--port needs a number from 0 to 65535 (got "${v}").`);
        process.exit(2);
      }
      return n;
    }
  }
  return undefined;
}

function roomHostArg(argv: readonly string[]): string {
  const i = argv.indexOf('--room-host');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--room-host='))?.slice(12);
  if (v === undefined) return '127.0.0.1';
  if (!/^[0-9a-f.:]{2,45}$/i.test(v)) {
    console.error(`--room-host needs an IP address such as 127.0.0.1 or 0.0.0.0 (got "${v}").`);
    process.exit(2);
  }
  return v;
}

/** The port `npm run web` uses unless told otherwise (another, if that one is taken). */
export const DEFAULT_PORT = 4280;

function accessKey(dataDir: string): string {
  const file = path.join(dataDir, 'web-access-key');
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{48}$/.test(kept)) return kept;
  } catch {
    // none yet
  }
  const key = randomBytes(24).toString('hex');
  fs.writeFileSync(file, key, { mode: 0o600 });
  return key;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  let running;
  try {
    running = startLibrary({ dataDir, shell: 'web', version: __APP_VERSION__, importWorker: bundledImportWorker(__dirname), room: { bindHost: roomHostArg(argv), phoneDir: path.join(__dirname, '..', 'phone') } });
  } catch (err) {
    const refusal = refusalMessage(err);
    if (refusal) {
      console.error(refusal);
      process.exit(1);
    }
    throw err;
  }
  if (running.info.notice) console.warn(running.info.notice.message);
  const options = { handlers: running.handlers, staticDir: path.join(__dirname, '..', 'renderer'), feed: running.feed, token: accessKey(dataDir) };
  const asked = portArg(argv);
  let server;
  try {
    server = await startWebServer({ ...options, port: asked ?? DEFAULT_PORT });
  } catch (err) {
    if (asked !== undefined || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    server = await startWebServer({ ...options, port: 0 });
  }
  console.log(`Touchpoint is running at ${server.url}`);
  console.log(`Library: ${running.library.file}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().then(() => {
      running.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A fault in one request must not take the library's only process down with it.
  process.on('uncaughtException', (err) => console.error('Unexpected error (still serving):', err));
  process.on('unhandledRejection', (err) => console.error('Unexpected error (still serving):', err));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
