/**
 * The undo history as plain data (after Excalidraw's history and tldraw's HistoryManager).
 * An entry holds a batch and its inverse. Undo applies the inverse; redo applies the batch again.
 *
 * A typing burst or a drag is one step. Edits recorded with the same merge key fold into the entry
 * on top for as long as that burst is open; the burst ends when the control is left (`endBurst`),
 * when another kind of edit is recorded, or on undo and redo. The rule has no clock in it, so a
 * slow machine or a slow typist gets the same steps as a fast one. Folding squashes: an entry
 * keeps, per field of each row, the value before the burst and the value after it, not every key.
 *
 * A new edit clears the redo stack; undoing and redoing never does.
 */
import type { Op } from './ops';

export interface HistoryEntry {
  ops: Op[];
  inverse: Op[];
  /** Set while the burst that made this entry is still open. */
  mergeKey?: string;
  at: number;
  /** What the edit did, in words ("rename persona “Sam”"), for "Undid: …". */
  label?: string;
  /** The workshop step where it was made: undo goes back there to show it. */
  step?: string;
}

export type EntryMeta = Pick<HistoryEntry, 'label' | 'step'>;

export interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export const MAX_ENTRIES = 500;

export const emptyHistory = (): History => ({ undo: [], redo: [] });

const rowKey = (op: Op) => `${op.entity}:${op.id}`;

/**
 * Folds updates of the same row into one at the place of the row's first update; for a field set
 * twice, the later value wins. Applying the result leaves the same document as applying `ops`.
 */
export function squashUpdates(ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  const at = new Map<string, number>();
  for (const op of ops) {
    if (op.kind !== 'update') {
      // A create or delete of a row ends what can be folded into its earlier updates.
      at.delete(rowKey(op));
      out.push(op);
      continue;
    }
    const i = at.get(rowKey(op));
    if (i === undefined) {
      at.set(rowKey(op), out.length);
      out.push({ ...op, patch: { ...op.patch } });
      continue;
    }
    const earlier = out[i] as Extract<Op, { kind: 'update' }>;
    out[i] = { ...earlier, patch: { ...earlier.patch, ...op.patch } };
  }
  return out;
}

export function record(h: History, ops: Op[], inverse: Op[], at: number, mergeKey?: string, meta: EntryMeta = {}): History {
  const top = h.undo[h.undo.length - 1];
  if (top && mergeKey && top.mergeKey === mergeKey) {
    const merged: HistoryEntry = {
      ...top,
      // The words follow the burst: "rename persona “Sam”", not "“S”".
      ...(meta.label ? { label: meta.label } : {}),
      ops: squashUpdates([...top.ops, ...ops]),
      // The inverse undoes the newest edit first, so the burst's first "before" comes last and wins.
      inverse: squashUpdates([...inverse, ...top.inverse]),
      at,
    };
    return { undo: [...h.undo.slice(0, -1), merged], redo: [] };
  }
  const closed = top?.mergeKey ? [...h.undo.slice(0, -1), withoutKey(top)] : h.undo;
  const entry: HistoryEntry = { ops, inverse, at, ...(mergeKey ? { mergeKey } : {}), ...meta };
  return { undo: [...closed, entry].slice(-MAX_ENTRIES), redo: [] };
}

function withoutKey(entry: HistoryEntry): HistoryEntry {
  const { mergeKey: _, ...rest } = entry;
  return rest;
}

/** Ends the open burst, if any: the next edit starts a new step even on the same field. */
export function endBurst(h: History): History {
  const top = h.undo[h.undo.length - 1];
  if (!top?.mergeKey) return h;
  return { undo: [...h.undo.slice(0, -1), withoutKey(top)], redo: h.redo };
}

/** Takes the top entry off the undo stack; the caller applies `entry.inverse`. */
export function takeUndo(h: History): { entry: HistoryEntry; history: History } | null {
  const entry = h.undo[h.undo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: h.undo.slice(0, -1), redo: [...h.redo, withoutKey(entry)] } };
}

/** Takes the top entry off the redo stack; the caller applies `entry.ops`. */
export function takeRedo(h: History): { entry: HistoryEntry; history: History } | null {
  const entry = h.redo[h.redo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: [...h.undo, entry], redo: h.redo.slice(0, -1) } };
}
