/**
 * `npm run web`: the app in a browser, over the web bridge. Flags: --port N, --data-dir DIR.
 * Prints the address (with this run's access key) and runs until stopped.
 */
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  let running;
  try {
    running = startLibrary({ dataDir, shell: 'web', version: __APP_VERSION__, importWorker: bundledImportWorker(__dirname) });
  } catch (err) {
    const refusal = refusalMessage(err);
    if (refusal) {
      console.error(refusal);
      process.exit(1);
    }
    throw err;
  }
  if (running.info.notice) console.warn(running.info.notice.message);
  const server = await startWebServer({
    handlers: running.handlers,
    staticDir: path.join(__dirname, '..', 'renderer'),
    port: portArg(argv),
  });
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
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
