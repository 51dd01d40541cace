/**
 * Generic reading and writing of entity rows, driven by the field specs in shared/. SQL text is
 * built only from those specs (never from input), and every value is a bound parameter.
 */
import type { Database, Statement } from 'better-sqlite3';
import {
  ENTITY_NAMES,
  TABLE_OF,
  WORKSHOP_FIELDS,
  fieldsOf,
  type AnyRow,
  type EntityName,
  type WorkshopRow,
} from '../../shared/model/entities';
import { columnOf, fromSql, toSql, type FieldSpec } from '../../shared/model/fields';
import { emptyTables, type Tables } from '../../shared/model/ops';

const cache = new WeakMap<Database, Map<string, Statement>>();

/** Prepared statements are cached per connection: the same SQL is compiled once. */
export function stmt(db: Database, sql: string): Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) byDb.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Per entity, each field with its column name and spec, worked out once: opening a workshop
 * decodes thousands of rows, and naming columns per row was most of its cost. */
const columnsCache = new Map<EntityName, [string, string, FieldSpec][]>();
function columnsOf(entity: EntityName): [string, string, FieldSpec][] {
  let cols = columnsCache.get(entity);
  if (!cols) columnsCache.set(entity, (cols = Object.entries(fieldsOf(entity)).map(([field, spec]) => [field, columnOf(field), spec])));
  return cols;
}

export function decodeRow(entity: EntityName, raw: Record<string, unknown>): AnyRow {
  const row: Record<string, unknown> = { id: raw.id, workshopId: raw.workshop_id, rev: raw.rev };
  for (const [field, column, spec] of columnsOf(entity)) {
    const value = raw[column];
    row[field] = spec.type === 'bool' || spec.type === 'list' ? fromSql(spec, value) : value;
  }
  return row as AnyRow;
}

export function decodeWorkshop(raw: Record<string, unknown>): WorkshopRow {
  const row: Record<string, unknown> = {
    id: raw.id,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
    archivedAt: raw.archived_at ?? null,
    rev: raw.rev,
    lastSeq: raw.last_seq,
  };
  for (const [field, spec] of Object.entries(WORKSHOP_FIELDS)) row[field] = fromSql(spec, raw[columnOf(field)]);
  return row as unknown as WorkshopRow;
}

export function insertRow(
  db: Database,
  entity: EntityName,
  id: string,
  workshopId: string,
  values: Record<string, unknown>,
): void {
  const specs = fieldsOf(entity);
  const fields = Object.keys(specs);
  const sql = `INSERT INTO ${TABLE_OF[entity]} (id, workshop_id, ${fields.map(columnOf).join(', ')}) VALUES (?, ?, ${fields.map(() => '?').join(', ')})`;
  stmt(db, sql).run(id, workshopId, ...fields.map((k) => toSql(specs[k]!, values[k])));
}

export function updateRow(db: Database, entity: EntityName | 'workshop', id: string, patch: Record<string, unknown>): void {
  const specs = fieldsOf(entity);
  const fields = Object.keys(patch).filter((k) => Object.hasOwn(specs, k)).sort();
  if (fields.length === 0) return;
  const sql = `UPDATE ${TABLE_OF[entity]} SET ${fields.map((k) => `${columnOf(k)} = ?`).join(', ')} WHERE id = ?`;
  stmt(db, sql).run(...fields.map((k) => toSql(specs[k]!, patch[k])), id);
}

export function deleteRow(db: Database, entity: EntityName, id: string): void {
  stmt(db, `DELETE FROM ${TABLE_OF[entity]} WHERE id = ?`).run(id);
}

/** The workshop a row belongs to, or undefined when no such row exists. */
export function ownerOf(db: Database, entity: EntityName, id: string): string | undefined {
  const r = stmt(db, `SELECT workshop_id FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as
    | { workshop_id: string }
    | undefined;
  return r?.workshop_id;
}

export function selectRow(db: Database, entity: EntityName, id: string): AnyRow | null {
  const raw = stmt(db, `SELECT * FROM ${TABLE_OF[entity]} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  return raw ? decodeRow(entity, raw) : null;
}

export function selectWorkshop(db: Database, id: string): WorkshopRow | null {
  const raw = stmt(db, 'SELECT * FROM workshop WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return raw ? decodeWorkshop(raw) : null;
}

/** Every child row of a workshop, by entity and id. Ordered by position where rows have one. */
export function selectTables(db: Database, workshopId: string): Tables {
  const tables = emptyTables() as Record<EntityName, Record<string, AnyRow>>;
  for (const entity of ENTITY_NAMES) {
    const order = 'position' in fieldsOf(entity) ? 'position, id' : 'id';
    const raws = stmt(db, `SELECT * FROM ${TABLE_OF[entity]} WHERE workshop_id = ? ORDER BY ${order}`).all(
      workshopId,
    ) as Record<string, unknown>[];
    for (const raw of raws) tables[entity][raw.id as string] = decodeRow(entity, raw);
  }
  return tables as Tables;
}
