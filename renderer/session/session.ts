/**
 * One open workshop in this view (after tldraw's editor over its store): it owns the document,
 * the undo history, the outbox of unsaved edits and the subscription to main's change feed.
 * React reads it through a store (renderer/store/workshop.ts); nothing here imports React.
 *
 * How an edit travels (docs/sessions.md):
 *   dispatch → applied on screen at once → written to the journal → sent in the next batch →
 *   main stores it (or refuses it) → the journal forgets it → the batch lands in `confirmed`.
 * Other views' batches arrive on the feed and land in `confirmed` too; the screen is always
 * `confirmed` with this view's unsaved edits on top.
 */
import type { ApiError, ConflictedRow, FeedEvent } from '../../shared/api';
import { endBurst, record, takeRedo, takeUndo, type History, type HistoryEntry, emptyHistory } from '../../shared/model/history';
import { applyWithInverse, isNoop, OpError, type Op, type WorkshopDoc } from '../../shared/model/ops';
import {
  applyBatch,
  conflictMessage,
  describeEdit,
  dropConflicts,
  ownBatchOps,
  rebase,
  reconcile,
  undoRefusal,
  withBaseRevs,
  type OutboxEdit,
} from '../../shared/model/sync';
import { msg } from '../../shared/strings';
import { ApiFailure, call, errorMessage, subscribeFeed } from '../api/client';
import { newId } from '../ids';
import type { Journal } from './journal';

export type SaveStatus = 'saved' | 'saving' | 'unsaved';

export interface SessionState {
  doc: WorkshopDoc | null;
  loadError: string | null;
  status: SaveStatus;
  /** Why the last attempt to save failed, while edits wait to be sent again. */
  lastError: string | null;
  history: History;
}

export interface SessionHost {
  /** The step on screen, recorded with each undo step so undo can show where it happened. */
  currentStep(): string | undefined;
  goToStep(step: string): void;
  notify(text: string, kind?: 'info' | 'error'): void;
  changed(state: SessionState): void;
}

/** Errors worth trying again: the bridge restarting, the network, a busy database. */
const TRANSIENT: ReadonlySet<ApiError['code']> = new Set(['network', 'forbidden', 'busy']);
const MAX_BATCH_EDITS = 500;
const MAX_BACKOFF_MS = 8000;

function failureOf(err: unknown): ApiError {
  return err instanceof ApiFailure ? err.error : { code: 'internal', message: msg.errors.internal };
}

export class WorkshopSession {
  private confirmed: WorkshopDoc | null = null;
  private outbox: OutboxEdit[] = [];
  /** Edits main has stored whose batch has not landed in `confirmed` yet. */
  private readonly stored = new Set<string>();
  /** Batches heard of but not applied yet, by the number of the batch before them. */
  private readonly incoming = new Map<number, Extract<FeedEvent, { kind: 'batch' }>>();
  /** Undo steps sent as edits, so a refused undo can go back on the stack. */
  private readonly undoneBy = new Map<string, HistoryEntry>();
  private sending = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private catchUpTimer: ReturnType<typeof setTimeout> | null = null;
  /** Send edits one at a time after a refusal, to find the one main refuses. */
  private oneByOne = 0;
  private unsubscribe: (() => void) | null = null;
  private detached = false;
  private disposed = false;
  state: SessionState = { doc: null, loadError: null, status: 'saved', lastError: null, history: emptyHistory() };

  constructor(
    readonly workshopId: string,
    private readonly journal: Journal | null,
    private host: SessionHost,
  ) {}

  get viewId(): string {
    return this.journal?.viewId ?? 'presenter';
  }

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    if (!this.detached) this.host.changed(this.state);
  }

  isDetached(): boolean {
    return this.detached;
  }

  /** True while an edit shown on screen is not on disk yet. */
  hasUnsaved(): boolean {
    return this.outbox.some((e) => !this.stored.has(e.id)) || (this.journal?.hasVolatile() ?? false);
  }

  // ── Opening ────────────────────────────────────────────────────────────────────────────────

  /** Sends what an earlier view left unsent, then reads the workshop and follows the feed. */
  async open(): Promise<void> {
    if (this.journal) {
      const left = await this.journal.unsent(this.workshopId);
      if (left.length > 0) await this.replay(left);
    }
    if (this.disposed) return;
    try {
      const doc = await this.retrying(() => call('openWorkshop', { id: this.workshopId }));
      if (this.disposed) return;
      this.confirmed = doc;
      this.set({ doc, loadError: null });
      this.unsubscribe = subscribeFeed(this.workshopId, doc.seq ?? 0, (event) => this.hear(event));
    } catch (err) {
      this.set({ loadError: errorMessage(err) });
    }
  }

  /** Sends edits left in the journal (by this tab before a reload, or by a view that is gone). */
  private async replay(left: OutboxEdit[]): Promise<void> {
    this.outbox = left;
    this.set({ status: 'saving' });
    while (this.outbox.length > 0 && !this.disposed) {
      const batch = this.nextBatch();
      try {
        await this.retrying(() => this.send(batch));
        this.journal?.remove(batch);
        this.outbox = this.outbox.filter((e) => !batch.includes(e));
        this.oneByOne = Math.max(0, this.oneByOne - batch.length);
      } catch (err) {
        this.settleRefusal(batch, failureOf(err));
      }
    }
    this.set({ status: 'saved', lastError: null });
  }

  /** Runs `fn` until it succeeds or fails for a reason that trying again will not fix. */
  private async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let n = 0; ; n++) {
      try {
        const value = await fn();
        if (n > 0) this.set({ lastError: null });
        return value;
      } catch (err) {
        const failure = failureOf(err);
        if (!TRANSIENT.has(failure.code) || this.disposed) throw err;
        this.set({ status: 'unsaved', lastError: msg.session.retrying });
        await new Promise((r) => setTimeout(r, Math.min(MAX_BACKOFF_MS, 250 * 2 ** n)));
      }
    }
  }

  // ── Editing ────────────────────────────────────────────────────────────────────────────────

  /** Applies an edit on screen at once and queues it for main. */
  dispatch(ops: Op[], opts: { mergeKey?: string; record?: boolean } = {}): void {
    const doc = this.state.doc;
    if (!doc || !this.confirmed || this.detached) return;
    const real = ops.filter((op) => !isNoop(doc, op));
    if (real.length === 0) return;
    const applied = this.applyLocal(real);
    if (!applied) return;
    if (opts.record !== false) {
      const entry = { label: describeEdit(doc, this.state.doc!, real), step: this.host.currentStep() };
      this.set({ history: record(this.state.history, real, applied.inverse, Date.now(), opts.mergeKey, entry) });
    }
  }

  /** Puts ops on screen and in the outbox; null (with the screen re-read) if they no longer fit. */
  private applyLocal(ops: Op[], extra: Partial<OutboxEdit> = {}): { inverse: Op[]; edit: OutboxEdit } | null {
    const doc = this.state.doc!;
    try {
      const { doc: next, inverse } = applyWithInverse(doc, ops);
      const edit: OutboxEdit = { id: newId(), viewId: this.viewId, workshopId: this.workshopId, ops: withBaseRevs(this.confirmed!, ops), ...extra };
      this.journal?.append(edit);
      this.outbox.push(edit);
      this.set({ doc: next, status: 'saving' });
      this.flush();
      return { inverse, edit };
    } catch (err) {
      if (!(err instanceof OpError)) throw err;
      // The screen was out of date (a row deleted elsewhere and not heard of yet): catch up.
      this.host.notify(msg.errors.notFound, 'error');
      void this.catchUp();
      return null;
    }
  }

  endBurst(): void {
    const h = endBurst(this.state.history);
    if (h !== this.state.history) this.set({ history: h });
  }

  undo(): void {
    this.closeEditors();
    const taken = takeUndo(this.state.history);
    if (!taken || !this.state.doc) return;
    const refusal = undoRefusal(this.state.doc, taken.entry.inverse);
    if (refusal) {
      this.host.notify(refusal, 'error');
      return;
    }
    // A delete that undoes a create must remove that row alone (main checks it too).
    const inverse = taken.entry.inverse.map((op): Op => (op.kind === 'delete' ? { ...op, strict: true } : op));
    this.set({ history: taken.history });
    const applied = this.applyLocal(inverse);
    if (!applied) return;
    this.undoneBy.set(applied.edit.id, taken.entry);
    this.say(msg.session.undid(taken.entry.label ?? ''), taken.entry.step);
  }

  redo(): void {
    this.closeEditors();
    const taken = takeRedo(this.state.history);
    if (!taken) return;
    this.set({ history: taken.history });
    if (this.applyLocal(taken.entry.ops)) this.say(msg.session.redid(taken.entry.label ?? ''), taken.entry.step);
  }

  private say(text: string, step: string | undefined): void {
    if (step && step !== this.host.currentStep()) this.host.goToStep(step);
    if (text) this.host.notify(text);
  }

  /** An editor open on the canvas keeps its own draft of the row: close it (keeping what was
   * typed) before undo changes the row under it. */
  private closeEditors(): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) active.blur();
  }

  // ── Saving ─────────────────────────────────────────────────────────────────────────────────

  private nextBatch(): OutboxEdit[] {
    const waiting = this.outbox.filter((e) => !this.stored.has(e.id));
    const first = waiting[0];
    if (!first) return [];
    // One call carries one view's edits (main compares revisions per view).
    const batch: OutboxEdit[] = [];
    for (const e of waiting) {
      if (e.viewId !== first.viewId || batch.length >= (this.oneByOne > 0 ? 1 : MAX_BATCH_EDITS)) break;
      batch.push(e);
    }
    return batch;
  }

  private send(batch: OutboxEdit[]) {
    return call('applyOps', {
      workshopId: this.workshopId,
      viewId: batch[0]!.viewId,
      edits: batch.map((e) => ({ id: e.id, ops: e.ops })),
    });
  }

  /** Sends the next batch unless one is in flight; edits made meanwhile go in the one after. */
  flush(): void {
    if (this.sending || this.disposed || !this.confirmed) return;
    const batch = this.nextBatch();
    if (batch.length === 0) {
      this.set({ status: 'saved', lastError: null });
      this.disposeIfDone();
      return;
    }
    this.sending = true;
    if (this.state.status !== 'unsaved') this.set({ status: 'saving' });
    void this.send(batch).then(
      (result) => {
        this.sending = false;
        this.attempt = 0;
        this.oneByOne = Math.max(0, this.oneByOne - batch.length);
        this.journal?.remove(batch);
        for (const e of batch) this.stored.add(e.id);
        if (result.seq > result.prevSeq) {
          const ops = ownBatchOps(
            batch.filter((e) => !result.replayed.includes(e.id)).flatMap((e) => e.ops),
            result.revs,
          );
          const editIds = batch.map((e) => e.id).filter((id) => !result.replayed.includes(id));
          this.incoming.set(result.prevSeq, { kind: 'batch', seq: result.seq, prevSeq: result.prevSeq, workshopId: this.workshopId, viewId: this.viewId, editIds, ops, updatedAt: result.updatedAt });
        }
        if (result.replayed.length > 0) void this.catchUp();
        else this.drain();
        this.flush();
      },
      (err: unknown) => {
        this.sending = false;
        const failure = failureOf(err);
        if (TRANSIENT.has(failure.code)) {
          // Nothing is thrown away: the edits stay on screen and in the journal, and go again.
          this.set({ status: 'unsaved', lastError: msg.session.retrying });
          const wait = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.attempt++);
          this.retryTimer = setTimeout(() => this.flush(), wait);
          return;
        }
        this.settleRefusal(batch, failure);
        void this.catchUp().then(() => this.flush());
      },
    );
  }

  /** Main refused a batch: settle a conflict, or find and drop the one edit it refuses. */
  private settleRefusal(batch: OutboxEdit[], failure: ApiError & { conflicts?: ConflictedRow[] }): void {
    if (failure.code === 'conflict' && failure.conflicts?.length) {
      const before = this.outbox;
      this.outbox = dropConflicts(this.outbox, failure.conflicts);
      for (const e of before) {
        const now = this.outbox.find((x) => x.id === e.id);
        if (!now) {
          this.journal?.remove([e]);
          const entry = this.undoneBy.get(e.id);
          // A refused undo goes back on the stack: the step was not undone.
          if (entry) this.set({ history: { undo: [...this.state.history.undo, entry], redo: this.state.history.redo.filter((r) => r.ops !== entry.ops) } });
        } else if (now !== e) this.journal?.rewrite(now);
      }
      // Named as stored: the screen may already show the row gone (an undo being refused).
      const named = this.confirmed ?? this.state.doc;
      if (named) this.host.notify(conflictMessage(named, failure.conflicts), 'error');
      return;
    }
    if (batch.length > 1) {
      // Which edit is it? Send them one at a time until the refused one is alone.
      this.oneByOne = batch.length;
      return;
    }
    const refused = batch[0]!;
    this.outbox = this.outbox.filter((e) => e !== refused);
    this.journal?.remove([refused]);
    this.host.notify(msg.errors.saveFailedRolledBack(failure.message), 'error');
  }

  // ── Hearing from main ──────────────────────────────────────────────────────────────────────

  private hear(event: FeedEvent): void {
    if (this.disposed) return;
    if (event.kind === 'resync') {
      void this.resync();
      return;
    }
    if (event.kind === 'deleted') {
      if (event.workshopId === this.workshopId) this.set({ loadError: msg.session.workshopDeleted });
      return;
    }
    if (event.kind !== 'batch' || event.workshopId !== this.workshopId || !this.confirmed) return;
    if (event.seq <= (this.confirmed.seq ?? 0)) return;
    this.incoming.set(event.prevSeq, event);
    this.drain();
  }

  /** Lands every batch that follows on from `confirmed`, in order. */
  private drain(): void {
    if (!this.confirmed) return;
    let landed = false;
    for (;;) {
      const seq = this.confirmed.seq ?? 0;
      const next = this.incoming.get(seq);
      if (!next) break;
      this.incoming.delete(seq);
      try {
        this.confirmed = applyBatch(this.confirmed, next);
      } catch {
        void this.resync();
        return;
      }
      for (const id of next.editIds) this.stored.delete(id);
      const mine = new Set(next.editIds);
      this.outbox = this.outbox.filter((e) => !mine.has(e.id));
      landed = true;
    }
    // Drop what is already in; a batch from further on means one was missed: catch up soon.
    for (const k of [...this.incoming.keys()]) if (k < (this.confirmed.seq ?? 0)) this.incoming.delete(k);
    if (this.incoming.size > 0 && !this.catchUpTimer) this.catchUpTimer = setTimeout(() => void this.catchUp(), 1000);
    if (landed) this.recompute();
  }

  /** The screen: `confirmed` with the unsaved edits on top, keeping unchanged objects. */
  private recompute(): void {
    if (!this.confirmed) return;
    const r = rebase(this.confirmed, this.outbox);
    if (r.lost.length > 0) {
      const kept = new Set(r.outbox.map((e) => e.id));
      for (const e of this.outbox) if (!kept.has(e.id)) this.journal?.remove([e]);
      this.outbox = r.outbox;
      this.host.notify(msg.session.deletedElsewhere, 'error');
    }
    const doc = reconcile(this.state.doc, r.doc);
    if (doc !== this.state.doc) this.set({ doc });
    if (!this.hasUnsaved() && !this.sending && this.state.status !== 'saved') this.set({ status: 'saved', lastError: null });
  }

  /** Fetches the batches this view missed, or re-reads the workshop when they are not kept. */
  async catchUp(): Promise<void> {
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    this.catchUpTimer = null;
    if (!this.confirmed || this.disposed) return;
    try {
      const missed = await call('workshopChanges', { workshopId: this.workshopId, since: this.confirmed.seq ?? 0 });
      if (missed === null) return this.resync();
      for (const e of missed) if (e.kind === 'batch' && e.seq > (this.confirmed.seq ?? 0)) this.incoming.set(e.prevSeq, e);
      this.drain();
      this.recompute();
    } catch {
      // The next batch or feed event tries again.
    }
  }

  private async resync(): Promise<void> {
    try {
      const doc = await call('openWorkshop', { id: this.workshopId });
      if (this.disposed) return;
      this.confirmed = doc;
      this.incoming.clear();
      // Stored edits are in what was just read; only the unsent ones go on top.
      this.outbox = this.outbox.filter((e) => !this.stored.has(e.id));
      this.stored.clear();
      this.recompute();
    } catch (err) {
      const failure = failureOf(err);
      if (failure.code === 'not_found') this.set({ loadError: msg.session.workshopDeleted });
    }
  }

  // ── Closing ────────────────────────────────────────────────────────────────────────────────

  /**
   * The user left the workshop. The screen no longer follows it, but unsaved edits keep going
   * to main until they are all stored (they are in the journal meanwhile).
   */
  detach(): void {
    this.detached = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disposeIfDone();
  }

  private disposeIfDone(): void {
    if (!this.detached || this.hasUnsaved() || this.sending) return;
    this.disposed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.catchUpTimer) clearTimeout(this.catchUpTimer);
    sessions.delete(this);
  }

  /** Re-points a live session's messages (the store is re-created on hot reload). */
  rehost(host: SessionHost): void {
    this.host = host;
  }
}

/** Every session with work left, open or left: closing the window waits for all of them. */
export const sessions = new Set<WorkshopSession>();

export function anyUnsaved(): boolean {
  for (const s of sessions) if (s.hasUnsaved()) return true;
  return false;
}
