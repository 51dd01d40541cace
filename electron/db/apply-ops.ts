/**
 * Applies a batch of edits to one workshop in a single transaction: all of it is stored or none
 * of it is. The ops have already been validated against the field specs (shared/api.ts); here we
 * check what only the database knows:
 * - that the rows exist, and that every row and every reference belongs to this workshop;
 * - that unique rules hold;
 * - that an edit based on an older revision of a row does not overwrite a field another view
 *   changed since (a conflict, named by row and field), and that a strict delete (undoing a
 *   create) removes nothing but the row itself;
 * - that an edit sent again (its id already stored) is stored once.
 * Every stored batch takes the next number of the library's sequence and comes back as the
 * event the change feed publishes (docs/sessions.md).
 */
import type { Database } from 'better-sqlite3';
import type { ApplyOpsResult, Edit, FeedEvent, FeedOp, RowRev } from '../../shared/api';
import { fieldsOf, REF_EDGES, TABLE_OF, type EntityName } from '../../shared/model/entities';
import { columnOf } from '../../shared/model/fields';
import { withDefaults, type Op } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { AppError, ConflictError, type ConflictedRow } from '../errors';
import { checkImageDataUrl, imageProblemMessage } from '../images';
import { MAX_STORED_IMAGE_BYTES } from '../../shared/domain/avatar-image';
import { deleteRow, insertRow, ownerOf, selectRow, selectWorkshop, stmt, updateRow } from './rows';

/** How many changes of one row are remembered for telling a stale edit from a conflicting one. */
export const KEPT_CHANGES_PER_ROW = 64;

function assertOwned(db: Database, workshopId: string, entity: EntityName, id: string): void {
  const owner = ownerOf(db, entity, id);
  if (owner === undefined) throw new AppError('not_found', msg.errors.notFound);
  if (owner !== workshopId) throw new AppError('wrong_workshop', msg.errors.wrongWorkshop);
}

function assertRefsOwned(db: Database, workshopId: string, entity: EntityName, values: Record<string, unknown>): void {
  for (const edge of REF_EDGES) {
    if (edge.from !== entity) continue;
    const ref = values[edge.field];
    if (typeof ref === 'string') assertOwned(db, workshopId, edge.to, ref);
  }
}

function translateSqliteError(err: unknown): never {
  const code = (err as { code?: string } | null)?.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError('conflict', msg.errors.conflict);
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('not_found', msg.errors.notFound);
  throw err;
}

function revOf(db: Database, entity: EntityName | 'workshop', id: string): number | undefined {
  const r = stmt(db, `SELECT rev FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as { rev: number } | undefined;
  return r?.rev;
}

/**
 * The fields another view changed in `id` after revision `baseRev`, or 'unknown' when the changes
 * in between are no longer all remembered (or the base is from the future): then every field is
 * in doubt.
 */
function changedElsewhere(
  db: Database,
  entity: EntityName | 'workshop',
  id: string,
  baseRev: number,
  currentRev: number,
  viewId: string,
): Set<string> | 'unknown' {
  if (currentRev === baseRev) return new Set();
  if (currentRev < baseRev) return 'unknown';
  const changes = stmt(db, 'SELECT view_id, fields FROM row_change WHERE entity = ? AND row_id = ? AND rev > ?').all(
    entity,
    id,
    baseRev,
  ) as { view_id: string; fields: string }[];
  if (changes.length < currentRev - baseRev) return 'unknown';
  const touched = new Set<string>();
  for (const c of changes) {
    if (c.view_id === viewId) continue;
    for (const f of JSON.parse(c.fields) as string[]) touched.add(f);
  }
  return touched;
}

/** The fields of a patch that clash with another view's changes since its base revision. */
function clashingFields(db: Database, entity: EntityName | 'workshop', id: string, baseRev: number | undefined, currentRev: number, viewId: string, fields: string[]): string[] {
  if (baseRev === undefined) return [];
  const elsewhere = changedElsewhere(db, entity, id, baseRev, currentRev, viewId);
  return elsewhere === 'unknown' ? fields : fields.filter((f) => elsewhere.has(f));
}

function rememberChange(db: Database, entity: EntityName | 'workshop', id: string, rev: number, viewId: string, fields: string[]): void {
  stmt(db, 'INSERT OR REPLACE INTO row_change (entity, row_id, rev, view_id, fields) VALUES (?, ?, ?, ?, ?)').run(
    entity,
    id,
    rev,
    viewId,
    JSON.stringify(fields),
  );
  stmt(db, 'DELETE FROM row_change WHERE entity = ? AND row_id = ? AND rev <= ?').run(entity, id, rev - KEPT_CHANGES_PER_ROW);
}

/** True when some row would be removed with this one (a cascade), i.e. others built on it. */
function hasDependants(db: Database, entity: EntityName, id: string): boolean {
  for (const edge of REF_EDGES) {
    if (edge.to !== entity || edge.onDelete !== 'cascade') continue;
    const col = edge.field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (stmt(db, `SELECT 1 FROM ${TABLE_OF[edge.from]} WHERE ${col} = ? LIMIT 1`).get(id)) return true;
  }
  return false;
}

/** Fields that hold a picture: each passes the image gate before it is stored (electron/images.ts). */
const PICTURE_FIELDS: Partial<Record<EntityName, readonly string[]>> = { persona: ['avatarImage'] };

function assertPictures(entity: EntityName, values: Record<string, unknown>): void {
  for (const field of PICTURE_FIELDS[entity] ?? []) {
    const value = values[field];
    if (typeof value !== 'string' || value === '') continue;
    const checked = checkImageDataUrl(value, MAX_STORED_IMAGE_BYTES);
    if (!checked.ok) throw new AppError('invalid_input', imageProblemMessage(checked.problem, MAX_STORED_IMAGE_BYTES));
  }
}

/** Entities that belong to one journey, and the references of each to other journey rows. */
const JOURNEY_EDGES = REF_EDGES.filter((e) => e.field !== 'journeyId' && hasJourney(e.from) && hasJourney(e.to));
function hasJourney(entity: EntityName): boolean {
  return Object.hasOwn(fieldsOf(entity), 'journeyId');
}

/**
 * A row of a journey points only at rows of the same journey: a note's stage and lane, a
 * touchpoint's stage, a blueprint item's touchpoint. Checked on the row as stored after the edit.
 */
function assertSameJourney(db: Database, entity: EntityName, id: string): void {
  if (!hasJourney(entity)) return;
  const row = stmt(db, `SELECT * FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return;
  for (const edge of JOURNEY_EDGES) {
    if (edge.from !== entity) continue;
    const ref = row[columnOf(edge.field)];
    if (typeof ref !== 'string') continue;
    const journey = stmt(db, `SELECT journey_id FROM ${TABLE_OF[edge.to]} WHERE id = ?`).pluck().get(ref);
    if (journey !== row.journey_id) throw new AppError('invalid_input', msg.errors.otherJourney);
  }
}

function nextSeq(db: Database): number {
  return (stmt(db, 'UPDATE feed_seq SET seq = seq + 1 WHERE id = 1 RETURNING seq').get() as { seq: number }).seq;
}

export interface ApplyContext {
  /** The view (a window or a browser tab) the edits come from; a view never conflicts with itself. */
  viewId: string;
  now: string;
}

/** An anonymous edit (no id, so no protection against being sent twice), from a caller that
 * holds no journal: imports, tests, the bench. */
export function editOf(ops: Op[]): Edit {
  return { id: '', ops };
}

function applyOne(db: Database, workshopId: string, op: Op, viewId: string, conflicts: ConflictedRow[]): FeedOp | null {
  if (op.entity === 'workshop') {
    if (op.kind !== 'update' || op.id !== workshopId) throw new AppError('wrong_workshop', msg.errors.wrongWorkshop);
    const current = revOf(db, 'workshop', op.id)!;
    const fields = Object.keys(op.patch);
    const clash = clashingFields(db, 'workshop', op.id, op.baseRev, current, viewId, fields);
    if (clash.length > 0) {
      conflicts.push({ entity: 'workshop', id: op.id, fields: clash });
      return null;
    }
    updateRow(db, 'workshop', op.id, op.patch);
    const rev = current + 1;
    stmt(db, 'UPDATE workshop SET rev = ? WHERE id = ?').run(rev, op.id);
    rememberChange(db, 'workshop', op.id, rev, viewId, fields);
    return { kind: 'update', entity: 'workshop', id: op.id, patch: op.patch, rev };
  }
  switch (op.kind) {
    case 'create': {
      const values = withDefaults(op.entity, op.values);
      assertRefsOwned(db, workshopId, op.entity, values);
      assertPictures(op.entity, values);
      insertRow(db, op.entity, op.id, workshopId, values);
      assertSameJourney(db, op.entity, op.id);
      return { kind: 'create', entity: op.entity, id: op.id, values, rev: 1 };
    }
    case 'update': {
      assertOwned(db, workshopId, op.entity, op.id);
      assertRefsOwned(db, workshopId, op.entity, op.patch);
      assertPictures(op.entity, op.patch);
      const current = revOf(db, op.entity, op.id)!;
      const fields = Object.keys(op.patch);
      const clash = clashingFields(db, op.entity, op.id, op.baseRev, current, viewId, fields);
      if (clash.length > 0) {
        conflicts.push({ entity: op.entity, id: op.id, fields: clash });
        return null;
      }
      updateRow(db, op.entity, op.id, op.patch);
      assertSameJourney(db, op.entity, op.id);
      const rev = current + 1;
      stmt(db, `UPDATE ${TABLE_OF[op.entity]} SET rev = ? WHERE id = ?`).run(rev, op.id);
      rememberChange(db, op.entity, op.id, rev, viewId, fields);
      return { kind: 'update', entity: op.entity, id: op.id, patch: op.patch, rev };
    }
    case 'delete': {
      assertOwned(db, workshopId, op.entity, op.id);
      if (op.baseRev !== undefined) {
        // A row someone else changed since this view saw it is not deleted from under them.
        const elsewhere = changedElsewhere(db, op.entity, op.id, op.baseRev, revOf(db, op.entity, op.id)!, viewId);
        if (elsewhere === 'unknown' || elsewhere.size > 0) {
          conflicts.push({ entity: op.entity, id: op.id, fields: elsewhere === 'unknown' ? [] : [...elsewhere] });
          return null;
        }
      }
      if (op.strict && hasDependants(db, op.entity, op.id)) {
        conflicts.push({ entity: op.entity, id: op.id, fields: [], builtOn: true });
        return null;
      }
      deleteRow(db, op.entity, op.id);
      stmt(db, 'DELETE FROM row_change WHERE entity = ? AND row_id = ?').run(op.entity, op.id);
      return { kind: 'delete', entity: op.entity, id: op.id };
    }
  }
}

/**
 * Stores the edits that are not stored yet, in order, in one transaction. Answers with the
 * batch's sequence number and the new revision of every row it touched, and the event for the
 * change feed (null when every edit had been stored before).
 */
export function applyEdits(
  db: Database,
  workshopId: string,
  edits: readonly Edit[],
  ctx: ApplyContext,
): { result: ApplyOpsResult; event: FeedEvent | null } {
  return db.transaction(() => {
    const workshop = selectWorkshop(db, workshopId);
    if (!workshop) throw new AppError('not_found', msg.errors.workshopNotFound);
    const prevSeq = workshop.lastSeq ?? 0;
    const replayed: string[] = [];
    const fresh: Edit[] = [];
    for (const edit of edits) {
      if (edit.id && stmt(db, 'SELECT 1 FROM applied_edit WHERE id = ?').get(edit.id)) replayed.push(edit.id);
      else fresh.push(edit);
    }
    if (fresh.length === 0) {
      return { result: { seq: prevSeq, prevSeq, updatedAt: workshop.updatedAt, revs: [], replayed }, event: null };
    }
    const conflicts: ConflictedRow[] = [];
    const applied: FeedOp[] = [];
    for (const edit of fresh) {
      for (const op of edit.ops) {
        try {
          const done = applyOne(db, workshopId, op, ctx.viewId, conflicts);
          if (done) applied.push(done);
        } catch (err) {
          // An edit that failed because an earlier one of the batch was held back for a conflict
          // is part of that conflict.
          if (conflicts.length > 0) throw new ConflictError(conflicts);
          if (err instanceof AppError) throw err;
          translateSqliteError(err);
        }
      }
    }
    // Every conflict of the batch is reported at once, so the view can settle them in one go.
    if (conflicts.length > 0) throw new ConflictError(conflicts);

    const seq = nextSeq(db);
    stmt(db, 'UPDATE workshop SET updated_at = ?, last_seq = ? WHERE id = ?').run(ctx.now, seq, workshopId);
    for (const edit of fresh) {
      if (edit.id) stmt(db, 'INSERT INTO applied_edit (id, workshop_id, seq, applied_at) VALUES (?, ?, ?, ?)').run(edit.id, workshopId, seq, ctx.now);
    }
    const revs = new Map<string, RowRev>();
    for (const op of applied) {
      const rev = op.kind === 'delete' ? null : op.rev;
      revs.set(`${op.entity}:${op.id}`, { entity: op.entity, id: op.id, rev });
    }
    const event: FeedEvent = {
      kind: 'batch',
      seq,
      prevSeq,
      workshopId,
      viewId: ctx.viewId,
      editIds: fresh.map((e) => e.id).filter(Boolean),
      ops: applied,
      updatedAt: ctx.now,
    };
    return { result: { seq, prevSeq, updatedAt: ctx.now, revs: [...revs.values()], replayed }, event };
  })();
}

/** One stored row as it is now, for callers outside the edit path (tests read back with it). */
export function storedRow(db: Database, entity: EntityName | 'workshop', id: string): Record<string, unknown> | null {
  return entity === 'workshop' ? (selectWorkshop(db, id) as unknown as Record<string, unknown> | null) : selectRow(db, entity, id);
}

/** Takes the next sequence number for a change that is not a batch of edits (a workshop made,
 * renamed, archived or deleted), inside the caller's transaction. */
export function takeSeq(db: Database): number {
  return nextSeq(db);
}
