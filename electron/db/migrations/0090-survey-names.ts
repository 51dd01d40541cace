/**
 * 0090-survey-names: the names survey files use for touchpoints and stages that the journey calls
 * something else ("Car park" for Parking), as the user mapped them, so the next file from the same
 * survey tool imports without asking again (shared/domain/survey-columns.ts).
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE workshop ADD COLUMN survey_names TEXT NOT NULL DEFAULT ''`);
}
