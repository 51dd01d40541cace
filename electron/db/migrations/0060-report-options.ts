/**
 * 0060-report-options: which sections the consultant puts in the report, in which order
 * (JSON list; empty means all, in the usual order), and the paper size (shared/domain/report-plan.ts).
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE workshop ADD COLUMN report_sections TEXT NOT NULL DEFAULT '';
    ALTER TABLE workshop ADD COLUMN report_page_size TEXT NOT NULL DEFAULT 'a4';
  `);
}
