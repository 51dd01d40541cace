/**
 * 0020-surveys-and-voting: survey results imported from CSV (one row per response, kept with the
 * import they came from), and the workshop's dot-voting settings.
 *
 * A response's touchpoint or stage is SET NULL on delete: deleting a touchpoint must not erase
 * what customers said; the response stays in its import, unassigned.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE survey_import (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
      journey_id TEXT REFERENCES journey(id) ON DELETE SET NULL,
      file_name TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL,
      imported_on TEXT,
      position REAL NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE survey_response (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
      import_id TEXT NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
      score REAL NOT NULL,
      comment TEXT NOT NULL DEFAULT '',
      touchpoint_id TEXT REFERENCES touchpoint(id) ON DELETE SET NULL,
      stage_id TEXT REFERENCES stage(id) ON DELETE SET NULL,
      responded_on TEXT,
      line INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE INDEX survey_import_workshop_id ON survey_import(workshop_id);
    CREATE INDEX survey_import_journey_id ON survey_import(journey_id);
    CREATE INDEX survey_response_workshop_id ON survey_response(workshop_id);
    CREATE INDEX survey_response_import_id ON survey_response(import_id);
    CREATE INDEX survey_response_touchpoint_id ON survey_response(touchpoint_id);
    CREATE INDEX survey_response_stage_id ON survey_response(stage_id);

    ALTER TABLE workshop ADD COLUMN votes_per_participant INTEGER NOT NULL DEFAULT 3
      CHECK (votes_per_participant BETWEEN 1 AND 20);
    ALTER TABLE workshop ADD COLUMN votes_revealed INTEGER NOT NULL DEFAULT 0
      CHECK (votes_revealed IN (0, 1));
  `);
}
