/**
 * A workshop as a file of its own (.touchpoint): a fresh SQLite database with our schema and one
 * workshop's rows, for a colleague's Touchpoint.
 *
 * Export writes a new file row by row (never a copy of the library), so no bytes of deleted rows
 * or of other workshops can travel with it.
 *
 * Import treats the file as untrusted: its header is read before SQLite opens it; the
 * SQLite work on it happens in a child process with a time bound (workshop-file-reader.ts: opened
 * read-only, anything but our own tables refused); what comes back goes through the same
 * validation as every edit (the applyOps contract) and lands in one transaction. It never changes
 * existing data: when the workshop (or any id in it) is already in the library, it lands as a new
 * copy under new ids.
 */
import Database, { type Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MAX_WORKSHOP_FILE_BYTES, opSchema, type ExportedFile, type WorkshopSummary } from '../../shared/api';
import { ENTITY_NAMES, REF_EDGES, TABLE_OF, WORKSHOP_FIELDS, type EntityName } from '../../shared/model/entities';
import { uuidSchema } from '../../shared/model/fields';
import type { Op } from '../../shared/model/ops';
import { checkField } from '../../shared/model/validate';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { runWorker, WorkerFailed, type WorkerCommand, type WorkerLimits } from '../worker-process';
import { fileName } from '../../shared/domain/file-name';
import { overBudget } from '../../shared/domain/import-budget';
import { budgetMessage } from './budget-message';
import { applyEdits, editOf } from './apply-ops';
import { LATEST_VERSION, migrate, MIGRATIONS } from './migrations';
import { readSqliteHeader } from './open';
import { insertRow, selectWorkshop, stmt } from './rows';
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

/** A row as it may leave the machine: the facilitator's private notes on each step stay behind
 * (the screen promises they never leave); the step's timer travels. */
function shareable(entity: EntityName, row: Record<string, unknown>): Record<string, unknown> {
  return entity === 'stepState' ? { ...row, notes: '' } : row;
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
          for (const row of Object.values(source.rows[entity]) as { id: string }[]) insertRow(out, entity, row.id, w.id, shareable(entity, row as Record<string, unknown>));
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

/** How long reading a workshop file may take, and how much it may send back, before it is stopped. */
export const IMPORT_LIMITS: WorkerLimits = {
  timeoutMs: 30_000,
  // Text in the answer is JSON-escaped: allow for every byte of the file becoming a few.
  maxOutputBytes: 8 * MAX_WORKSHOP_FILE_BYTES,
  maxHeapMb: 1024,
};

/** Reads a checked temporary copy of the file somewhere else (a child process) and answers with what it found. */
export type WorkshopFileReader = (file: string) => Promise<unknown>;

/** The reader the app uses: electron/import-worker.ts in a child process, within IMPORT_LIMITS. */
export function childReader(worker: WorkerCommand, limits: WorkerLimits = IMPORT_LIMITS): WorkshopFileReader {
  return async (file) => {
    try {
      return await runWorker(worker, [file], limits);
    } catch (err) {
      if (err instanceof WorkerFailed && err.reason === 'timeout') refuse(msg.exports.tookTooLong(Math.round(limits.timeoutMs / 1000)));
      if (err instanceof WorkerFailed && err.reason === 'too-much-output') refuse(msg.exports.fileTooBig);
      throw err;
    }
  };
}

/** Everything a file must pass before it is handed to the reader. */
function checkFile(bytes: Buffer): void {
  if (bytes.length > MAX_WORKSHOP_FILE_BYTES) refuse(msg.exports.fileTooBig);
  // Ours first (a real SQLite header marked 'TPWS'), and only then how new: a foreign file must
  // not be told to update Touchpoint.
  const header = readSqliteHeader(bytes.subarray(0, 100));
  if (!header || header.applicationId !== WORKSHOP_FILE_ID || header.version === 0) return refuse(msg.exports.notATouchpointFile);
  if (header.version > LATEST_VERSION) refuse(msg.exports.fromTheFuture(header.version, LATEST_VERSION));
}

/** What the reader may answer; anything else is treated as a damaged file. */
const readerAnswer = z.union([
  z.strictObject({ ok: z.literal(true), value: z.strictObject({ workshop: z.record(z.string(), z.unknown()), ops: z.array(z.unknown()) }) }),
  z.strictObject({ ok: z.literal(false), message: z.string().max(1000).optional() }),
]);

interface CheckedWorkshop {
  workshop: Record<string, unknown> & { id: string; title: string };
  ops: Op[];
}

/**
 * The reader's answer checked as if a user had typed every value: the workshop's id and fields,
 * then every row through the applyOps op schema (types, ranges, lengths, ids). References are
 * checked by SQLite's foreign keys when the rows land.
 */
async function checkAnswer(answer: unknown): Promise<CheckedWorkshop> {
  const parsed = readerAnswer.safeParse(answer);
  if (!parsed.success) return refuse(msg.exports.damaged);
  if (!parsed.data.ok) return refuse(parsed.data.message ?? msg.exports.damaged);
  const { workshop, ops } = parsed.data.value;
  if (!uuidSchema.safeParse(workshop.id).success) refuse(msg.exports.badRow('workshop', 'id'));
  for (const field of Object.keys(WORKSHOP_FIELDS)) {
    const problem = checkField('workshop', field, workshop[field]);
    if (problem) refuse(msg.exports.badRow('workshop', `${field}: ${problem}`));
  }
  // Checked a step at a time, so the library keeps answering while a big file is checked.
  const checkedOps: Op[] = [];
  for (let from = 0; from < ops.length; from += LANDING_STEP) {
    const part = ops.slice(from, from + LANDING_STEP);
    const rows = z.array(opSchema).safeParse(part);
    if (!rows.success) {
      const issue = rows.error.issues[0];
      const op = part[Number(issue?.path[0])] as { entity?: unknown } | undefined;
      const table = typeof op?.entity === 'string' && Object.hasOwn(TABLE_OF, op.entity) ? TABLE_OF[op.entity as EntityName] : 'workshop';
      refuse(msg.exports.badRow(table, issue?.message ?? ''));
    } else checkedOps.push(...(rows.data as Op[]));
    await new Promise((r) => setImmediate(r));
  }
  const counts: Partial<Record<EntityName, number>> = {};
  let text = 0;
  for (const op of checkedOps) {
    if (op.kind !== 'create') continue;
    counts[op.entity] = (counts[op.entity] ?? 0) + 1;
    for (const v of Object.values(op.values)) if (typeof v === 'string') text += v.length;
  }
  const breach = overBudget(counts, text);
  if (breach) refuse(budgetMessage(breach));
  return { workshop: workshop as CheckedWorkshop['workshop'], ops: checkedOps };
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

/**
 * Imports a workshop file: header checked here, the file read by `read` (a child process in the
 * app), the answer checked here, then every row written in one transaction. The library is not
 * touched until that transaction, and not at all when anything is refused.
 */
/** Libraries with an import under way: one at a time each (a second waits its turn by asking again). */
const importing = new WeakSet<Db>();

export async function importWorkshopFile(db: Db, clock: Clock, read: WorkshopFileReader, bytes: Buffer): Promise<WorkshopSummary> {
  checkFile(bytes);
  if (importing.has(db)) refuse(msg.exports.importBusy);
  importing.add(db);
  try {
    return await importChecked(db, clock, read, bytes);
  } finally {
    importing.delete(db);
  }
}

async function importChecked(db: Db, clock: Clock, read: WorkshopFileReader, bytes: Buffer): Promise<WorkshopSummary> {
  const file = tempFile('.touchpoint');
  let answer: unknown;
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    answer = await read(file);
  } catch (err) {
    // A reader that cannot start is our fault, not the file's: let it be logged as one.
    if (err instanceof AppError || (err instanceof WorkerFailed && err.reason === 'unstartable')) throw err;
    return refuse(msg.exports.damaged);
  } finally {
    removeTemp(file);
  }
  const checked = await checkAnswer(answer);
  return land(db, clock, checked);
}

/** Rows landed per transaction: each takes a moment, and other edits are answered in between. */
export const LANDING_STEP = 2000;

/**
 * Lands a checked workshop in steps. The workshop row goes first, marked `importing`, so it is
 * neither listed nor opened until its last rows are in; if a step fails, what landed is deleted
 * (and a crash mid-way is cleared at the next start), so an import is all or nothing.
 */
async function land(db: Db, clock: Clock, checked: CheckedWorkshop): Promise<WorkshopSummary> {
  const { workshopId, ops } = db.transaction(() => {
    const copy = clashes(db, checked.workshop.id, checked.ops);
    const id = copy ? clock.newId() : checked.workshop.id;
    const title = copy ? msg.exports.importedCopy(checked.workshop.title).slice(0, 200) : checked.workshop.title;
    insertWorkshop(db, id, clock.now(), { ...checked.workshop, title });
    stmt(db, 'UPDATE workshop SET importing = 1 WHERE id = ?').run(id);
    return { workshopId: id, ops: copy ? renumber(checked.ops, clock.newId) : checked.ops };
  })();
  try {
    for (let from = 0; from < ops.length; from += LANDING_STEP) {
      applyEdits(db, workshopId, [editOf(ops.slice(from, from + LANDING_STEP))], { viewId: 'main', now: clock.now() });
      if (from + LANDING_STEP < ops.length) await new Promise((r) => setImmediate(r));
    }
    stmt(db, 'UPDATE workshop SET importing = 0 WHERE id = ?').run(workshopId);
  } catch (err) {
    stmt(db, 'DELETE FROM workshop WHERE id = ?').run(workshopId);
    throw err;
  }
  return listWorkshops(db, true).find((w) => w.id === workshopId)!;
}
