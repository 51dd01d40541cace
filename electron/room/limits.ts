/**
 * What keeps the participant server fair and hard to abuse, as plain objects over an injected
 * clock (so tests need no waiting):
 * - `CodeGuard`: wrong room codes from one address are counted; after `tries` in a row that
 *   address is locked out for `lockMs`, right code or not. A right code clears the count.
 * - `RateLimiter`: a token bucket per key (a participant or an address): `burst` requests at once,
 *   refilled at `perSecond`.
 * Both forget keys they have not seen for a while, so a room open all day does not grow without end.
 */
export type Clock = () => number;

export class CodeGuard {
  private readonly seen = new Map<string, { wrong: number; lockedUntil: number; last: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly tries = 5,
    private readonly lockMs = 60_000,
  ) {}

  /** Whether this address may try a code now. */
  mayTry(key: string): boolean {
    const s = this.seen.get(key);
    return !s || s.lockedUntil <= this.clock();
  }

  /** Records an attempt; returns whether the address is now locked out. */
  record(key: string, right: boolean): boolean {
    const now = this.clock();
    this.forgetOld(now);
    if (right) {
      this.seen.delete(key);
      return false;
    }
    const s = this.seen.get(key) ?? { wrong: 0, lockedUntil: 0, last: now };
    s.wrong += 1;
    s.last = now;
    if (s.wrong >= this.tries) {
      s.lockedUntil = now + this.lockMs;
      s.wrong = 0;
    }
    this.seen.set(key, s);
    return s.lockedUntil > now;
  }

  private forgetOld(now: number): void {
    for (const [k, s] of this.seen) if (s.lockedUntil <= now && now - s.last > this.lockMs) this.seen.delete(k);
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly clock: Clock,
    private readonly burst = 20,
    private readonly perSecond = 5,
  ) {}

  /** Takes one token for `key`; false when its bucket is empty. */
  take(key: string): boolean {
    const now = this.clock();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.set(key, b);
    if (this.buckets.size > 10_000) this.forgetFull(now);
    return ok;
  }

  private forgetFull(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
  }
}
