/**
 * 0050-revisions-and-feed: what several views of one workshop need to edit it safely
 * (docs/sessions.md tells the whole story).
 *
 * - Every row carries `rev`, raised by one on each change. An edit says which revision it was
 *   based on, so main can tell a stale edit from a fresh one.
 * - `row_change` remembers, for the last revisions of each row, which view changed which fields.
 *   A stale edit is refused only when another view changed one of the same fields since; a view
 *   is never in conflict with its own earlier edits.
 * - `applied_edit` remembers the id of every edit stored, so an edit sent again (after a reload,
 *   or a reply lost to a crash) is stored once.
 * - Every stored batch gets the next number of one library-wide sequence (`feed_seq`); the
 *   workshop remembers the number of its last batch, so a view knows whether it missed one.
 * - A workshop being imported is `importing` until its last rows land: imports land in steps so
 *   other work is not held up, and no one sees (or keeps, after a crash) half a workshop.
 */
import type { Database } from 'better-sqlite3';

/** Every table that holds rows of a workshop, and the workshop table itself. */
const TABLES = [
  'workshop',
  'participant',
  'persona',
  'journey',
  'lane',
  'stage',
  'touchpoint',
  'note',
  'emotion',
  'blueprint_item',
  'gap',
  'vote',
  'metric',
  'action',
  'action_gap',
  'evidence',
  'evidence_link',
  'survey_import',
  'survey_response',
  'step_state',
];

export function up(db: Database): void {
  for (const table of TABLES) db.exec(`ALTER TABLE ${table} ADD COLUMN rev INTEGER NOT NULL DEFAULT 1`);
  db.exec(`
    ALTER TABLE workshop ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE workshop ADD COLUMN importing INTEGER NOT NULL DEFAULT 0 CHECK (importing IN (0, 1));

    CREATE TABLE row_change (
      entity TEXT NOT NULL,
      row_id TEXT NOT NULL,
      rev INTEGER NOT NULL,
      view_id TEXT NOT NULL,
      fields TEXT NOT NULL,
      PRIMARY KEY (entity, row_id, rev)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE applied_edit (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX applied_edit_by_workshop ON applied_edit (workshop_id, seq);

    CREATE TABLE feed_seq (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      seq INTEGER NOT NULL
    ) STRICT;
    INSERT INTO feed_seq (id, seq) VALUES (1, 0);
  `);
}
