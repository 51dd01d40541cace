import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childReader, importWorkshopFile, IMPORT_LIMITS, type WorkshopFileReader } from '../../electron/db/workshop-file';
import { AppError } from '../../electron/errors';
import { library, tempDir, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

/** A library holding one workshop, and a good workshop file exported from another library. */
function setUp() {
  const source = library();
  const w = source.ok('createWorkshop', { title: 'Clinic visit', client: 'Brightsmile' });
  source.ok('applyOps', { workshopId: w.id, ops: sampleWorkshopOps(uid).ops });
  const file = Buffer.from(source.ok('exportWorkshopFile', { workshopId: w.id }).content, 'base64');
  const target = library();
  const mine = target.ok('createWorkshop', { title: 'Mine' });
  const libraryFile = path.join(target.dir, 'touchpoint.db');
  return { target, mine, file, libraryFile, bytes: () => fs.readFileSync(libraryFile) };
}

const misbehaving = path.resolve(__dirname, '../fixtures/readers/misbehaving-reader.mjs');

/** A reader running the misbehaving stand-in in mode `mode`, within tight limits. */
function misbehavingReader(mode: string, limits: Partial<typeof IMPORT_LIMITS> = {}) {
  const trace = path.join(tempDir(), 'trace.json');
  process.env.READER_MODE = mode;
  process.env.READER_TRACE = trace;
  const read = childReader({ execArgv: [], script: misbehaving }, { ...IMPORT_LIMITS, timeoutMs: 1500, ...limits });
  const traced = () => JSON.parse(fs.readFileSync(trace, 'utf8')) as { pid: number; file: string };
  return { read, traced };
}

afterEach(() => {
  delete process.env.READER_MODE;
  delete process.env.READER_TRACE;
});

/** Running, that is: a killed child whose parent is gone can linger as a zombie until PID 1
 * reaps it, and in a container PID 1 may never do so. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the import was not refused');
}

describe('reading an imported workshop file in a child process', () => {
  it('reads a good file through the worker process (electron/import-worker.ts) and lands it in the library', async () => {
    const { target, file } = setUp();
    const imported = await target.okLater('importWorkshopFile', { fileName: 'a.touchpoint', content: file.toString('base64') });
    const landed = target.ok('openWorkshop', { id: imported.id });
    expect(landed.workshop).toMatchObject({ title: expect.stringMatching(/^Clinic visit/), client: 'Brightsmile' });
    expect(Object.values(landed.rows.persona)).toMatchObject([{ name: 'Priya the practice manager' }]);
  });

  it('stops a read that hangs after its time bound, kills the reader and leaves the library byte-identical', async () => {
    const { target, mine, file, bytes } = setUp();
    const before = bytes();
    const { read, traced } = misbehavingReader('stall');
    const err = await refusal(importWorkshopFile(target.db, target.clock, read, file));
    expect(err.message).toMatch(/took longer than 2 seconds, so Touchpoint stopped.*Nothing was imported/);
    const { pid, file: temp } = traced();
    expect(alive(pid)).toBe(false);
    expect(fs.existsSync(path.dirname(temp))).toBe(false); // the private copy is gone
    expect(bytes().equals(before)).toBe(true);
    expect(target.ok('listWorkshops', {}).map((w: { id: string }) => w.id)).toEqual([mine.id]);
  });

  it('keeps answering edits while a file is being read', async () => {
    const { target, mine, file } = setUp();
    const { read } = misbehavingReader('stall');
    const pending = refusal(importWorkshopFile(target.db, target.clock, read, file));
    await new Promise((r) => setTimeout(r, 300));
    const renamed = target.ok('renameWorkshop', { id: mine.id, title: 'Renamed during an import' });
    expect(renamed.title).toBe('Renamed during an import');
    await pending;
  });

  it.each([
    ['crashes', 'crash', {}, /damaged/],
    ['runs out of memory under its heap ceiling', 'hog', { maxHeapMb: 48, timeoutMs: 20_000 }, /damaged/],
    ['answers with broken JSON', 'garble', {}, /damaged/],
    ['exits without answering', 'silent', {}, /damaged/],
    ['sends back more than a file could hold', 'flood', { maxOutputBytes: 4 * 1024 * 1024, timeoutMs: 20_000 }, /too big/],
  ])('refuses the file when the reader %s, leaving the library byte-identical', async (_what, mode, limits, message) => {
    const { target, file, bytes } = setUp();
    const before = bytes();
    const { read, traced } = misbehavingReader(mode, limits);
    const err = await refusal(importWorkshopFile(target.db, target.clock, read, file));
    expect(err.message).toMatch(message);
    expect(alive(traced().pid)).toBe(false);
    expect(bytes().equals(before)).toBe(true);
  });

  it('stops a reader that is still busy when the app quits', () => {
    const { traced } = misbehavingReader('stall');
    execFileSync(process.execPath, ['--import', 'tsx', 'test/helpers/quitting-importer.mts', misbehaving, path.join(tempDir(), 'x.touchpoint')], { env: process.env, timeout: 20_000 });
    expect(alive(traced().pid)).toBe(false);
  });

  it('is a fault of ours, not of the file, when the reader cannot be started', async () => {
    const { target, file } = setUp();
    const read = childReader({ execPath: '/nonexistent/touchpoint-node', execArgv: [], script: misbehaving });
    await expect(importWorkshopFile(target.db, target.clock, read, file)).rejects.toThrow(/unstartable/);
  });

  // The reader is our code, but it has just handled a hostile file: its answer is checked as if
  // a user had typed it.
  const forged = (answer: unknown): WorkshopFileReader => async () => answer;
  const workshop = { id: '33333333-3333-4333-8333-333333333333', title: 'Forged', client: '' };
  it.each([
    ['a workshop id that is not an id', { ok: true, value: { workshop: { ...workshop, id: "x'; DROP TABLE workshop; --" }, ops: [] } }, /cannot accept \(workshop: id\)/],
    ['a workshop title that is too long', { ok: true, value: { workshop: { ...workshop, title: 'x'.repeat(5000) }, ops: [] } }, /cannot accept \(workshop: title/],
    ['a row of an unknown kind', { ok: true, value: { workshop, ops: [{ kind: 'create', entity: 'sqlite_master', id: workshop.id, values: {} }] } }, /cannot accept/],
    ['keys it should not have', { ok: true, value: { workshop, ops: [], extra: 1 } }, /damaged/],
    ['a message far too long to be ours', { ok: false, message: 'x'.repeat(5000) }, /damaged/],
    ['nothing at all', null, /damaged/],
  ])('refuses a reader answer with %s', async (_what, answer, message) => {
    const { target, bytes, file } = setUp();
    const before = bytes();
    const err = await refusal(importWorkshopFile(target.db, target.clock, forged(answer), file));
    expect(err.message).toMatch(message);
    expect(bytes().equals(before)).toBe(true);
  });
});
