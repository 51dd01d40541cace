/**
 * Edits as plain data (after Excalidraw's actions): every change to a workshop is an operation,
 * applied to the renderer's copy at once and to SQLite by main in one transaction. The same pure
 * functions compute what a delete takes with it and the inverse of any batch, which is all that
 * undo needs.
 */
import {
  ENTITY_FIELDS,
  ENTITY_NAMES,
  REF_EDGES,
  fieldsOf,
  type AnyRow,
  type EntityName,
  type RowOf,
  type WorkshopFields,
  type WorkshopRow,
} from './entities';
import { defaultsOf, type ValuesOf } from './fields';

/**
 * `baseRev`: the revision of the row the edit was made against (docs/sessions.md); main refuses
 * it if another view changed the same fields since. `strict`: a delete that undoes a create, which
 * main refuses rather than take rows others added under it.
 */
/** The editable fields of an entity, from its field specs: a misspelt field does not compile. */
export type FieldsOf<E extends EntityName | 'workshop'> = E extends EntityName ? ValuesOf<(typeof ENTITY_FIELDS)[E]> : WorkshopFields;

type CreateOf<E extends EntityName> = { kind: 'create'; entity: E; id: string; values: Partial<FieldsOf<E>> };
type UpdateOf<E extends EntityName | 'workshop'> = { kind: 'update'; entity: E; id: string; patch: Partial<FieldsOf<E>>; baseRev?: number };
type DeleteOf<E extends EntityName> = { kind: 'delete'; entity: E; id: string; baseRev?: number; strict?: boolean };

/** An edit of one row, typed by its entity (one member per entity and kind). */
export type TypedOp = { [E in EntityName]: CreateOf<E> | UpdateOf<E> | DeleteOf<E> }[EntityName] | UpdateOf<'workshop'>;

/**
 * The same ops seen from code that handles any entity (the op layer, validation, storage),
 * where a field is a name picked at run time.
 */
export type Op =
  | { kind: 'create'; entity: EntityName; id: string; values: Record<string, unknown> }
  | { kind: 'update'; entity: EntityName | 'workshop'; id: string; patch: Record<string, unknown>; baseRev?: number }
  | { kind: 'delete'; entity: EntityName; id: string; baseRev?: number; strict?: boolean };

export type Tables = { [E in EntityName]: Record<string, RowOf<E>> };

/** One open workshop, normalised: the workshop row plus every child row by entity and id.
 * `seq`: the number of the last batch main stored in it, as far as this copy knows. */
export interface WorkshopDoc {
  workshop: WorkshopRow;
  rows: Tables;
  seq?: number;
}

export class OpError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

export function emptyTables(): Tables {
  const t = {} as Record<EntityName, Record<string, AnyRow>>;
  for (const e of ENTITY_NAMES) t[e] = {};
  return t as Tables;
}

function table(doc: WorkshopDoc, entity: EntityName): Record<string, AnyRow> {
  return doc.rows[entity] as Record<string, AnyRow>;
}

/** A complete row for a create: the entity's defaults overlaid with the given values. */
export function withDefaults(entity: EntityName, values: Record<string, unknown>): Record<string, unknown> {
  return { ...defaultsOf(ENTITY_FIELDS[entity]), ...values };
}

/** The rows a delete removes (the row and everything that cascades from it, parents first) and
 * the references it clears (`set null`). */
export interface CascadeResult {
  removed: { entity: EntityName; row: AnyRow }[];
  cleared: { entity: EntityName; id: string; field: string }[];
}

export function collectCascade(doc: WorkshopDoc, entity: EntityName, id: string): CascadeResult {
  const removed: CascadeResult['removed'] = [];
  const cleared: CascadeResult['cleared'] = [];
  const seen = new Set<string>();
  const visit = (e: EntityName, rowId: string) => {
    const key = `${e}:${rowId}`;
    if (seen.has(key)) return;
    const row = table(doc, e)[rowId];
    if (!row) return;
    seen.add(key);
    removed.push({ entity: e, row });
    for (const edge of REF_EDGES) {
      if (edge.to !== e) continue;
      for (const child of Object.values(table(doc, edge.from))) {
        if (child[edge.field] !== rowId) continue;
        if (edge.onDelete === 'cascade') visit(edge.from, child.id);
        else cleared.push({ entity: edge.from, id: child.id, field: edge.field });
      }
    }
  };
  visit(entity, id);
  // A cleared reference on a row that is itself removed needs no restoring.
  const gone = new Set(removed.map((r) => `${r.entity}:${r.row.id}`));
  const order = (e: EntityName) => ENTITY_NAMES.indexOf(e);
  removed.sort((a, b) => order(a.entity) - order(b.entity));
  return { removed, cleared: cleared.filter((c) => !gone.has(`${c.entity}:${c.id}`)) };
}

/**
 * A batch is applied to a draft: each table is copied the first time the batch writes to it and
 * then changed in place, so a batch of N creates costs O(N), not O(N²). The document passed in
 * is never changed; the draft becomes the new document.
 */
class Draft {
  readonly doc: WorkshopDoc;
  private readonly copied = new Set<EntityName>();

  constructor(source: WorkshopDoc) {
    this.doc = { workshop: source.workshop, rows: { ...source.rows }, ...(source.seq !== undefined ? { seq: source.seq } : {}) };
  }

  write(entity: EntityName): Record<string, AnyRow> {
    if (!this.copied.has(entity)) {
      (this.doc.rows as Record<EntityName, Record<string, AnyRow>>)[entity] = { ...table(this.doc, entity) };
      this.copied.add(entity);
    }
    return table(this.doc, entity);
  }

  apply(op: Op): void {
    if (op.entity === 'workshop') {
      if (op.kind !== 'update') throw new OpError('not_found', 'Only updates apply to the workshop itself.');
      this.doc.workshop = { ...this.doc.workshop, ...(op.patch as Partial<WorkshopRow>) };
      return;
    }
    const rows = table(this.doc, op.entity);
    switch (op.kind) {
      case 'create': {
        if (rows[op.id]) throw new OpError('conflict', `${op.entity} ${op.id} already exists`);
        this.write(op.entity)[op.id] = { ...withDefaults(op.entity, op.values), id: op.id, workshopId: this.doc.workshop.id } as AnyRow;
        return;
      }
      case 'update': {
        const row = rows[op.id];
        if (!row) throw new OpError('not_found', `${op.entity} ${op.id} not found`);
        this.write(op.entity)[op.id] = { ...row, ...op.patch };
        return;
      }
      case 'delete': {
        if (!rows[op.id]) throw new OpError('not_found', `${op.entity} ${op.id} not found`);
        const { removed, cleared } = collectCascade(this.doc, op.entity, op.id);
        for (const r of removed) delete this.write(r.entity)[r.row.id];
        for (const c of cleared) {
          const t = this.write(c.entity);
          t[c.id] = { ...t[c.id]!, [c.field]: null };
        }
      }
    }
  }
}

/** Apply one operation; returns a new document (inputs are never mutated). */
export function applyOp(doc: WorkshopDoc, op: Op): WorkshopDoc {
  const draft = new Draft(doc);
  draft.apply(op);
  return draft.doc;
}

export function applyOps(doc: WorkshopDoc, ops: readonly Op[]): WorkshopDoc {
  const draft = new Draft(doc);
  for (const op of ops) draft.apply(op);
  return draft.doc;
}

function valuesOfRow(entity: EntityName, row: AnyRow): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(fieldsOf(entity))) values[field] = row[field];
  return values;
}

/** The operations that undo `op`, computed against the document as it was before `op`. */
export function inverseOf(doc: WorkshopDoc, op: Op): Op[] {
  if (op.entity === 'workshop') {
    if (op.kind !== 'update') return [];
    const before: Record<string, unknown> = {};
    for (const k of Object.keys(op.patch)) before[k] = (doc.workshop as unknown as Record<string, unknown>)[k];
    return [{ kind: 'update', entity: 'workshop', id: op.id, patch: before }];
  }
  switch (op.kind) {
    case 'create':
      return [{ kind: 'delete', entity: op.entity, id: op.id }];
    case 'update': {
      const row = table(doc, op.entity)[op.id];
      if (!row) return [];
      const before: Record<string, unknown> = {};
      for (const k of Object.keys(op.patch)) before[k] = row[k];
      return [{ kind: 'update', entity: op.entity, id: op.id, patch: before }];
    }
    case 'delete': {
      const { removed, cleared } = collectCascade(doc, op.entity, op.id);
      return [
        ...removed.map(
          (r): Op => ({ kind: 'create', entity: r.entity, id: r.row.id, values: valuesOfRow(r.entity, r.row) }),
        ),
        ...cleared.map(
          (c): Op => ({
            kind: 'update',
            entity: c.entity,
            id: c.id,
            patch: { [c.field]: table(doc, c.entity)[c.id]![c.field] },
          }),
        ),
      ];
    }
  }
}

/**
 * Apply a batch and compute its inverse in one pass. The inverse is ordered so that applying it
 * to the result gives back the original document.
 */
export function applyWithInverse(doc: WorkshopDoc, ops: readonly Op[]): { doc: WorkshopDoc; inverse: Op[] } {
  const inverses: Op[][] = [];
  const draft = new Draft(doc);
  for (const op of ops) {
    // The inverse reads the draft as it stands before this op; the draft's tables are only ever
    // replaced row by row, so rows read here stay as they were.
    inverses.push(inverseOf(draft.doc, op));
    draft.apply(op);
  }
  return { doc: draft.doc, inverse: inverses.reverse().flat() };
}

/** True when an op changes nothing (an update whose patch equals what is there). Such edits are
 * not sent or recorded, so a click on the same value does not fill the undo stack. */
export function isNoop(doc: WorkshopDoc, op: Op): boolean {
  if (op.kind !== 'update') return false;
  const row =
    op.entity === 'workshop'
      ? (doc.workshop as unknown as Record<string, unknown>)
      : table(doc, op.entity)[op.id];
  if (!row) return false;
  return Object.entries(op.patch).every(([k, v]) => JSON.stringify(row[k]) === JSON.stringify(v));
}
