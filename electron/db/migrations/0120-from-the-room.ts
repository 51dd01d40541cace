/**
 * 0120-from-the-room: what participants send from their phones (issue 22, docs/room.md) lands as
 * ordinary rows that say where they came from:
 * - a note and a vote keep `from_room`, the phone's id for this room (never its access token), and
 *   `author`, the first name the participant gave, if any;
 * - a survey import keeps `from_room`, the id of the room question its answers were given to.
 * Rows typed on the laptop keep both empty.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE note ADD COLUMN from_room TEXT NOT NULL DEFAULT '';
    ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE vote ADD COLUMN from_room TEXT NOT NULL DEFAULT '';
    ALTER TABLE vote ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE survey_import ADD COLUMN from_room TEXT NOT NULL DEFAULT '';
  `);
}
