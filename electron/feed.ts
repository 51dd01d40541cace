/**
 * The change feed: every batch main commits, published to every open view of the library (in
 * Electron, every window; over the web bridge, a server-sent-events stream). Views apply the
 * batches of others as they arrive instead of re-reading the workshop (docs/sessions.md).
 *
 * The feed keeps the last batches in memory so a view whose connection dropped for a moment can
 * catch up from the sequence number it last saw; a view further behind re-opens the workshop.
 */
import type { FeedEvent } from '../shared/api';

export type FeedListener = (event: FeedEvent) => void;

export class ChangeFeed {
  private readonly listeners = new Set<FeedListener>();
  private readonly recent: FeedEvent[] = [];

  constructor(private readonly keep = 500) {}

  publish(event: FeedEvent): void {
    this.recent.push(event);
    if (this.recent.length > this.keep) this.recent.splice(0, this.recent.length - this.keep);
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        // One broken connection must not stop the others from hearing of the batch.
        console.error(err);
      }
    }
  }

  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * The events kept after `seq`, in order, or null when the oldest kept is already past it (the
   * caller checks a workshop's own chain of batches, from `prevSeq` to `seq`, for completeness).
   */
  since(seq: number): FeedEvent[] | null {
    const first = this.recent[0];
    if (!first) return [];
    if (first.seq > seq + 1) return null;
    return this.recent.filter((e) => e.seq > seq);
  }

  get size(): number {
    return this.listeners.size;
  }
}

/** Which events a subscription carries: one workshop's batches (and its deletion), or, without a
 * workshop, the library's own changes (workshops added, filed, deleted). */
export function feedWants(workshopId: string | null, e: FeedEvent): boolean {
  if (e.kind === 'resync') return true;
  if (workshopId) return e.workshopId === workshopId && (e.kind === 'batch' || e.kind === 'deleted');
  return e.kind !== 'batch';
}

/** What a subscriber who last saw `since` must be sent first: what it missed, or a resync. */
export function catchUpEvents(feed: ChangeFeed, workshopId: string | null, since: number | null): FeedEvent[] {
  if (since === null) return [];
  const missed = feed.since(since);
  if (missed === null) return [{ kind: 'resync', seq: since }];
  return missed.filter((e) => feedWants(workshopId, e));
}
