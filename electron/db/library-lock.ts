/**
 * One process per library. The desktop app and `npm run web` open the same data folder by default;
 * two processes writing one SQLite file would each keep their own change feed and undo, so views
 * of one would silently overwrite the other's edits. The first to start takes a lock file in the
 * data folder; a second is refused with a message naming the first. A lock left by a process that
 * is gone (a crash, a power cut) is recognised and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'touchpoint.lock';

export interface LockOwner {
  pid: number;
  host: string;
  /** 'desktop app' or 'web bridge' (npm run web), for the message. */
  app: string;
  startedAt: string;
}

export class LibraryLockedError extends Error {
  constructor(readonly owner: LockOwner) {
    super(`The library is in use by another Touchpoint (${owner.app}, process ${owner.pid} on ${owner.host}).`);
    this.name = 'LibraryLockedError';
  }
}

export interface LibraryLock {
  file: string;
  release(): void;
}

/** True when a process with this id is running on this machine (a zombie counts as gone). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return !/^State:\s+Z/m.test(status);
  } catch {
    return true; // no /proc (macOS, Windows): kill(pid, 0) is all we can know
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, app: String(parsed.app ?? 'Touchpoint'), startedAt: String(parsed.startedAt ?? '') };
  } catch {
    return null; // unreadable or half-written: nobody can hold it
  }
}

/**
 * A lock held by a live process, or by any process on another computer (a data folder in a synced
 * or shared drive: we cannot see whether it still runs, so we do not take it).
 */
function isHeld(owner: LockOwner | null, isRunning: (pid: number) => boolean): owner is LockOwner {
  if (!owner) return false;
  if (owner.host !== os.hostname()) return true;
  if (owner.pid === process.pid) return false;
  return isRunning(owner.pid);
}

export function acquireLibraryLock(
  dataDir: string,
  app: string,
  opts: { now?: Date; isRunning?: (pid: number) => boolean } = {},
): LibraryLock {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), app, startedAt: (opts.now ?? new Date()).toISOString() };
  const text = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: of two processes starting at once, one wins.
      fs.writeFileSync(file, text, { flag: 'wx', mode: 0o600 });
      return { file, release: () => release(file) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(file);
    if (isHeld(owner, opts.isRunning ?? processIsRunning)) throw new LibraryLockedError(owner);
    // Stale: its process is gone. Remove it and try again (another starter may win the race).
    fs.rmSync(file, { force: true });
  }
  const owner = readOwner(file);
  throw new LibraryLockedError(owner ?? { pid: 0, host: os.hostname(), app: 'Touchpoint', startedAt: '' });
}

/** Removes the lock only if it is still ours (a lock taken over by another is left alone). */
function release(file: string): void {
  const owner = readOwner(file);
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) fs.rmSync(file, { force: true });
}
