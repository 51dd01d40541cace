import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion, FutureDatabaseError, type Migration } from '../../electron/db/migrations';
import { LIBRARY_FILE, openLibrary } from '../../electron/db/open';
import { ENTITY_FIELDS, ENTITY_NAMES, REF_EDGES, TABLE_OF, WORKSHOP_FIELDS } from '../../shared/model/entities';
import { columnOf } from '../../shared/model/fields';
import { tempDir } from '../helpers/library';

/** Rows every schema version can hold, written with plain SQL as that version would have. */
const FIXTURES: Record<number, (db: Database.Database) => void> = {
  10: (db) => {
    db.prepare(
      `INSERT INTO workshop (id, title, client, created_at, updated_at) VALUES ('w1', 'Onboarding review', 'Northwind', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).run();
    db.prepare(`INSERT INTO journey (id, workshop_id, name) VALUES ('j1', 'w1', 'Today')`).run();
    db.prepare(`INSERT INTO stage (id, workshop_id, journey_id, name, position) VALUES ('s1', 'w1', 'j1', 'Book', 1)`).run();
  },
  20: (db) => {
    FIXTURES[10]!(db);
    db.prepare(`INSERT INTO survey_import (id, workshop_id, kind, file_name) VALUES ('i1', 'w1', 'csat', 'survey.csv')`).run();
    db.prepare(`INSERT INTO survey_response (id, workshop_id, import_id, score, stage_id, line) VALUES ('r1', 'w1', 'i1', 4, 's1', 2)`).run();
  },
  30: (db) => {
    FIXTURES[20]!(db);
    db.prepare(`INSERT INTO step_state (id, workshop_id, step, timer_seconds, timer_remaining, timer_ends_at) VALUES ('t1', 'w1', 'journey', 900, 900, 1800000000000)`).run();
  },
  40: (db) => {
    FIXTURES[30]!(db);
    db.prepare(`UPDATE workshop SET round = 2 WHERE id = 'w1'`).run();
  },
  50: (db) => {
    FIXTURES[40]!(db);
    db.prepare(`UPDATE stage SET rev = 2 WHERE id = 's1'`).run();
    db.prepare(`INSERT INTO row_change (entity, row_id, rev, view_id, fields) VALUES ('stage', 's1', 2, 'v', '["name"]')`).run();
  },
  60: (db) => {
    FIXTURES[50]!(db);
    db.prepare(`UPDATE workshop SET report_page_size = 'letter' WHERE id = 'w1'`).run();
  },
  70: (db) => {
    FIXTURES[60]!(db);
    db.prepare(`UPDATE survey_import SET period_start = '2026-04-01', period_end = '2026-04-30' WHERE id = 'i1'`).run();
  },
  80: (db) => {
    FIXTURES[70]!(db);
    db.prepare(`UPDATE stage SET phase = 'Arrive' WHERE id = 's1'`).run();
    db.prepare(`UPDATE workshop SET teams = '["Welcome team"]' WHERE id = 'w1'`).run();
  },
  90: (db) => {
    FIXTURES[80]!(db);
    db.prepare(`UPDATE workshop SET survey_names = '{"car park":"t1"}' WHERE id = 'w1'`).run();
  },
  100: (db) => {
    FIXTURES[90]!(db);
    db.prepare(`UPDATE workshop SET client_logo = 'data:image/png;base64,iVBORw0KGgo=' WHERE id = 'w1'`).run();
  },
  110: (db) => {
    FIXTURES[100]!(db);
    db.prepare(`UPDATE stage SET source_id = 's-ojf' WHERE id = 's1'`).run();
  },
  120: (db) => {
    FIXTURES[110]!(db);
    db.prepare(`UPDATE survey_import SET from_room = 'room-question-1' WHERE id = 'i1'`).run();
  },
  130: (db) => {
    FIXTURES[120]!(db);
    db.prepare(`INSERT INTO theme (id, workshop_id, journey_id, name, position) VALUES ('th1', 'w1', 'j1', 'Waiting', 1)`).run();
  },
};

describe('migrations', () => {
  it('are numbered in tens, only ever increasing, with names that match their numbers', () => {
    let previous = 0;
    for (const m of MIGRATIONS) {
      expect(m.version % 10).toBe(0);
      expect(m.version).toBeGreaterThan(previous);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
      previous = m.version;
    }
    expect(LATEST_VERSION).toBe(previous);
  });

  it('create a new library at the latest version with WAL, foreign keys and full sync on', () => {
    const { db } = openLibrary(tempDir());
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('open a database made by every earlier schema, keeping its rows', () => {
    for (let i = 0; i < MIGRATIONS.length; i++) {
      const dir = tempDir();
      const old = new Database(path.join(dir, LIBRARY_FILE));
      migrate(old, MIGRATIONS.slice(0, i + 1));
      FIXTURES[MIGRATIONS[i]!.version]!(old);
      old.close();

      const { db, migratedFrom } = openLibrary(dir);
      expect(migratedFrom).toBe(MIGRATIONS[i]!.version);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.prepare(`SELECT title FROM workshop WHERE id = 'w1'`).get()).toEqual({ title: 'Onboarding review' });
      expect(db.prepare(`SELECT name FROM stage WHERE id = 's1'`).get()).toEqual({ name: 'Book' });
      db.close();
    }
  });

  it('give survey imports made before periods the period their answers’ dates say', () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, LIBRARY_FILE));
    migrate(old, MIGRATIONS.filter((m) => m.version < 70));
    FIXTURES[60]!(old);
    old.prepare(`INSERT INTO survey_response (id, workshop_id, import_id, score, stage_id, line, responded_on) VALUES ('r2', 'w1', 'i1', 5, 's1', 3, '2026-04-20'), ('r3', 'w1', 'i1', 3, 's1', 4, '2026-05-02')`).run();
    old.close();
    const { db } = openLibrary(dir);
    expect(db.prepare(`SELECT period_start, period_end FROM survey_import WHERE id = 'i1'`).get()).toEqual({ period_start: '2026-04-20', period_end: '2026-05-02' });
    db.close();
  });

  it('turn the fixed team and channel keys into names each workshop keeps in its own lists', () => {
    const dir = tempDir();
    const old = new Database(path.join(dir, LIBRARY_FILE));
    migrate(old, MIGRATIONS.filter((m) => m.version < 80));
    FIXTURES[70]!(old);
    old.prepare(`INSERT INTO touchpoint (id, workshop_id, journey_id, stage_id, name, channel, team, position) VALUES ('t1', 'w1', 'j1', 's1', 'Phone line', 'in_person', 'service', 1), ('t2', 'w1', 'j1', 's1', 'Sign-up', 'web', 'Greeters', 2)`).run();
    old.prepare(`INSERT INTO action (id, workshop_id, title, team, position) VALUES ('a1', 'w1', 'Call back', 'billing', 1), ('a2', 'w1', 'Unowned', NULL, 2)`).run();
    old.prepare(`INSERT INTO persona (id, workshop_id, name, channels, position) VALUES ('p1', 'w1', 'Ann', '["email","social"]', 1)`).run();
    old.close();
    const { db } = openLibrary(dir);
    expect(db.prepare(`SELECT channel, team FROM touchpoint ORDER BY position`).all()).toEqual([
      { channel: 'In person', team: 'Service & support' },
      { channel: 'Website', team: 'Greeters' },
    ]);
    expect(db.prepare(`SELECT team FROM action ORDER BY position`).all()).toEqual([{ team: 'Billing' }, { team: '' }]);
    expect(db.prepare(`SELECT channels FROM persona`).get()).toEqual({ channels: '["Email","Social media"]' });
    const w = db.prepare(`SELECT teams, channels FROM workshop WHERE id = 'w1'`).get() as { teams: string; channels: string };
    expect(JSON.parse(w.teams)).toEqual(['Marketing', 'Sales', 'Product', 'Service & support', 'Billing', 'Onboarding', 'Other', 'Greeters']);
    expect(JSON.parse(w.channels)).toEqual(['Website', 'App', 'Email', 'Phone', 'Chat', 'In person', 'Social media', 'Post', 'Other']);
    db.close();
  });

  it('keep a backup of the library before upgrading it', () => {
    const dir = tempDir();
    const first = openLibrary(dir, { migrations: MIGRATIONS.slice(0, 1) });
    FIXTURES[10]!(first.db);
    first.db.close();
    const next: Migration = { version: 9000, name: '9000-test', up: (db) => db.exec('CREATE TABLE later (x TEXT) STRICT') };
    const { db, backupFile } = openLibrary(dir, { migrations: [...MIGRATIONS, next] });
    expect(schemaVersion(db)).toBe(9000);
    db.close();
    expect(backupFile).not.toBeNull();
    const backup = new Database(backupFile!, { readonly: true });
    expect(schemaVersion(backup)).toBe(MIGRATIONS[0]!.version); // the library as it was before
    expect(backup.prepare(`SELECT count(*) AS n FROM workshop`).get()).toEqual({ n: 1 });
    backup.close();
  });

  it('run all pending migrations in one transaction, so a failing one leaves the old schema', () => {
    const dir = tempDir();
    const first = openLibrary(dir);
    first.db.close();
    const good: Migration = { version: 9000, name: '9000-good', up: (db) => db.exec('CREATE TABLE good (x TEXT)') };
    const bad: Migration = { version: 9010, name: '9010-bad', up: () => { throw new Error('boom'); } };
    expect(() => openLibrary(dir, { migrations: [...MIGRATIONS, good, bad] })).toThrow('boom');
    const db = new Database(path.join(dir, LIBRARY_FILE), { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'good'`).get()).toBeUndefined();
    db.close();
  });

  it('refuse to run against a database from the future', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 9990');
    expect(() => migrate(db)).toThrow(FutureDatabaseError);
  });
});

describe('the schema', () => {
  const db = (() => {
    const d = new Database(':memory:');
    migrate(d);
    return d;
  })();

  it('has exactly the columns the field specs describe, for every entity', () => {
    const cols = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    for (const entity of ENTITY_NAMES) {
      // rev: kept by main on every row (docs/sessions.md), never edited through the field specs.
      const expected = ['id', 'workshop_id', 'rev', ...Object.keys(ENTITY_FIELDS[entity]).map(columnOf)];
      expect(cols(TABLE_OF[entity]).sort(), entity).toEqual(expected.sort());
    }
    const workshop = ['id', 'created_at', 'updated_at', 'archived_at', 'rev', 'last_seq', 'importing', ...Object.keys(WORKSHOP_FIELDS).map(columnOf)];
    expect(cols('workshop').sort()).toEqual(workshop.sort());
  });

  it('has a foreign key for every reference, with the same delete rule', () => {
    for (const edge of REF_EDGES) {
      const fks = db.pragma(`foreign_key_list(${TABLE_OF[edge.from]})`) as { table: string; from: string; on_delete: string }[];
      const fk = fks.find((k) => k.from === columnOf(edge.field));
      expect(fk, `${edge.from}.${edge.field}`).toBeDefined();
      expect(fk!.table).toBe(TABLE_OF[edge.to]);
      expect(fk!.on_delete).toBe(edge.onDelete.toUpperCase());
    }
  });

  it('ties every child row to its workshop, cascading', () => {
    for (const entity of ENTITY_NAMES) {
      const fks = db.pragma(`foreign_key_list(${TABLE_OF[entity]})`) as { table: string; from: string; on_delete: string }[];
      expect(fks.find((k) => k.from === 'workshop_id')).toMatchObject({ table: 'workshop', on_delete: 'CASCADE' });
    }
  });

  it('is the same file when opened twice (opening does not migrate again)', () => {
    const dir = tempDir();
    openLibrary(dir).db.close();
    const before = fs.readFileSync(path.join(dir, LIBRARY_FILE));
    const again = openLibrary(dir);
    expect(again.migratedFrom).toBe(LATEST_VERSION);
    expect(again.backupFile).toBeNull();
    again.db.close();
    expect(fs.readFileSync(path.join(dir, LIBRARY_FILE)).equals(before)).toBe(true);
  });
});
