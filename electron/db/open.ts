/**
 * Opening the library database safely.
 *
 * - A library from a newer version is refused before SQLite opens it for writing: the version is
 *   read from the file header, so the file stays byte-identical.
 * - A damaged file is moved aside (never deleted) with its -wal/-shm companions, and a fresh
 *   library opens; the caller tells the user where the old file went.
 * - Before migrating an existing library a copy is kept in backups/ (after VS Code's storage).
 *
 * Durability: WAL with synchronous=FULL. Each edit is one transaction and is fsynced at commit,
 * so an edit the screen shows as saved survives an app crash and a power cut alike. Edits are
 * batched while a write is in flight, so the fsync cost is paid per batch, not per keystroke.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { FutureDatabaseError, MIGRATIONS, migrate, type Migration } from './migrations';

export const LIBRARY_FILE = 'touchpoint.db';
const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface OpenedLibrary {
  db: Database.Database;
  file: string;
  /** Set when a damaged library was moved aside at this start. */
  movedAsideTo: string | null;
  migratedFrom: number;
  backupFile: string | null;
}

class DamagedDatabaseError extends Error {}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);
}

/**
 * The fields we read from a database file's 100-byte header, or null when the bytes are not a
 * plausible SQLite header: the magic string, a page size SQLite allows, and the payload fractions
 * SQLite always writes (64, 32, 32). Without those checks, garbage after the magic string would
 * be read as a version number and reported as a file "from a newer Touchpoint".
 */
export function readSqliteHeader(header: Buffer): { version: number; applicationId: number } | null {
  if (header.length < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) return null;
  const pageSize = header.readUInt16BE(16);
  const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
  if (!validPageSize || header[21] !== 64 || header[22] !== 32 || header[23] !== 32) return null;
  return { version: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

/** Reads the header without opening the database: damaged if it is not SQLite, else its version. */
function readHeader(file: string): { version: number } | 'damaged' {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    return readSqliteHeader(header.subarray(0, read)) ?? 'damaged';
  } finally {
    fs.closeSync(fd);
  }
}

function isDamageError(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || err instanceof DamagedDatabaseError;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Schema objects may not call functions that are not harmless (defence in depth; we refuse
  // foreign triggers and views before getting here).
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
}

/** Moves the file and its companions to a name that says what happened; returns the new path. */
function moveAside(file: string, now: Date): string {
  const dir = path.dirname(file);
  const target = path.join(dir, `touchpoint.damaged-${stamp(now)}.db`);
  // Companions first: were the main file moved alone, a fresh library opened in its place would
  // find the old -wal and replay it into itself.
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  fs.renameSync(file, target);
  return target;
}

/** The library holds something Touchpoint never writes; it is refused and left as it is. */
export class ForeignLibraryError extends Error {
  constructor(
    readonly kind: 'code' | 'oversize' | 'empty',
    /** For 'code', the triggers and views found; for 'oversize', the table holding the value. */
    readonly objects: string[] = [],
  ) {
    super(`The library holds what Touchpoint never writes (${kind}): ${objects.join(', ')}`);
    this.name = 'ForeignLibraryError';
  }
}

/**
 * No single value Touchpoint stores comes near this: the largest are images, checked to 512 KB
 * and kept as base64 (about 700 KB). A unit test holds every field's limit, at its worst UTF-8
 * size, under it. A bigger value did not come from Touchpoint, and reading it would put megabytes
 * into every open of a workshop.
 */
export const MAX_STORED_VALUE_BYTES = 4 * 1024 * 1024;

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The first table holding a value over MAX_STORED_VALUE_BYTES, or null. */
function tableWithOversizeValue(ro: Database.Database): string | null {
  const tables = ro.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  for (const { name } of tables) {
    const columns = ro.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    if (!columns.length) continue;
    // octet_length reads the stored size without loading the value itself.
    const tooBig = columns.map((c) => `octet_length(${quoteName(c.name)}) > ${MAX_STORED_VALUE_BYTES}`).join(' OR ');
    if (ro.prepare(`SELECT 1 FROM ${quoteName(name)} WHERE ${tooBig} LIMIT 1`).get()) return name;
  }
  return null;
}

/**
 * Before the library is opened for writing (which would change its header), look at it read-only,
 * without trusting its schema: a trigger or view there was not written by us and could run on our
 * next write, and a value far over any limit of ours did not come from us either. Either way the
 * library is refused and left byte-for-byte as it was.
 */
function refuseForeignContent(file: string): void {
  let ro: Database.Database | null = null;
  let code: string[] = [];
  let oversize: string | null = null;
  try {
    ro = new Database(file, { readonly: true, fileMustExist: true });
    ro.pragma('trusted_schema = OFF');
    code = (ro.prepare(`SELECT type || ' ' || name AS what FROM sqlite_master WHERE type IN ('trigger', 'view')`).all() as { what: string }[]).map((r) => r.what);
    if (!code.length) oversize = tableWithOversizeValue(ro);
  } catch {
    return; // unreadable: the damage handling below decides
  } finally {
    ro?.close();
  }
  if (code.length) throw new ForeignLibraryError('code', code);
  if (oversize) throw new ForeignLibraryError('oversize', [oversize]);
}

function openChecked(file: string, latest: number): Database.Database {
  const db = new Database(file);
  try {
    applyPragmas(db);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new FutureDatabaseError(version, latest);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedDatabaseError(String(check));
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export interface OpenOptions {
  now?: Date;
  /** Tests pass a shorter or longer list to build and upgrade older schemas. */
  migrations?: readonly Migration[];
}

export function openLibrary(dataDir: string, opts: OpenOptions = {}): OpenedLibrary {
  const now = opts.now ?? new Date();
  const migrations = opts.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LIBRARY_FILE);
  let movedAsideTo: string | null = null;

  if (fs.existsSync(file)) {
    // Touchpoint writes a library's header the moment it creates one, so an empty file is not
    // ours: most often a synced folder's placeholder for a file not downloaded yet. Writing a
    // fresh library into it could be synced over the real one.
    if (fs.statSync(file).size === 0) throw new ForeignLibraryError('empty');
    const header = readHeader(file);
    if (header !== 'damaged' && header.version > latest) {
      throw new FutureDatabaseError(header.version, latest);
    }
    if (header === 'damaged') movedAsideTo = moveAside(file, now);
    else refuseForeignContent(file);
  }

  let db: Database.Database;
  try {
    db = openChecked(file, latest);
  } catch (err) {
    if (!isDamageError(err) || movedAsideTo) throw err;
    movedAsideTo = moveAside(file, now);
    db = openChecked(file, latest);
  }

  try {
    const before = db.pragma('user_version', { simple: true }) as number;
    let backupFile: string | null = null;
    if (before > 0 && before < latest) {
      const dir = path.join(dataDir, 'backups');
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      backupFile = path.join(dir, `touchpoint-v${before}-${stamp(now)}.db`);
      db.prepare('VACUUM INTO ?').run(backupFile);
      fs.chmodSync(backupFile, 0o600);
    }
    // The workshops are the user's own: nobody else on the computer may read them.
    if (process.platform !== 'win32') for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
    const { from } = migrate(db, migrations);
    return { db, file, movedAsideTo, migratedFrom: from, backupFile };
  } catch (err) {
    db.close();
    throw err;
  }
}
