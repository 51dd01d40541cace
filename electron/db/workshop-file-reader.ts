/**
 * Reading a workshop file someone else wrote: the part of an import that touches the untrusted
 * SQLite file. It runs in a child process of its own (electron/import-worker.ts), so a file built
 * to hang SQLite or eat memory costs that child, which main stops after a time bound, and never
 * the window the user is working in.
 *
 * What it returns is still treated as untrusted by main: every value is checked there against the
 * same rules as an edit before one row reaches the library.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import { ENTITY_NAMES } from '../../shared/model/entities';
import type { Op } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { LATEST_VERSION, migrate, MIGRATIONS } from './migrations';
import { selectTables, selectWorkshop } from './rows';

/** The one workshop of a file, as its row and create ops in parent-first order. */
export interface ReadWorkshop {
  workshop: Record<string, unknown>;
  ops: Op[];
}

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/** The names our own migrations create: the only tables a workshop file may hold. */
let knownTables: Set<string> | null = null;
function ourTables(): Set<string> {
  if (!knownTables) {
    const probe = new Database(':memory:');
    migrate(probe, MIGRATIONS);
    knownTables = new Set((probe.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    probe.close();
  }
  return knownTables;
}

/** Refuses a file whose schema holds anything we did not write, or whose pages are damaged. */
function refuseForeignSchema(src: Db): void {
  const objects = src.prepare(`SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).all() as { type: string; name: string }[];
  if (objects.some((o) => o.type === 'trigger' || o.type === 'view')) refuse(msg.exports.hasCode);
  const known = ourTables();
  const unknown = objects.find((o) => o.type === 'table' && !known.has(o.name));
  if (unknown) refuse(msg.exports.unknownTable(unknown.name.slice(0, 60)));
  const check = src.pragma('quick_check', { simple: true });
  if (check !== 'ok') refuse(msg.exports.damaged);
}

function readRows(src: Db): ReadWorkshop {
  const ids = src.prepare('SELECT id FROM workshop').all() as { id: unknown }[];
  if (ids.length !== 1 || typeof ids[0]!.id !== 'string') return refuse(msg.exports.noWorkshop);
  const workshop = selectWorkshop(src, ids[0]!.id);
  if (!workshop) return refuse(msg.exports.noWorkshop);
  const rows = selectTables(src, workshop.id);
  const ops: Op[] = [];
  for (const entity of ENTITY_NAMES) {
    for (const row of Object.values(rows[entity]) as Record<string, unknown>[]) {
      // Revisions belong to the library a row lives in: an imported row starts afresh.
      const { id, workshopId: _w, rev: _r, ...values } = row;
      ops.push({ kind: 'create', entity, id: id as string, values } as Op);
    }
  }
  return { workshop: workshop as unknown as Record<string, unknown>, ops };
}

/**
 * Reads the workshop in `file`, a private temporary copy whose header main has already checked.
 * Opened read-only with trusted_schema off; triggers, views and unknown tables are refused before
 * any row is read. A file from an older Touchpoint is migrated in place (it is our own copy).
 */
export function readWorkshopFile(file: string): ReadWorkshop {
  let src: Db | null = null;
  try {
    src = new Database(file, { readonly: true, fileMustExist: true });
    src.pragma('trusted_schema = OFF');
    refuseForeignSchema(src);
    if ((src.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) {
      src.close();
      src = new Database(file, { fileMustExist: true });
      src.pragma('trusted_schema = OFF');
      migrate(src, MIGRATIONS);
    }
    return readRows(src);
  } catch (err) {
    if (err instanceof AppError) throw err;
    return refuse(msg.exports.damaged);
  } finally {
    src?.close();
  }
}
