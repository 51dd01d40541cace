import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FutureDatabaseError, LATEST_VERSION } from '../../electron/db/migrations';
import { LIBRARY_FILE, MAX_STORED_VALUE_BYTES, openLibrary } from '../../electron/db/open';
import { MAX_LOGO_BYTES } from '../../shared/api';
import { ENTITY_NAMES, fieldsOf } from '../../shared/model/entities';
import { refusalMessage, startLibrary } from '../../electron/library';
import { importWorker, tempDir } from '../helpers/library';

/** What the user is told when the library in `dir` is refused at start-up (undefined if it opens). */
function refusalAtStart(dir: string): string | undefined {
  try {
    startLibrary({ dataDir: dir, shell: 'web', version: 'test', importWorker }).close();
    return undefined;
  } catch (err) {
    return refusalMessage(err);
  }
}

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function libraryWithOneWorkshop(dir: string): void {
  const { db } = openLibrary(dir);
  db.prepare(`INSERT INTO workshop (id, title, created_at, updated_at) VALUES ('w1', 'Kept', 'x', 'x')`).run();
  db.close();
}

describe('opening the library', () => {
  it('refuses a library written by a newer version and leaves it byte-identical', () => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const file = path.join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1000}`);
    db.close();
    const before = hash(file);
    const listing = fs.readdirSync(dir).sort();

    expect(() => openLibrary(dir)).toThrow(FutureDatabaseError);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it.each([
    ['a trigger', `CREATE TRIGGER wipe AFTER UPDATE ON workshop BEGIN DELETE FROM workshop; END`],
    ['a recursive view', `CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n`],
    ['a view calling a function', `CREATE VIEW probe AS SELECT load_extension('evil') AS x`],
  ])('refuses a library holding %s, with a message, and leaves it byte-identical', (_what, sql) => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const file = path.join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = hash(file);
    const listing = fs.readdirSync(dir).sort();
    const message = refusalAtStart(dir);
    expect(message).toMatch(/contains database code that Touchpoint never writes/);
    expect(message).toMatch(/has not been changed/);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('explains the refusal in words a user can act on', () => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const db = new Database(path.join(dir, LIBRARY_FILE));
    db.pragma('user_version = 9990');
    db.close();
    const message = refusalAtStart(dir);
    expect(message).toMatch(/newer version of Touchpoint/);
    expect(message).toMatch(/has not been changed/);
  });

  it('moves a file that is not a database aside, never deleting it, and opens a fresh library', () => {
    const dir = tempDir();
    const file = path.join(dir, LIBRARY_FILE);
    fs.writeFileSync(file, 'this is a shopping list, not a database\n'.repeat(50));
    const original = hash(file);

    const opened = openLibrary(dir, { now: new Date('2026-11-23T10:00:00Z') });
    expect(opened.movedAsideTo).toBe(path.join(dir, 'touchpoint.damaged-2026-11-23_10-00-00.db'));
    expect(hash(opened.movedAsideTo!)).toBe(original);
    expect(opened.db.prepare('SELECT count(*) AS n FROM workshop').get()).toEqual({ n: 0 });
    opened.db.close();
  });

  it('treats the SQLite magic followed by garbage as damage, not as a library from a newer version', () => {
    const dir = tempDir();
    const file = path.join(dir, LIBRARY_FILE);
    fs.writeFileSync(file, `SQLite format 3\u0000${'x'.repeat(4000)}`);
    const original = hash(file);
    const opened = openLibrary(dir);
    expect(opened.movedAsideTo).not.toBeNull();
    expect(hash(opened.movedAsideTo!)).toBe(original);
    opened.db.close();
  });

  it('moves a database with damaged pages aside and tells the user where it went', () => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const file = path.join(dir, LIBRARY_FILE);
    // Keep the header, scribble over the schema page and beyond.
    const bytes = fs.readFileSync(file);
    for (let i = 100; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    fs.writeFileSync(file, bytes);
    const damaged = hash(file);

    const running = startLibrary({ dataDir: dir, shell: 'web', version: 'test', importWorker });
    expect(running.info.notice?.kind).toBe('recovered');
    expect(running.info.notice?.message).toContain(running.info.notice!.movedTo);
    expect(hash(running.info.notice!.movedTo)).toBe(damaged);
    expect(running.handlers.listWorkshops({})).toEqual([]);
    running.close();
  });

  it('keeps an interrupted session: rows committed before a crash are there at the next start', () => {
    const dir = tempDir();
    const { db } = openLibrary(dir);
    db.prepare(`INSERT INTO workshop (id, title, created_at, updated_at) VALUES ('w1', 'Before the crash', 'x', 'x')`).run();
    // No close(): the -wal file is left as a crash would leave it.
    const copy = tempDir();
    for (const f of fs.readdirSync(dir)) fs.copyFileSync(path.join(dir, f), path.join(copy, f));
    expect(fs.existsSync(path.join(copy, `${LIBRARY_FILE}-wal`))).toBe(true);
    const reopened = openLibrary(copy);
    expect(reopened.movedAsideTo).toBeNull();
    expect(reopened.db.prepare(`SELECT title FROM workshop`).get()).toEqual({ title: 'Before the crash' });
    reopened.db.close();
    db.close();
  });

  it('refuses a library holding a value far larger than Touchpoint ever stores, with a message, and leaves it byte-identical', () => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const file = path.join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.prepare(`INSERT INTO persona (id, workshop_id, name, bio) VALUES ('p1', 'w1', 'Big', ?)`).run('x'.repeat(30 * 1024 * 1024));
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = hash(file);
    const listing = fs.readdirSync(dir).sort();
    const message = refusalAtStart(dir);
    expect(message).toMatch(/holds a value far larger than Touchpoint ever stores \(in persona\)/);
    expect(message).toMatch(/has not been changed/);
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('opens a library whose values are as large as Touchpoint allows', () => {
    const dir = tempDir();
    libraryWithOneWorkshop(dir);
    const db = new Database(path.join(dir, LIBRARY_FILE));
    const photo = `data:image/jpeg;base64,${'A'.repeat(Math.ceil(MAX_LOGO_BYTES / 3) * 4)}`;
    db.prepare(`INSERT INTO persona (id, workshop_id, name, bio, avatar_image) VALUES ('p1', 'w1', 'Full', ?, ?)`).run('€'.repeat(10_000), photo);
    db.close();
    const running = startLibrary({ dataDir: dir, shell: 'web', version: 'test', importWorker });
    expect(running.handlers.listWorkshops({})).toHaveLength(1);
    running.close();
  });

  it('keeps the oversize ceiling above the largest value any field may hold, at its worst UTF-8 size', () => {
    for (const entity of [...ENTITY_NAMES, 'workshop' as const]) {
      for (const [field, spec] of Object.entries(fieldsOf(entity))) {
        const worst = spec.type === 'text' ? spec.max * 3 : spec.type === 'list' ? spec.maxItems * (spec.itemMax * 6 + 3) + 2 : 64;
        expect(worst, `${entity}.${field}`).toBeLessThan(MAX_STORED_VALUE_BYTES);
      }
    }
  });

  it('refuses an empty library file, which Touchpoint never leaves, and leaves it as it is', () => {
    const dir = tempDir();
    const file = path.join(dir, LIBRARY_FILE);
    fs.writeFileSync(file, '');
    const message = refusalAtStart(dir);
    expect(message).toMatch(/the file is empty \(0 bytes\).*may not have finished downloading.*has not been changed/);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([LIBRARY_FILE]);
  });

  it('moves a truncated library aside, never deleting it, and tells the user where it went', () => {
    const dir = tempDir();
    const { db } = openLibrary(dir);
    for (let i = 0; i < 200; i++) db.prepare(`INSERT INTO workshop (id, title, created_at, updated_at) VALUES (?, ?, 'x', 'x')`).run(`w${i}`, 'A workshop title long enough to fill pages '.repeat(20));
    db.close();
    const file = path.join(dir, LIBRARY_FILE);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 3)));
    const truncated = hash(file);

    const running = startLibrary({ dataDir: dir, shell: 'web', version: 'test', importWorker });
    expect(running.info.notice?.message).toMatch(/could not be read, so it was moved aside/);
    expect(hash(running.info.notice!.movedTo)).toBe(truncated);
    expect(running.handlers.listWorkshops({})).toEqual([]);
    running.close();
  });
});
