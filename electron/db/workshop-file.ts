/**
 * A workshop as a file of its own (.touchpoint): a fresh SQLite database with our schema and one
 * workshop's rows, for a colleague's Touchpoint.
 *
 * Export writes a new file row by row (never a copy of the library), so no bytes of deleted rows
 * or of other workshops can travel with it.
 *
 * Import treats the file as untrusted (DESIGN.md): its header is read before SQLite opens it; it
 * is opened read-only; anything but our own tables (triggers, views, unknown tables) or a newer
 * format is refused; its rows are read by our own SELECTs and go through the same validation as
 * every edit (the applyOps contract), in one transaction. It never changes existing data: when
 * the workshop (or any id in it) is already in the library, it lands as a new copy under new ids.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MAX_WORKSHOP_FILE_BYTES, opSchema, type ExportedFile, type WorkshopSummary } from '../../shared/api';
import { ENTITY_NAMES, REF_EDGES, TABLE_OF, WORKSHOP_FIELDS, type EntityName } from '../../shared/model/entities';
import type { Op } from '../../shared/model/ops';
import { checkField } from '../../shared/model/validate';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { fileName } from '../../shared/domain/file-name';
import { applyOpsToDb } from './apply-ops';
import { LATEST_VERSION, migrate, MIGRATIONS } from './migrations';
import { SQLITE_MAGIC } from './open';
import { insertRow, selectTables, selectWorkshop, stmt } from './rows';
import { insertWorkshop, listWorkshops, openWorkshop, type Clock } from './workshops';

/** 'TPWS' in the header: marks a Touchpoint workshop file. */
export const WORKSHOP_FILE_ID = 0x54505753;

function tempFile(ext: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-'));
  return path.join(dir, `workshop${ext}`);
}

function removeTemp(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

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

export function exportWorkshopFile(db: Db, workshopId: string): ExportedFile {
  const source = openWorkshop(db, workshopId);
  const file = tempFile('.touchpoint');
  try {
    const out = new Database(file);
    try {
      out.pragma('journal_mode = DELETE');
      out.pragma('foreign_keys = ON');
      migrate(out, MIGRATIONS);
      out.pragma(`application_id = ${WORKSHOP_FILE_ID}`);
      out.transaction(() => {
        const w = source.workshop;
        insertWorkshop(out, w.id, w.updatedAt, { ...w });
        stmt(out, 'UPDATE workshop SET created_at = ?, updated_at = ? WHERE id = ?').run(w.createdAt, w.updatedAt, w.id);
        for (const entity of ENTITY_NAMES) {
          for (const row of Object.values(source.rows[entity]) as { id: string }[]) insertRow(out, entity, row.id, w.id, row as Record<string, unknown>);
        }
      })();
      out.pragma('journal_mode = DELETE');
    } finally {
      out.close();
    }
    const bytes = fs.readFileSync(file);
    const name = fileName([source.workshop.client, source.workshop.title].filter(Boolean).join(' '), 'touchpoint');
    return { fileName: name, mimeType: 'application/vnd.sqlite3', encoding: 'base64', content: bytes.toString('base64') };
  } finally {
    removeTemp(file);
  }
}

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/** Everything a file must pass before one of its rows is read. */
function checkFile(bytes: Buffer): void {
  if (bytes.length > MAX_WORKSHOP_FILE_BYTES) refuse(msg.exports.fileTooBig);
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) refuse(msg.exports.notATouchpointFile);
  const version = bytes.readUInt32BE(60);
  if (version > LATEST_VERSION) refuse(msg.exports.fromTheFuture(version, LATEST_VERSION));
  if (version === 0 || bytes.readUInt32BE(68) !== WORKSHOP_FILE_ID) refuse(msg.exports.notATouchpointFile);
}

interface ReadWorkshop {
  workshop: Record<string, unknown> & { id: string; title: string };
  ops: Op[];
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

/** Reads the one workshop in a checked file, as create ops in parent-first order. */
function readWorkshop(src: Db): ReadWorkshop {
  const ids = src.prepare('SELECT id FROM workshop').all() as { id: string }[];
  if (ids.length !== 1) refuse(msg.exports.noWorkshop);
  const workshop = selectWorkshop(src, ids[0]!.id);
  if (!workshop) return refuse(msg.exports.noWorkshop);
  for (const field of Object.keys(WORKSHOP_FIELDS)) {
    const problem = checkField('workshop', field, (workshop as unknown as Record<string, unknown>)[field]);
    if (problem) refuse(msg.exports.badRow('workshop', `${field}: ${problem}`));
  }
  const rows = selectTables(src, workshop.id);
  const ops: Op[] = [];
  for (const entity of ENTITY_NAMES) {
    for (const row of Object.values(rows[entity]) as Record<string, unknown>[]) {
      const { id, workshopId: _w, ...values } = row;
      ops.push({ kind: 'create', entity, id: id as string, values } as Op);
    }
  }
  return { workshop: workshop as unknown as ReadWorkshop['workshop'], ops };
}

/** True when any id of the file is already used in the library. */
function clashes(db: Db, workshopId: string, ops: readonly Op[]): boolean {
  if (selectWorkshop(db, workshopId)) return true;
  return ops.some((op) => stmt(db, `SELECT 1 FROM ${TABLE_OF[op.entity as EntityName]} WHERE id = ?`).get(op.id) !== undefined);
}

/** The same rows under new ids, every reference rewritten. */
function renumber(ops: readonly Op[], newId: () => string): Op[] {
  const ids = new Map<string, string>();
  for (const op of ops) ids.set(`${op.entity}:${op.id}`, newId());
  return ops.map((op) => {
    if (op.kind !== 'create') return op;
    const values: Record<string, unknown> = { ...op.values };
    for (const edge of REF_EDGES) {
      if (edge.from !== op.entity) continue;
      const ref = values[edge.field];
      if (typeof ref === 'string') values[edge.field] = ids.get(`${edge.to}:${ref}`) ?? ref;
    }
    return { ...op, id: ids.get(`${op.entity}:${op.id}`)!, values } as Op;
  });
}

export function importWorkshopFile(db: Db, clock: Clock, _fileName: string, bytes: Buffer): WorkshopSummary {
  const file = tempFile('.touchpoint');
  try {
    checkFile(bytes);
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    let read: ReadWorkshop;
    let src: Db | null = null;
    try {
      src = new Database(file, { readonly: true, fileMustExist: true });
      src.pragma('trusted_schema = OFF');
      refuseForeignSchema(src);
      // A file from an older Touchpoint: bring our own temporary copy up to date (its schema has
      // just been checked to hold only our tables), so its rows read like today's.
      if (bytes.readUInt32BE(60) < LATEST_VERSION) {
        src.close();
        src = new Database(file, { fileMustExist: true });
        src.pragma('trusted_schema = OFF');
        migrate(src, MIGRATIONS);
      }
      read = readWorkshop(src);
    } catch (err) {
      if (err instanceof AppError) throw err;
      return refuse(msg.exports.damaged);
    } finally {
      src?.close();
    }

    // Every row through the same checks as an edit: types, ranges, lengths, ids, references.
    const parsed = z.array(opSchema).safeParse(read.ops);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const op = read.ops[Number(issue?.path[0])];
      refuse(msg.exports.badRow(op ? TABLE_OF[op.entity as EntityName] : 'workshop', issue?.message ?? ''));
    }

    return db.transaction(() => {
      const copy = clashes(db, read.workshop.id, read.ops);
      const workshopId = copy ? clock.newId() : read.workshop.id;
      const ops = copy ? renumber(read.ops, clock.newId) : read.ops;
      const title = copy ? msg.exports.importedCopy(read.workshop.title).slice(0, 200) : read.workshop.title;
      insertWorkshop(db, workshopId, clock.now(), { ...read.workshop, title });
      if (ops.length) applyOpsToDb(db, workshopId, ops, clock.now());
      return listWorkshops(db, true).find((w) => w.id === workshopId)!;
    })();
  } finally {
    removeTemp(file);
  }
}
