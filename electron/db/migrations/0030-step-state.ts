/**
 * 0030-step-state: per step of a workshop, its exercise timer (the moment it ends, so a reload
 * or a restart finds it where it was) and the facilitator's private notes. One row per step.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE step_state (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
      step TEXT NOT NULL,
      timer_seconds INTEGER NOT NULL DEFAULT 0,
      timer_remaining INTEGER NOT NULL DEFAULT 0,
      timer_ends_at REAL,
      notes TEXT NOT NULL DEFAULT '',
      UNIQUE (workshop_id, step)
    ) STRICT;
  `);
}
