import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openLibrary } from '../../electron/db/open';
import { ChangeFeed } from '../../electron/feed';
import { createHandlers, type Handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/dispatch';
import type { Result } from '../../shared/api';
import { childReader } from '../../electron/db/workshop-file';
import { childSheetReader } from '../../electron/sheets/sheet-file';
import { importWorker } from './import-worker';
import { RoomHost } from '../../electron/room/host';

/** A participant page for tests of the room without a build. */
export const TEST_PHONE_PAGE = { 'index.html': Buffer.from('<!doctype html><title>Join</title>'), 'phone.js': Buffer.from(''), 'phone.css': Buffer.from('') };

export { importWorker };

const dirs: string[] = [];

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-test-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A deterministic clock: ids and times advance one step per call. */
export function testClock() {
  let t = Date.parse('2026-11-23T09:00:00.000Z');
  let n = 0;
  return {
    now: () => new Date((t += 1000)).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

export function library() {
  const dir = tempDir();
  const opened = openLibrary(dir);
  const clock = testClock();
  const feed = new ChangeFeed();
  const room = new RoomHost({ bindHost: '127.0.0.1', interfaces: () => ({}), page: () => TEST_PHONE_PAGE });
  afterEach(() => room.close());
  const handlers: Handlers = createHandlers({
    room,
    db: opened.db,
    clock,
    info: { version: 'test', dataDir: dir, shell: 'web', notice: null },
    feed,
    readWorkshopFile: childReader(importWorker),
    readSheet: childSheetReader(importWorker),
  });
  const callAny = (channel: string, input: unknown) => dispatch(handlers, channel, input, () => {});
  /** For the channels that answer at once (everything but the streaming exporters). */
  const call = (channel: string, input: unknown): Result<any> => {
    const r = callAny(channel, input);
    if (r instanceof Promise) throw new Error(`${channel} answers later: use callLater`);
    return r;
  };
  const callLater = async (channel: string, input: unknown): Promise<Result<any>> => callAny(channel, input);
  /** Calls a channel and returns its value, failing the test on an error answer. */
  const ok = (channel: string, input: unknown): any => {
    const r = call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  /** Like `ok`, for a channel that answers later. */
  const okLater = async (channel: string, input: unknown): Promise<any> => {
    const r = await callLater(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  return { dir, db: opened.db, handlers, call, callLater, ok, okLater, clock, feed, room };
}

let uuidN = 0;
/** Fresh v4-shaped ids for ops created in tests. */
export function uid(): string {
  return `11111111-1111-4111-8111-${String(++uuidN).padStart(12, '0')}`;
}
