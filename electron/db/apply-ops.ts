/**
 * Applies a batch of edit operations to one workshop in a single transaction: all of it is stored
 * or none of it is. The ops have already been validated against the field specs (shared/api.ts);
 * here we check what only the database knows: that the rows exist, that every row and every
 * reference belongs to this workshop, and that unique rules hold.
 */
import type { Database } from 'better-sqlite3';
import type { ApplyOpsResult, StoredChange } from '../../shared/api';
import { REF_EDGES, type EntityName } from '../../shared/model/entities';
import { withDefaults, type Op } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { deleteRow, insertRow, ownerOf, selectRow, selectWorkshop, stmt, updateRow } from './rows';

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

export function applyOpsToDb(db: Database, workshopId: string, ops: readonly Op[], now: string): ApplyOpsResult {
  return db.transaction(() => {
    if (!selectWorkshop(db, workshopId)) throw new AppError('not_found', msg.errors.workshopNotFound);
    const touched = new Map<string, { entity: Op['entity']; id: string }>();
    for (const op of ops) {
      touched.set(`${op.entity}:${op.id}`, { entity: op.entity, id: op.id });
      try {
        if (op.entity === 'workshop') {
          if (op.kind !== 'update' || op.id !== workshopId) throw new AppError('wrong_workshop', msg.errors.wrongWorkshop);
          updateRow(db, 'workshop', op.id, op.patch);
          continue;
        }
        switch (op.kind) {
          case 'create': {
            const values = withDefaults(op.entity, op.values);
            assertRefsOwned(db, workshopId, op.entity, values);
            insertRow(db, op.entity, op.id, workshopId, values);
            break;
          }
          case 'update':
            assertOwned(db, workshopId, op.entity, op.id);
            assertRefsOwned(db, workshopId, op.entity, op.patch);
            updateRow(db, op.entity, op.id, op.patch);
            break;
          case 'delete':
            assertOwned(db, workshopId, op.entity, op.id);
            deleteRow(db, op.entity, op.id);
            break;
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        translateSqliteError(err);
      }
    }
    stmt(db, 'UPDATE workshop SET updated_at = ? WHERE id = ?').run(now, workshopId);

    const stored: StoredChange[] = [...touched.values()].map(({ entity, id }) => ({
      entity,
      id,
      row:
        entity === 'workshop'
          ? (selectWorkshop(db, id) as unknown as Record<string, unknown>)
          : (selectRow(db, entity, id) as Record<string, unknown> | null),
    }));
    return { updatedAt: now, stored };
  })();
}
