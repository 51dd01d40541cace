/**
 * 0040-rounds: the Improve loop. A workshop knows its round number and the round it was started
 * from; rows that carry over (touchpoints, gaps, metrics, actions) remember the row they were
 * copied from, so two rounds can be compared row by row even after either has changed.
 * Also the self-assessment interview's answers so far (JSON), so it can be left and resumed.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE workshop ADD COLUMN round INTEGER NOT NULL DEFAULT 1 CHECK (round BETWEEN 1 AND 999);
    ALTER TABLE workshop ADD COLUMN previous_round_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE touchpoint ADD COLUMN origin_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE gap ADD COLUMN origin_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE metric ADD COLUMN origin_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE action ADD COLUMN origin_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE workshop ADD COLUMN interview TEXT NOT NULL DEFAULT '';
  `);
}
