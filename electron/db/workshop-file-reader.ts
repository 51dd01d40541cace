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
import { overBudget } from '../../shared/domain/import-budget';
import { ENTITY_NAMES, TABLE_OF, type EntityName } from '../../shared/model/entities';
import type { Op } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { LATEST_VERSION, migrate, MIGRATIONS } from './migrations';
import { MAX_STORED_VALUE_BYTES } from './open';
import { selectTables, selectWorkshop } from './rows';
import { budgetMessage } from './budget-message';

/** The one workshop of a file, as its row and create ops in parent-first order. */
export interface ReadWorkshop {
  workshop: Record<string, unknown>;
  ops: Op[];
}

/** Bytes of memory SQLite may take in the reader process. */
const READER_SQLITE_HEAP = 256 * 1024 * 1024;

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/**
 * The tables and indexes our own migrations create at a given schema version, with the exact SQL
 * SQLite keeps for each: a workshop file of that version may hold those and nothing else.
 */
const schemas = new Map<number, Map<string, string>>();
function ourSchemaAt(version: number): Map<string, string> | null {
  const upTo = MIGRATIONS.findIndex((m) => m.version === version);
  if (upTo < 0) return null;
  let known = schemas.get(version);
  if (!known) {
    const probe = new Database(':memory:');
    migrate(probe, MIGRATIONS.slice(0, upTo + 1));
    const rows = probe.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL`).all() as { type: string; name: string; sql: string }[];
    known = new Map(rows.map((r) => [`${r.type}:${r.name}`, r.sql]));
    probe.close();
    schemas.set(version, known);
  }
  return known;
}

/**
 * Refuses a file whose schema is not exactly one our migrations made (a table with an extra
 * column, a CHECK removed, an index on an expression), that holds code, or whose pages are damaged.
 */
function refuseForeignSchema(src: Db): void {
  const objects = src.prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`).all() as { type: string; name: string; sql: string | null }[];
  if (objects.some((o) => o.type === 'trigger' || o.type === 'view')) refuse(msg.exports.hasCode);
  const known = ourSchemaAt(src.pragma('user_version', { simple: true }) as number);
  if (!known) return refuse(msg.exports.damaged);
  for (const o of objects) {
    if (o.sql === null) continue; // an index SQLite made for a key: it follows from the table
    const expected = known.get(`${o.type}:${o.name}`);
    if (expected === undefined) refuse(msg.exports.unknownTable(o.name.slice(0, 60)));
    if (expected !== o.sql) refuse(msg.exports.changedTable(o.name.slice(0, 60)));
  }
  const check = src.pragma('quick_check', { simple: true });
  if (check !== 'ok') refuse(msg.exports.damaged);
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Counts before reading: more rows or text than the import budget allows, or one value larger than
 * Touchpoint ever stores, is refused before a row is loaded. (better-sqlite3 cannot set SQLite's
 * length limit; this scan reads sizes without loading values.)
 */
function refuseOverBudget(src: Db): void {
  const counts: Partial<Record<EntityName, number>> = {};
  let text = 0;
  const present = new Set((src.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  for (const entity of ENTITY_NAMES) {
    if (!present.has(TABLE_OF[entity])) continue; // a file from before that kind of row existed
    const table = quoteName(TABLE_OF[entity]);
    counts[entity] = src.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const columns = (src.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(TABLE_OF[entity]) as { name: string; type: string }[]);
    const sized = columns.map((c) => `max(octet_length(${quoteName(c.name)}))`).join(', ');
    const biggest = Object.values(src.prepare(`SELECT ${sized} FROM ${table}`).get() as Record<string, number | null>);
    if (biggest.some((b) => (b ?? 0) > MAX_STORED_VALUE_BYTES)) refuse(msg.exports.badRow(TABLE_OF[entity], msg.exports.valueFarTooBig));
    for (const c of columns.filter((c) => c.type === 'TEXT')) text += (src.prepare(`SELECT total(length(${quoteName(c.name)})) FROM ${table}`).pluck().get() as number) ?? 0;
  }
  const breach = overBudget(counts, text);
  if (breach) refuse(budgetMessage(breach));
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
    // SQLite's own memory in this process has a ceiling too, not only the JavaScript heap.
    src = new Database(file, { readonly: true, fileMustExist: true });
    src.pragma(`hard_heap_limit = ${READER_SQLITE_HEAP}`);
    src.pragma('trusted_schema = OFF');
    refuseForeignSchema(src);
    refuseOverBudget(src);
    if ((src.pragma('user_version', { simple: true }) as number) < LATEST_VERSION) {
      src.close();
      src = new Database(file, { fileMustExist: true });
      src.pragma('trusted_schema = OFF');
      // Migrating our copy may grow it a little, never without bound.
      const pages = src.pragma('page_count', { simple: true }) as number;
      src.pragma(`max_page_count = ${pages * 2 + 1024}`);
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
