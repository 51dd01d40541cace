/**
 * 0130-themes: themes from an affinity grouping (docs/themes.md). A theme is named, belongs to a
 * journey (or none, for evidence from Listen) and keeps its place on the affinity board. Notes and
 * evidence point at their theme; deleting a theme leaves them as they were, without one. A note
 * sent from a phone also keeps the room's question it answered (`room_prompt`), so the notes of
 * one question can be grouped together.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE theme (
      id TEXT PRIMARY KEY NOT NULL,
      workshop_id TEXT NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
      journey_id TEXT REFERENCES journey(id) ON DELETE SET NULL,
      name TEXT NOT NULL DEFAULT '',
      color TEXT NOT NULL DEFAULT 'yellow',
      position REAL NOT NULL DEFAULT 0,
      rev INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX theme_workshop_id ON theme(workshop_id);
    ALTER TABLE note ADD COLUMN theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL;
    ALTER TABLE note ADD COLUMN room_prompt TEXT NOT NULL DEFAULT '';
    CREATE INDEX note_theme_id ON note(theme_id);
    ALTER TABLE evidence ADD COLUMN theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL;
    CREATE INDEX evidence_theme_id ON evidence(theme_id);
  `);
}
