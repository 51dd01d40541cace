/**
 * 0010-init: the whole workshop model (docs/method.md, "Words used in the code") from the first release.
 * Shipped migrations are never edited; change the schema with a new numbered file.
 *
 * Choices worth knowing:
 * - STRICT tables, so a value of the wrong type is refused by SQLite itself.
 * - Every child row carries workshop_id (cascading), so scoping an edit, duplicating or exporting
 *   a workshop is one indexed WHERE, and no edit can reach into another workshop.
 * - Vocabularies (channel, team, status…) are checked by the validators in shared/, not by CHECK
 *   constraints, so adding a value later does not need a table rebuild.
 */
import type { Database } from 'better-sqlite3';

const text = (name: string) => `${name} TEXT NOT NULL DEFAULT ''`;
const child = `id TEXT PRIMARY KEY NOT NULL,
  workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE`;
const position = 'position REAL NOT NULL DEFAULT 0';
const bool = (name: string) => `${name} INTEGER NOT NULL DEFAULT 0 CHECK (${name} IN (0, 1))`;
const cascade = (col: string, table: string) => `${col} TEXT NOT NULL REFERENCES ${table}(id) ON DELETE CASCADE`;
const optionalCascade = (col: string, table: string) => `${col} TEXT REFERENCES ${table}(id) ON DELETE CASCADE`;
const setNull = (col: string, table: string) => `${col} TEXT REFERENCES ${table}(id) ON DELETE SET NULL`;

const SQL = `
CREATE TABLE workshop (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL,
  ${text('client')},
  workshop_date TEXT,
  ${text('facilitator')},
  industry TEXT,
  ${text('scope_journey')},
  ${text('scope_product')},
  ${text('scope_segments')},
  ${text('vision')},
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
) STRICT;

CREATE TABLE participant (
  ${child},
  ${text('name')},
  ${text('role')},
  ${position}
) STRICT;

CREATE TABLE persona (
  ${child},
  ${text('name')},
  ${text('role')},
  ${text('bio')},
  ${text('goals')},
  ${text('needs')},
  ${text('pain_points')},
  ${text('behaviours')},
  channels TEXT NOT NULL DEFAULT '[]',
  ${text('quote')},
  importance TEXT,
  ${text('importance_why')},
  avatar_kind TEXT NOT NULL DEFAULT 'initials',
  ${text('avatar_illustration')},
  ${text('avatar_image')},
  ${position}
) STRICT;

CREATE TABLE journey (
  ${child},
  ${setNull('persona_id', 'persona')},
  ${text('name')},
  ${text('point_of_view')},
  ${text('template_id')},
  ${position}
) STRICT;

CREATE TABLE lane (
  ${child},
  ${cascade('journey_id', 'journey')},
  kind TEXT NOT NULL,
  ${text('name')},
  ${bool('hidden')},
  ${position}
) STRICT;

CREATE TABLE stage (
  ${child},
  ${cascade('journey_id', 'journey')},
  ${text('name')},
  ${text('description')},
  ${position}
) STRICT;

CREATE TABLE touchpoint (
  ${child},
  ${cascade('journey_id', 'journey')},
  ${cascade('stage_id', 'stage')},
  ${text('name')},
  ${text('description')},
  channel TEXT NOT NULL,
  team TEXT NOT NULL,
  ${bool('moment_of_truth')},
  ${position}
) STRICT;

CREATE TABLE note (
  ${child},
  ${cascade('journey_id', 'journey')},
  ${cascade('stage_id', 'stage')},
  ${cascade('lane_id', 'lane')},
  ${text('text')},
  color TEXT NOT NULL,
  ${position}
) STRICT;

CREATE TABLE emotion (
  ${child},
  ${cascade('touchpoint_id', 'touchpoint')} UNIQUE,
  score REAL NOT NULL CHECK (score BETWEEN -2 AND 2),
  ${text('comment')}
) STRICT;

CREATE TABLE blueprint_item (
  ${child},
  ${cascade('journey_id', 'journey')},
  ${cascade('stage_id', 'stage')},
  ${setNull('touchpoint_id', 'touchpoint')},
  layer TEXT NOT NULL,
  ${text('text')},
  ${text('role')},
  ${text('timing')},
  ${text('how')},
  team TEXT,
  ${position}
) STRICT;

CREATE TABLE gap (
  ${child},
  ${cascade('touchpoint_id', 'touchpoint')},
  ${text('title')},
  ${text('intended')},
  intended_score INTEGER CHECK (intended_score BETWEEN 1 AND 5),
  ${text('actual')},
  actual_score INTEGER CHECK (actual_score BETWEEN 1 AND 5),
  actual_source TEXT NOT NULL DEFAULT 'manual',
  component TEXT,
  driver TEXT,
  severity INTEGER CHECK (severity BETWEEN 1 AND 5),
  frequency INTEGER CHECK (frequency BETWEEN 1 AND 5),
  ${position}
) STRICT;

CREATE TABLE vote (
  ${child},
  ${cascade('gap_id', 'gap')},
  ${optionalCascade('participant_id', 'participant')},
  count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0)
) STRICT;

CREATE TABLE metric (
  ${child},
  ${optionalCascade('touchpoint_id', 'touchpoint')},
  ${optionalCascade('stage_id', 'stage')},
  kind TEXT NOT NULL,
  ${text('custom_name')},
  method TEXT,
  baseline REAL,
  target REAL,
  ${text('unit')},
  review_date TEXT,
  ${position}
) STRICT;

CREATE TABLE action (
  ${child},
  ${text('title')},
  ${text('description')},
  ${text('owner')},
  team TEXT,
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'not_started',
  impact INTEGER CHECK (impact BETWEEN 1 AND 5),
  effort INTEGER CHECK (effort BETWEEN 1 AND 5),
  ${bool('wow')},
  ${setNull('metric_id', 'metric')},
  ${position}
) STRICT;

CREATE TABLE action_gap (
  ${child},
  ${cascade('action_id', 'action')},
  ${cascade('gap_id', 'gap')},
  UNIQUE (action_id, gap_id)
) STRICT;

CREATE TABLE evidence (
  ${child},
  kind TEXT NOT NULL,
  ${text('text')},
  ${text('source')},
  collected_on TEXT,
  ${position}
) STRICT;

CREATE TABLE evidence_link (
  ${child},
  ${cascade('evidence_id', 'evidence')},
  ${optionalCascade('persona_id', 'persona')},
  ${optionalCascade('touchpoint_id', 'touchpoint')},
  ${optionalCascade('gap_id', 'gap')},
  CHECK ((persona_id IS NOT NULL) + (touchpoint_id IS NOT NULL) + (gap_id IS NOT NULL) = 1)
) STRICT;

CREATE TABLE app_setting (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
`;

// An index for every foreign key: cascading deletes and "rows of this workshop" stay fast.
const INDEXES: [string, string][] = [
  ['participant', 'workshop_id'],
  ['persona', 'workshop_id'],
  ['journey', 'workshop_id'],
  ['journey', 'persona_id'],
  ['lane', 'workshop_id'],
  ['lane', 'journey_id'],
  ['stage', 'workshop_id'],
  ['stage', 'journey_id'],
  ['touchpoint', 'workshop_id'],
  ['touchpoint', 'journey_id'],
  ['touchpoint', 'stage_id'],
  ['note', 'workshop_id'],
  ['note', 'journey_id'],
  ['note', 'stage_id'],
  ['note', 'lane_id'],
  ['emotion', 'workshop_id'],
  ['blueprint_item', 'workshop_id'],
  ['blueprint_item', 'journey_id'],
  ['blueprint_item', 'stage_id'],
  ['blueprint_item', 'touchpoint_id'],
  ['gap', 'workshop_id'],
  ['gap', 'touchpoint_id'],
  ['vote', 'workshop_id'],
  ['vote', 'gap_id'],
  ['vote', 'participant_id'],
  ['metric', 'workshop_id'],
  ['metric', 'touchpoint_id'],
  ['metric', 'stage_id'],
  ['action', 'workshop_id'],
  ['action', 'metric_id'],
  ['action_gap', 'workshop_id'],
  ['action_gap', 'gap_id'],
  ['evidence', 'workshop_id'],
  ['evidence_link', 'workshop_id'],
  ['evidence_link', 'evidence_id'],
  ['evidence_link', 'persona_id'],
  ['evidence_link', 'touchpoint_id'],
  ['evidence_link', 'gap_id'],
];

export function up(db: Database): void {
  db.exec(SQL);
  for (const [table, column] of INDEXES) {
    db.exec(`CREATE INDEX ${table}_${column} ON ${table}(${column})`);
  }
  db.exec('CREATE INDEX workshop_updated_at ON workshop(updated_at)');
}
