/**
 * Starting the library: open (or repair) the database and build the handler table over it.
 * Used alike by the Electron main process and by the web bridge.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AppInfo } from '../shared/api';
import { msg } from '../shared/strings';
import { FutureDatabaseError } from './db/migrations';
import { ForeignLibraryError, openLibrary, type OpenedLibrary } from './db/open';
import { childReader } from './db/workshop-file';
import { createHandlers, type Handlers } from './handlers';
import type { WorkerCommand } from './worker-process';

export interface RunningLibrary {
  handlers: Handlers;
  library: OpenedLibrary;
  info: AppInfo;
  close(): void;
}

export const systemClock = { now: () => new Date().toISOString(), newId: () => randomUUID() };

/** The sentence to show when the library cannot be opened at all, or undefined for other errors. */
export function refusalMessage(err: unknown): string | undefined {
  if (err instanceof FutureDatabaseError) return msg.errors.futureDatabase(err.found, err.supported);
  if (err instanceof ForeignLibraryError) {
    if (err.kind === 'code') return msg.errors.foreignCode(err.objects.join(', '));
    if (err.kind === 'oversize') return msg.errors.oversizeValue(err.objects.join(', '));
    return msg.errors.emptyLibrary;
  }
  return undefined;
}

/** The bundled import worker next to the bundled main (dist/electron or dist/web). */
export function bundledImportWorker(dir: string): WorkerCommand {
  return { execArgv: [], script: path.join(dir, 'import-worker.js') };
}

export function startLibrary(opts: { dataDir: string; shell: AppInfo['shell']; version: string; importWorker: WorkerCommand }): RunningLibrary {
  const library = openLibrary(opts.dataDir);
  const info: AppInfo = {
    version: opts.version,
    dataDir: opts.dataDir,
    shell: opts.shell,
    notice: library.movedAsideTo
      ? { kind: 'recovered', movedTo: library.movedAsideTo, message: msg.errors.corruptMovedAside(library.movedAsideTo) }
      : null,
  };
  const handlers = createHandlers({ db: library.db, clock: systemClock, info, readWorkshopFile: childReader(opts.importWorker) });
  return { handlers, library, info, close: () => library.db.close() };
}
