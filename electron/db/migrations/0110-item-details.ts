/**
 * 0110-item-details: what journey-mapping tools say about an item, kept on Touchpoint's own rows so
 * a map brought in from one (an OpenJourney file, shared/domain/ojf.ts) loses nothing and goes back
 * out the same:
 * - a note gets a description, a score on the emotion scale (which puts it on the curve), a
 *   sentiment word, a severity, tags, an icon and its colour, a moment-of-truth flag and a purpose;
 * - a touchpoint gets the same words (its score stays in `emotion`);
 * - stages, lanes, notes and touchpoints remember the id the other tool gave them (`source_id`);
 * - a blueprint gets a layer for physical evidence (no SQL change: layers are checked in shared/),
 *   and a blueprint item may belong to a note, as another tool lets any item have a blueprint.
 * Existing rows read as before: every new column is empty.
 */
import type { Database } from 'better-sqlite3';

const words = (table: string) => `
  ALTER TABLE ${table} ADD COLUMN sentiment TEXT NOT NULL DEFAULT '';
  ALTER TABLE ${table} ADD COLUMN severity TEXT;
  ALTER TABLE ${table} ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE ${table} ADD COLUMN icon TEXT NOT NULL DEFAULT '';
  ALTER TABLE ${table} ADD COLUMN icon_color TEXT NOT NULL DEFAULT '';
  ALTER TABLE ${table} ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
  ALTER TABLE ${table} ADD COLUMN source_id TEXT NOT NULL DEFAULT '';
`;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE note ADD COLUMN description TEXT NOT NULL DEFAULT '';
    ALTER TABLE note ADD COLUMN score REAL CHECK (score BETWEEN -2 AND 2);
    ALTER TABLE note ADD COLUMN moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (moment_of_truth IN (0, 1));
    ${words('note')}
    ${words('touchpoint')}
    ALTER TABLE stage ADD COLUMN source_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE lane ADD COLUMN source_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE blueprint_item ADD COLUMN note_id TEXT REFERENCES note(id) ON DELETE SET NULL;
    CREATE INDEX blueprint_item_note_id ON blueprint_item(note_id);
  `);
}
