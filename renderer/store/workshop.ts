/**
 * The open workshop. One-way flow: a user edit becomes operations → applied here at once and
 * queued for main → stored in SQLite in one transaction → the screen reflects the store.
 *
 * Saving: at most one batch is in flight; edits made meanwhile wait and go together in the next
 * batch, so a typing burst costs a few transactions, not one per key, and still reaches disk
 * within a moment. If main refuses a batch, the store is reloaded from disk and the user is told
 * why: the screen never shows what the disk does not hold.
 */
import { create } from 'zustand';
import { applyWithInverse, isNoop, OpError, type Op, type WorkshopDoc } from '../../shared/model/ops';
import { emptyHistory, endBurst, record, takeRedo, takeUndo, type History } from '../../shared/model/history';
import { msg } from '../../shared/strings';
import { call, errorMessage } from '../api/client';
import { toast } from './toasts';

export type SaveStatus = 'saved' | 'saving' | 'failed';

interface WorkshopState {
  doc: WorkshopDoc | null;
  loadError: string | null;
  status: SaveStatus;
  lastError: string | null;
  history: History;
  open(id: string): Promise<void>;
  close(): void;
  /** Apply an edit. `mergeKey` folds a burst of edits to one thing into a single undo step. */
  dispatch(ops: Op[], opts?: { mergeKey?: string; record?: boolean }): void;
  /** The control being typed in was left: the next edit is a new undo step. */
  endBurst(): void;
  undo(): void;
  redo(): void;
}

let pending: Op[] = [];
let inFlight = false;
let openId: string | null = null;

export const useWorkshop = create<WorkshopState>((set, get) => {
  async function flush(): Promise<void> {
    const doc = get().doc;
    if (inFlight || pending.length === 0 || !doc) return;
    const workshopId = doc.workshop.id;
    const batch = pending;
    pending = [];
    inFlight = true;
    set({ status: 'saving' });
    try {
      const result = await call('applyOps', { workshopId, ops: batch });
      inFlight = false;
      const current = get().doc;
      if (current && current.workshop.id === workshopId) {
        set({ doc: { ...current, workshop: { ...current.workshop, updatedAt: result.updatedAt } } });
      }
      if (pending.length > 0) void flush();
      else set({ status: 'saved', lastError: null });
    } catch (err) {
      inFlight = false;
      pending = [];
      await rollback(workshopId, errorMessage(err));
    }
  }

  async function rollback(workshopId: string, reason: string): Promise<void> {
    const text = msg.errors.saveFailedRolledBack(reason);
    set({ status: 'failed', lastError: text });
    toast(text, 'error');
    try {
      const fresh = await call('openWorkshop', { id: workshopId });
      if (openId === workshopId) set({ doc: fresh, history: emptyHistory() });
    } catch (err) {
      set({ loadError: errorMessage(err) });
    }
  }

  function applyAndSave(ops: Op[]): { ok: true; inverse: Op[] } | { ok: false } {
    const doc = get().doc;
    if (!doc) return { ok: false };
    try {
      const { doc: next, inverse } = applyWithInverse(doc, ops);
      set({ doc: next });
      pending.push(...ops);
      void flush();
      return { ok: true, inverse };
    } catch (err) {
      // The store is the disk's mirror, so this means the screen is stale: re-read it.
      const reason = err instanceof OpError ? msg.errors.notFound : msg.errors.internal;
      void rollback(doc.workshop.id, reason);
      return { ok: false };
    }
  }

  return {
    doc: null,
    loadError: null,
    status: 'saved',
    lastError: null,
    history: emptyHistory(),

    open: async (id) => {
      if (openId === id && get().doc) return;
      openId = id;
      pending = [];
      set({ doc: null, loadError: null, history: emptyHistory(), status: 'saved', lastError: null });
      try {
        const doc = await call('openWorkshop', { id });
        if (openId === id) set({ doc });
      } catch (err) {
        if (openId === id) set({ loadError: errorMessage(err) });
      }
    },

    close: () => {
      openId = null;
      set({ doc: null, history: emptyHistory(), loadError: null });
    },

    dispatch: (ops, opts = {}) => {
      const doc = get().doc;
      if (!doc) return;
      const real = ops.filter((op) => !isNoop(doc, op));
      if (real.length === 0) return;
      const r = applyAndSave(real);
      if (r.ok && opts.record !== false) {
        set({ history: record(get().history, real, r.inverse, Date.now(), opts.mergeKey) });
      }
    },

    endBurst: () => {
      const h = get().history;
      const ended = endBurst(h);
      if (ended !== h) set({ history: ended });
    },

    undo: () => {
      const taken = takeUndo(get().history);
      if (!taken) return;
      set({ history: taken.history });
      applyAndSave(taken.entry.inverse);
    },

    redo: () => {
      const taken = takeRedo(get().history);
      if (!taken) return;
      set({ history: taken.history });
      applyAndSave(taken.entry.ops);
    },
  };
});

// Leaving any control ends its typing burst, so the history needs no hook in each field.
document.addEventListener('focusout', () => useWorkshop.getState().endBurst());
