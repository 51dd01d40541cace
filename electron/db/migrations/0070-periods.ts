/**
 * 0070-periods: every survey answer belongs to a period (the months its answers were given, from
 * the file's dates or as said at import), so figures from April and October are never pooled by
 * accident; the workshop says which period its figures use ('' the latest, 'all' pooled, or one
 * period); a metric keeps its baseline's period, and a current value with its own.
 * (shared/domain/periods.ts)
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE survey_import ADD COLUMN period_start TEXT;
    ALTER TABLE survey_import ADD COLUMN period_end TEXT;
    ALTER TABLE workshop ADD COLUMN survey_period TEXT NOT NULL DEFAULT '';
    ALTER TABLE metric ADD COLUMN baseline_period TEXT NOT NULL DEFAULT '';
    ALTER TABLE metric ADD COLUMN current REAL;
    ALTER TABLE metric ADD COLUMN current_period TEXT NOT NULL DEFAULT '';
    -- Imports made before: their period is what their answers' dates say, where they have dates.
    UPDATE survey_import SET
      period_start = (SELECT min(responded_on) FROM survey_response r WHERE r.import_id = survey_import.id),
      period_end = (SELECT max(responded_on) FROM survey_response r WHERE r.import_id = survey_import.id);
  `);
}
