import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, makeRoomCode, normaliseCode, sameCode } from '../../electron/room/code';
import { isLocalAddress } from '../../electron/room/lan';
import { CodeGuard, RateLimiter } from '../../electron/room/limits';

describe('the room code', () => {
  it('is six characters with no look-alikes, and reads a typed code leniently', () => {
    let seed = 1;
    const random = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256);
    for (let i = 0; i < 200; i++) {
      const code = makeRoomCode(random);
      expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(normaliseCode(' ab3-k7 q ')).toBe('AB3K7Q');
    expect(sameCode('AB3K7Q', 'AB3K7Q')).toBe(true);
    expect(sameCode('AB3K7Q', 'AB3K7R')).toBe(false);
    expect(sameCode('AB3K7Q', 'AB3K7')).toBe(false);
  });
});

describe('the local network', () => {
  it('takes loopback, private, link-local and hotspot ranges, in IPv4 and IPv6, and nothing public', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.5', '172.31.255.255', '192.168.1.20', '169.254.3.4', '100.64.0.1', '::1', '::ffff:192.168.0.9', 'fd12:3456::1', 'fe80::1%en0']) expect(isLocalAddress(a)).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2001:4860::8888', '::ffff:8.8.8.8', '300.1.1.1', '', undefined]) expect(isLocalAddress(a)).toBe(false);
  });
});

describe('wrong room codes', () => {
  it('lock an address out after five in a row, for a minute, and a right code clears the count', () => {
    let now = 0;
    const guard = new CodeGuard(() => now, 5, 60_000);
    for (let i = 0; i < 4; i++) expect(guard.record('1.2.3.4', false)).toBe(false);
    expect(guard.record('1.2.3.4', true)).toBe(false); // right: the count starts again
    for (let i = 0; i < 4; i++) guard.record('1.2.3.4', false);
    expect(guard.record('1.2.3.4', false)).toBe(true);
    expect(guard.mayTry('1.2.3.4')).toBe(false);
    expect(guard.mayTry('1.2.3.5')).toBe(true); // others are not punished
    now = 59_999;
    expect(guard.mayTry('1.2.3.4')).toBe(false);
    now = 60_000;
    expect(guard.mayTry('1.2.3.4')).toBe(true);
  });
});

describe('the request limit', () => {
  it('lets a burst through, then refills at its rate, per key', () => {
    let now = 0;
    const limit = new RateLimiter(() => now, 3, 2);
    expect([1, 2, 3, 4].map(() => limit.take('p1'))).toEqual([true, true, true, false]);
    expect(limit.take('p2')).toBe(true);
    now = 500; // half a second: one more token
    expect([limit.take('p1'), limit.take('p1')]).toEqual([true, false]);
  });
});
