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
import { acquireLibraryLock, LibraryLockedError } from './db/library-lock';
import { ChangeFeed } from './feed';
import fs from 'node:fs';
import { childReader } from './db/workshop-file';
import { childSheetReader } from './sheets/sheet-file';
import { createHandlers, type Handlers } from './handlers';
import type { WorkerCommand } from './worker-process';
import os from 'node:os';
import { RoomHost } from './room/host';
import { readPhonePage } from './room/page';

export interface RunningLibrary {
  handlers: Handlers;
  library: OpenedLibrary;
  info: AppInfo;
  feed: ChangeFeed;
  room: RoomHost;
  close(): void;
}

/** Where the room's participant server listens, and the participant page it serves. */
export interface RoomSettings {
  /** '0.0.0.0' (every interface; only local-network callers are answered) in the desktop app; 127.0.0.1 in tests. */
  bindHost: string;
  /** The built participant page (dist/phone). */
  phoneDir: string;
}

export const systemClock = { now: () => new Date().toISOString(), newId: () => randomUUID() };

/** The sentence to show when the library cannot be opened at all, or undefined for other errors. */
export function refusalMessage(err: unknown): string | undefined {
  if (err instanceof FutureDatabaseError) return msg.errors.futureDatabase(err.found, err.supported);
  if (err instanceof LibraryLockedError) return msg.errors.libraryInUse(err.owner.app, err.owner.pid, err.owner.host, err.owner.startedAt);
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

export function startLibrary(opts: { dataDir: string; shell: AppInfo['shell']; version: string; importWorker: WorkerCommand; room?: RoomSettings }): RunningLibrary {
  // The data folder holds the user's workshops: only they may read it.
  fs.mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  // One process per library: a second one (the desktop app beside `npm run web`) is refused
  // before it reads anything, naming the first.
  const lock = acquireLibraryLock(opts.dataDir, opts.shell === 'electron' ? 'desktop app' : 'web bridge');
  let library: OpenedLibrary;
  try {
    library = openLibrary(opts.dataDir);
  } catch (err) {
    lock.release();
    throw err;
  }
  const info: AppInfo = {
    version: opts.version,
    dataDir: opts.dataDir,
    shell: opts.shell,
    notice: library.movedAsideTo
      ? { kind: 'recovered', movedTo: library.movedAsideTo, message: msg.errors.corruptMovedAside(library.movedAsideTo) }
      : null,
  };
  // A workshop whose import was cut short by a crash is half a workshop: it goes.
  library.db.prepare('DELETE FROM workshop WHERE importing = 1').run();
  const feed = new ChangeFeed();
  // Scripts and tests started from the sources keep the room on this machine, with the built page.
  const settings = opts.room ?? { bindHost: '127.0.0.1', phoneDir: path.resolve('dist', 'phone') };
  const room = new RoomHost({ bindHost: settings.bindHost, interfaces: () => os.networkInterfaces(), page: () => readPhonePage(settings.phoneDir) });
  const handlers = createHandlers({ db: library.db, clock: systemClock, info, feed, readWorkshopFile: childReader(opts.importWorker), readSheet: childSheetReader(opts.importWorker), room });
  return {
    handlers,
    library,
    info,
    feed,
    room,
    close: () => {
      void room.close();
      library.db.close();
      lock.release();
    },
  };
}
