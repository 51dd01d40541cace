/**
 * Schema migrations (after Signal Desktop's ts/sql/migrations): one file each, numbered in tens,
 * listed here explicitly, versions only increasing. All pending migrations run in one transaction
 * together with `PRAGMA user_version`, so a crash half-way leaves the previous schema intact.
 */
import type { Database } from 'better-sqlite3';
import { up as init } from './0010-init';
import { up as surveysAndVoting } from './0020-surveys-and-voting';
import { up as stepState } from './0030-step-state';
import { up as rounds } from './0040-rounds';
import { up as revisionsAndFeed } from './0050-revisions-and-feed';
import { up as reportOptions } from './0060-report-options';
import { up as periods } from './0070-periods';
import { up as vocabularyAndPhases } from './0080-vocabulary-and-phases';
import { up as surveyNames } from './0090-survey-names';
import { up as clientLogo } from './0100-client-logo';
import { up as itemDetails } from './0110-item-details';
import { up as fromTheRoom } from './0120-from-the-room';
import { up as themes } from './0130-themes';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: '0010-init', up: init },
  { version: 20, name: '0020-surveys-and-voting', up: surveysAndVoting },
  { version: 30, name: '0030-step-state', up: stepState },
  { version: 40, name: '0040-rounds', up: rounds },
  { version: 50, name: '0050-revisions-and-feed', up: revisionsAndFeed },
  { version: 60, name: '0060-report-options', up: reportOptions },
  { version: 70, name: '0070-periods', up: periods },
  { version: 80, name: '0080-vocabulary-and-phases', up: vocabularyAndPhases },
  { version: 90, name: '0090-survey-names', up: surveyNames },
  { version: 100, name: '0100-client-logo', up: clientLogo },
  { version: 110, name: '0110-item-details', up: itemDetails },
  { version: 120, name: '0120-from-the-room', up: fromTheRoom },
  { version: 130, name: '0130-themes', up: themes },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The library was written by a newer Touchpoint: we must not touch it. */
export class FutureDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`Database version ${found} is newer than this app supports (${supported}).`);
    this.name = 'FutureDatabaseError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration; returns the version before and after. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw new FutureDatabaseError(from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version lives in the file header and is part of this transaction.
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}
