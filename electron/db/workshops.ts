/**
 * The workshop library: list, create, rename, duplicate, archive, delete and open.
 */
import { defaultTerms } from '../../shared/domain/vocabulary';
import type { Database } from 'better-sqlite3';
import type { WorkshopSummary } from '../../shared/api';
import { ENTITY_NAMES, REF_EDGES, WORKSHOP_FIELDS, type AnyRow, type EntityName } from '../../shared/model/entities';
import { columnOf, toSql } from '../../shared/model/fields';
import type { WorkshopDoc } from '../../shared/model/ops';
import { reportPlan, storedSections, toggleSection } from '../../shared/domain/report-plan';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { decodeWorkshop, insertRow, selectTables, selectWorkshop, stmt } from './rows';

export interface Clock {
  now(): string;
  newId(): string;
}

function summary(raw: Record<string, unknown>): WorkshopSummary {
  const { scopeJourney: _j, scopeProduct: _p, scopeSegments: _s, vision: _v, ...rest } = decodeWorkshop(raw);
  return rest;
}

function summaryOf(db: Database, id: string): WorkshopSummary {
  const raw = stmt(db, 'SELECT * FROM workshop WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!raw) throw new AppError('not_found', msg.errors.workshopNotFound);
  return summary(raw);
}

/** Most recently edited first; archived ones only when asked for. */
export function listWorkshops(db: Database, includeArchived: boolean): WorkshopSummary[] {
  const sql = includeArchived
    ? 'SELECT * FROM workshop WHERE importing = 0 ORDER BY updated_at DESC, id'
    : 'SELECT * FROM workshop WHERE importing = 0 AND archived_at IS NULL ORDER BY updated_at DESC, id';
  return (stmt(db, sql).all() as Record<string, unknown>[]).map(summary);
}

export function createWorkshop(db: Database, clock: Clock, title: string, client = ''): WorkshopSummary {
  const id = clock.newId();
  const now = clock.now();
  stmt(
    db,
    `INSERT INTO workshop (id, title, client, created_at, updated_at, teams, channels) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, title.trim(), client.trim(), now, now, JSON.stringify(defaultTerms('team', null)), JSON.stringify(defaultTerms('channel', null)));
  return summaryOf(db, id);
}

export function renameWorkshop(db: Database, clock: Clock, id: string, title: string): WorkshopSummary {
  const r = stmt(db, 'UPDATE workshop SET title = ?, updated_at = ? WHERE id = ?').run(title.trim(), clock.now(), id);
  if (r.changes === 0) throw new AppError('not_found', msg.errors.workshopNotFound);
  return summaryOf(db, id);
}

export function archiveWorkshop(db: Database, clock: Clock, id: string, archived: boolean): WorkshopSummary {
  // Archiving is filing, not editing: it does not change "last edited".
  const r = stmt(db, 'UPDATE workshop SET archived_at = ? WHERE id = ?').run(archived ? clock.now() : null, id);
  if (r.changes === 0) throw new AppError('not_found', msg.errors.workshopNotFound);
  return summaryOf(db, id);
}

export function deleteWorkshop(db: Database, id: string): void {
  const r = stmt(db, 'DELETE FROM workshop WHERE id = ?').run(id);
  if (r.changes === 0) throw new AppError('not_found', msg.errors.workshopNotFound);
}

export function openWorkshop(db: Database, id: string): WorkshopDoc {
  // One read transaction: the workshop and its rows are a consistent snapshot.
  return db.transaction(() => {
    const workshop = selectWorkshop(db, id);
    // Half-imported, it is nobody's yet.
    if (!workshop || stmt(db, 'SELECT importing FROM workshop WHERE id = ?').pluck().get(id) === 1) throw new AppError('not_found', msg.errors.workshopNotFound);
    return { workshop, rows: selectTables(db, id), seq: workshop.lastSeq };
  })();
}

/** Inserts a workshop row with every Setup field, whatever the schema version adds. */
export function insertWorkshop(db: Database, id: string, now: string, values: Record<string, unknown>): void {
  const fields = Object.keys(WORKSHOP_FIELDS);
  stmt(
    db,
    `INSERT INTO workshop (id, created_at, updated_at, archived_at, ${fields.map(columnOf).join(', ')})
     VALUES (?, ?, ?, NULL, ${fields.map(() => '?').join(', ')})`,
  ).run(id, now, now, ...fields.map((k) => toSql(WORKSHOP_FIELDS[k as keyof typeof WORKSHOP_FIELDS], values[k])));
}

/**
 * Copies a workshop and every row in it under new ids, rewriting every reference to point at the
 * copies. Rows are inserted parents first, so foreign keys hold at every step.
 */
export function duplicateWorkshop(db: Database, clock: Clock, id: string): WorkshopSummary {
  return copyWorkshop(db, clock, id, (w) => ({ ...w, title: `${w.title}${msg.library.copySuffix}`.slice(0, 200) }));
}

/** Rows that belong to one round only: its timers and private notes, and its votes unless the
 * consultant carries them over. */
const PER_ROUND: ReadonlySet<EntityName> = new Set(['stepState']);

/** The rounds started from this one (at most one: a second is refused). */
export function laterRoundsOf(db: Database, id: string): WorkshopSummary[] {
  return (stmt(db, 'SELECT * FROM workshop WHERE previous_round_id = ? AND importing = 0 ORDER BY round, created_at').all(id) as Record<string, unknown>[]).map(summary);
}

/**
 * The Improve loop: a copy of the workshop as its next round. Everything carries over but the
 * timers, and the votes unless asked for (carried, the two rounds' priorities stay comparable);
 * the workshop points back to the round it came from, and touchpoints, gaps, metrics and actions
 * remember their originals so the rounds can be compared. A round has one next round: asking
 * again is refused, naming the one that exists. Its survey figures start on the latest period,
 * and its report gains the progress section when the consultant had chosen the sections.
 */
export function startNextRound(db: Database, clock: Clock, id: string, opts: { carryVotes: boolean }): WorkshopSummary {
  return db.transaction(() => {
    const existing = laterRoundsOf(db, id)[0];
    if (existing) throw new AppError('conflict', msg.rounds.exists(existing.round, existing.title));
    return copyWorkshop(
      db,
      clock,
      id,
      (w) => ({
        ...w,
        round: Math.min(999, w.round + 1),
        previousRoundId: w.id,
        votesRevealed: opts.carryVotes ? w.votesRevealed : false,
        surveyPeriod: '',
        reportSections: w.reportSections ? storedSections(toggleSection(reportPlan(w).sections, 'progress', true)) : '',
      }),
      { skip: opts.carryVotes ? PER_ROUND : new Set([...PER_ROUND, 'vote']), keepOrigin: true },
    );
  })();
}

/**
 * Copies a workshop and every row in it under new ids, rewriting every reference to point at the
 * copies. Rows are inserted parents first, so foreign keys hold at every step.
 */
function copyWorkshop(
  db: Database,
  clock: Clock,
  id: string,
  workshop: (w: WorkshopDoc['workshop']) => Record<string, unknown>,
  opts: { skip?: ReadonlySet<EntityName>; keepOrigin?: boolean } = {},
): WorkshopSummary {
  return db.transaction(() => {
    const source = openWorkshop(db, id);
    const newWorkshopId = clock.newId();
    const now = clock.now();
    insertWorkshop(db, newWorkshopId, now, workshop(source.workshop));
    const entities = ENTITY_NAMES.filter((e) => !opts.skip?.has(e));
    const newIds = new Map<string, string>();
    for (const entity of entities) {
      for (const oldId of Object.keys(source.rows[entity])) newIds.set(`${entity}:${oldId}`, clock.newId());
    }
    const refFields = (entity: EntityName) => REF_EDGES.filter((e) => e.from === entity);
    for (const entity of entities) {
      for (const row of Object.values(source.rows[entity]) as AnyRow[]) {
        const values: Record<string, unknown> = { ...row };
        for (const edge of refFields(entity)) {
          const ref = row[edge.field];
          if (typeof ref === 'string') values[edge.field] = newIds.get(`${edge.to}:${ref}`) ?? null;
        }
        if (opts.keepOrigin && 'originId' in values) values.originId = row.id;
        insertRow(db, entity, newIds.get(`${entity}:${row.id}`)!, newWorkshopId, values);
      }
    }
    return summaryOf(db, newWorkshopId);
  })();
}
