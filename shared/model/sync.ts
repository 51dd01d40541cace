/**
 * The pure rules a view of a workshop follows to stay in step with main and with other views
 * (docs/sessions.md). No I/O here: the renderer's session calls these, and unit tests state them.
 *
 * A view holds two documents: `confirmed`, what main has stored as far as this view has heard
 * (advanced only by committed batches, in the order main numbered them), and the document on
 * screen, which is `confirmed` with this view's unsaved edits applied on top.
 */
import type { ConflictedRow, FeedOp, FeedEvent } from '../api';
import { msg } from '../strings';
import { fieldsOf, type AnyRow, type EntityName } from './entities';
import { applyOps, collectCascade, OpError, type Op, type Tables, type WorkshopDoc } from './ops';

/** One edit in the outbox: the ops of one user action, with the id main remembers it by. */
export interface OutboxEdit {
  id: string;
  /** The view that made it (a reloaded tab keeps its id; an adopted orphan keeps its maker's). */
  viewId: string;
  workshopId: string;
  ops: Op[];
}

/** Applies a committed batch to the confirmed document: its rows, their revisions, its number. */
export function applyBatch(doc: WorkshopDoc, event: Extract<FeedEvent, { kind: 'batch' }>): WorkshopDoc {
  const ops: Op[] = event.ops.map((op): Op => {
    if (op.kind === 'create') return { kind: 'create', entity: op.entity, id: op.id, values: { ...op.values, rev: op.rev } } as Op;
    if (op.kind === 'update') return { kind: 'update', entity: op.entity, id: op.id, patch: { ...op.patch, rev: op.rev } } as Op;
    return { kind: 'delete', entity: op.entity, id: op.id } as Op;
  });
  const next = applyOps(doc, ops);
  return { ...next, workshop: { ...next.workshop, updatedAt: event.updatedAt }, seq: event.seq };
}

/** The ops of a batch as main stored them, with the revisions its reply gave each row. */
export function ownBatchOps(ops: readonly Op[], revs: readonly { entity: string; id: string; rev: number | null }[]): FeedOp[] {
  const revOf = new Map(revs.map((r) => [`${r.entity}:${r.id}`, r.rev]));
  const out: FeedOp[] = [];
  for (const op of ops) {
    const rev = revOf.get(`${op.entity}:${op.id}`);
    if (op.kind === 'delete') out.push({ kind: 'delete', entity: op.entity, id: op.id });
    else if (op.kind === 'create') out.push({ kind: 'create', entity: op.entity, id: op.id, values: op.values, rev: rev ?? 1 });
    else out.push({ kind: 'update', entity: op.entity, id: op.id, patch: op.patch, rev: rev ?? 0 });
  }
  return out;
}

/** The revision of a row as main stored it, or undefined for a row main has not stored yet. */
export function confirmedRev(doc: WorkshopDoc, entity: EntityName | 'workshop', id: string): number | undefined {
  const row = entity === 'workshop' ? (doc.workshop as unknown as AnyRow) : (doc.rows[entity] as Record<string, AnyRow>)[id];
  const rev = row?.rev;
  return typeof rev === 'number' ? rev : undefined;
}

/**
 * Stamps each update and delete with the revision of the row it was made against, so main can
 * tell an edit made on an out-of-date screen. A row this view created and main has not stored
 * yet has no revision, and needs none: nobody else can have changed it.
 */
export function withBaseRevs(confirmed: WorkshopDoc, ops: readonly Op[]): Op[] {
  return ops.map((op) => {
    if (op.kind === 'create' || op.baseRev !== undefined) return op;
    const rev = confirmedRev(confirmed, op.entity, op.id);
    return rev === undefined ? op : { ...op, baseRev: rev };
  });
}

export interface Rebased {
  doc: WorkshopDoc;
  /** Edits (or parts of them) that no longer apply: their row was deleted elsewhere. */
  lost: { entity: EntityName | 'workshop'; id: string }[];
  /** The outbox without the ops that no longer apply. */
  outbox: OutboxEdit[];
}

/**
 * The document on screen: the confirmed one with the outbox applied on top. An op whose row is
 * gone (deleted in another view) is dropped, and said; the other edits stay.
 */
export function rebase(confirmed: WorkshopDoc, outbox: readonly OutboxEdit[]): Rebased {
  let doc = confirmed;
  const lost: Rebased['lost'] = [];
  const kept: OutboxEdit[] = [];
  for (const edit of outbox) {
    const ops: Op[] = [];
    for (const op of edit.ops) {
      try {
        doc = applyOps(doc, [op]);
        ops.push(op);
      } catch (err) {
        if (!(err instanceof OpError)) throw err;
        lost.push({ entity: op.entity, id: op.id });
      }
    }
    if (ops.length > 0) kept.push(ops.length === edit.ops.length ? edit : { ...edit, ops });
  }
  return { doc, lost, outbox: kept };
}

/**
 * Settles a conflict the way docs/sessions.md describes: the stored value wins for each field
 * another view changed, every other field of the user's edits stays, and an undo that would
 * delete what others built on is dropped whole.
 */
export function dropConflicts(outbox: readonly OutboxEdit[], conflicts: readonly ConflictedRow[]): OutboxEdit[] {
  const byRow = new Map(conflicts.map((c) => [`${c.entity}:${c.id}`, c]));
  const out: OutboxEdit[] = [];
  for (const edit of outbox) {
    const ops: Op[] = [];
    let refusedUndo = false;
    for (const op of edit.ops) {
      const c = byRow.get(`${op.entity}:${op.id}`);
      if (!c) {
        ops.push(op);
        continue;
      }
      if (op.kind === 'update') {
        const patch = Object.fromEntries(Object.entries(op.patch).filter(([k]) => !c.fields.includes(k)));
        if (c.fields.length > 0 && Object.keys(patch).length > 0) ops.push({ ...op, patch } as Op);
        else if (c.fields.length === 0) ops.push(op); // the row was not the problem for this op
      } else if (op.kind === 'delete') {
        if (op.strict) refusedUndo = true;
        // A plain delete of a row changed elsewhere is held back: the other view's work stays.
      } else {
        ops.push(op);
      }
    }
    if (refusedUndo) continue;
    if (ops.length > 0) out.push({ ...edit, ops });
  }
  return out;
}

const shallowEqualRow = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (k === 'rev') continue;
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
    return false;
  }
  return true;
};

/**
 * Keeps the objects of `prev` wherever `next` holds the same values (revisions aside), so a save
 * that only confirms what the screen shows changes no object and re-renders nothing.
 */
export function reconcile(prev: WorkshopDoc | null, next: WorkshopDoc): WorkshopDoc {
  if (!prev || prev.workshop.id !== next.workshop.id) return next;
  let same = true;
  const workshop = shallowEqualRow(prev.workshop as unknown as Record<string, unknown>, next.workshop as unknown as Record<string, unknown>)
    ? prev.workshop
    : next.workshop;
  if (workshop !== prev.workshop) same = false;
  const rows = {} as Record<EntityName, Record<string, AnyRow>>;
  for (const entity of Object.keys(next.rows) as EntityName[]) {
    const a = prev.rows[entity] as Record<string, AnyRow>;
    const b = next.rows[entity] as Record<string, AnyRow>;
    if (a === b) {
      rows[entity] = a;
      continue;
    }
    const bKeys = Object.keys(b);
    let tableSame = bKeys.length === Object.keys(a).length;
    const table: Record<string, AnyRow> = {};
    for (const id of bKeys) {
      const before = a[id];
      if (before && shallowEqualRow(before, b[id]!)) table[id] = before;
      else {
        table[id] = b[id]!;
        tableSame = false;
      }
    }
    // Key order is row order on screen; a reorder is a change even with equal rows.
    if (tableSame && Object.keys(a).some((k, i) => bKeys[i] !== k)) tableSame = false;
    rows[entity] = tableSame ? a : table;
    if (!tableSame) same = false;
  }
  if (same) return prev.seq === next.seq ? prev : { ...prev, seq: next.seq };
  return { workshop, rows: rows as Tables, seq: next.seq };
}

/**
 * Why undoing this entry is refused, or null. Undoing a create deletes the row; if rows others
 * added since hang under it (they would go with it), the undo is refused rather than delete them.
 */
export function undoRefusal(doc: WorkshopDoc, inverse: readonly Op[]): string | null {
  const deleted = new Set(inverse.filter((op) => op.kind === 'delete').map((op) => `${op.entity}:${op.id}`));
  for (const op of inverse) {
    if (op.kind !== 'delete' || op.entity === ('workshop' as string)) continue;
    const { removed } = collectCascade(doc, op.entity, op.id);
    const others = removed.filter((r) => !deleted.has(`${r.entity}:${r.row.id}`));
    if (others.length > 0) return msg.session.undoRefusedBuiltOn(describeRow(op.entity, (doc.rows[op.entity] as Record<string, AnyRow>)[op.id]));
  }
  return null;
}

/** "persona “Sam”": what a row is, in words, for messages. */
export function describeRow(entity: EntityName | 'workshop', row: Record<string, unknown> | undefined): string {
  const kind = msg.session.entityWords[entity];
  const name = row ? [row.name, row.title, row.text, row.customName].find((v) => typeof v === 'string' && v.trim() !== '') : undefined;
  if (typeof name !== 'string') return kind;
  const short = name.length > 40 ? `${name.slice(0, 39)}…` : name;
  return `${kind} “${short}”`;
}

function rowIn(doc: WorkshopDoc, entity: EntityName | 'workshop', id: string): Record<string, unknown> | undefined {
  return entity === 'workshop' ? (doc.workshop as unknown as Record<string, unknown>) : (doc.rows[entity] as Record<string, AnyRow>)[id];
}

/**
 * "rename persona “Sam”": what an edit did, for "Undid: …" and "Redid: …". A row is named as it
 * is after the edit (a rename shows the new name), a deleted one as it was.
 */
export function describeEdit(before: WorkshopDoc, after: WorkshopDoc, ops: readonly Op[]): string {
  const first = ops[0];
  if (!first) return '';
  let text: string;
  if (first.kind === 'create') text = msg.session.added(describeRow(first.entity, rowIn(after, first.entity, first.id) ?? first.values));
  else if (first.kind === 'delete') text = msg.session.deleted(describeRow(first.entity, rowIn(before, first.entity, first.id)));
  else {
    const fields = Object.keys(first.patch);
    const what = describeRow(first.entity, rowIn(after, first.entity, first.id) ?? rowIn(before, first.entity, first.id));
    const renamed = fields.length === 1 && ['name', 'title'].includes(fields[0]!);
    text = renamed ? msg.session.renamed(what) : msg.session.changed(fields.map((f) => fieldWords(first.entity, f)), what);
  }
  // A create with the typing that follows it, or a cascade, is one thing to the user.
  const others = new Set(ops.map((op) => `${op.entity}:${op.id}`));
  return others.size > 1 && first.kind !== 'create' ? msg.session.andMore(text, others.size - 1) : text;
}

function fieldWords(entity: EntityName | 'workshop', field: string): string {
  if (!Object.hasOwn(fieldsOf(entity), field)) return field;
  return field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

/** The one-line message after a conflict: which rows changed elsewhere, and that theirs was kept. */
export function conflictMessage(doc: WorkshopDoc, conflicts: readonly ConflictedRow[]): string {
  const rows = conflicts.map((c) => describeRow(c.entity, rowIn(doc, c.entity, c.id)));
  const builtOn = conflicts.some((c) => c.builtOn);
  return builtOn ? msg.session.undoRefusedBuiltOn(rows[0] ?? '') : msg.session.changedElsewhere(rows);
}
