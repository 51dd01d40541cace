/**
 * Every channel called with random and malformed arguments: wrong types, missing fields, huge
 * arrays, unknown ids, prototype-pollution keys. Each call must be refused with a known code (or,
 * for a channel that only reads, answered), nothing may be written, and the handlers must still
 * answer afterwards. Seeded, so a failure replays.
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/channels';
import { library } from '../helpers/library';

const CODES = ['invalid_input', 'not_found', 'conflict', 'wrong_workshop', 'unknown_channel', 'forbidden'];
// Channels that may accept what they are sent because they write nothing: reads, exports, and the
// room's status and closing (no room is open here; closing none changes nothing).
const READ_ONLY = new Set(['appInfo', 'listWorkshops', 'openWorkshop', 'getBranding', 'exportActionList', 'exportReport', 'reportOutline', 'exportWorkshopFile', 'roomStatus', 'closeRoom']);

/** mulberry32: a small seeded generator. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNKNOWN_ID = '99999999-9999-4999-8999-999999999999';
const KEYS = ['id', 'workshopId', 'title', 'client', 'format', 'ops', 'kind', 'entity', 'patch', 'values', 'name', 'logo', 'content', 'fileName', 'includeArchived', 'archived', '__proto__', 'constructor', 'prototype'];

function value(r: () => number, depth: number): unknown {
  const pick = Math.floor(r() * 14);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return Math.floor(r() * 2 ** 31) * (r() < 0.5 ? -1 : 1);
    case 2:
      return r() < 0.5 ? Number.NaN : 1e308 * 10;
    case 3:
      return r() < 0.5;
    case 4:
      return 'x'.repeat(Math.floor(r() * 300_000));
    case 5:
      return UNKNOWN_ID;
    case 6:
      return ['csv', 'pdf', 'xlsx', 'markdown', 'docx', '', 'create', 'update', 'delete', 'note', 'workshop'][Math.floor(r() * 11)];
    case 7:
      return '\u0000\u202e<script>alert(1)</script>\ud83d\ude00';
    case 8:
      return depth > 2 ? [] : Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
    case 9:
      return new Array(r() < 0.2 ? 250_000 : 3).fill(0);
    case 10:
      return JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
    default: {
      if (depth > 2) return {};
      const o: Record<string, unknown> = {};
      const n = Math.floor(r() * 4);
      for (let i = 0; i < n; i++) o[KEYS[Math.floor(r() * KEYS.length)]!] = value(r, depth + 1);
      return o;
    }
  }
}

describe('calling every channel with random and malformed arguments', () => {
  it('refuses each call with a code, writes nothing, pollutes nothing, and keeps answering', async () => {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Keep me' });
    const snapshot = () =>
      JSON.stringify(
        (lib.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => lib.db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all()),
      );
    const before = snapshot();
    const r = rng(20261123);
    let calls = 0;
    for (const channel of [...CHANNELS, 'noSuchChannel', '__proto__', 'constructor']) {
      for (let i = 0; i < 120; i++) {
        const input = i === 0 ? undefined : i === 1 ? { workshopId: w.id, format: 'docx' } : value(r, 0);
        const answer = await lib.callLater(channel, input);
        calls++;
        if (answer.ok) {
          expect(READ_ONLY.has(channel), `${channel} accepted ${JSON.stringify(input)?.slice(0, 200)}`).toBe(true);
        } else {
          expect(CODES, `${channel}: ${answer.error.code} ${answer.error.message}`).toContain(answer.error.code);
          expect(typeof answer.error.message).toBe('string');
        }
      }
    }
    expect(calls).toBeGreaterThan(2000);
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Still answering, and still able to write.
    expect(lib.ok('appInfo', {}).version).toBe('test');
    expect(lib.ok('renameWorkshop', { id: w.id, title: 'Still here' }).title).toBe('Still here');
  }, 120_000);
});
