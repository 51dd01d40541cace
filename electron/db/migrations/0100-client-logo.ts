/**
 * 0100-client-logo: the client's own logo for a workshop (a checked PNG or JPEG as a data: URL),
 * shown on the report's cover beside the consultant's and on the presenter's cover.
 */
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE workshop ADD COLUMN client_logo TEXT NOT NULL DEFAULT ''`);
}
