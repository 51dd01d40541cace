/**
 * The undo history as plain data (after Excalidraw's history and tldraw's HistoryManager).
 * An entry holds a batch and its inverse. Undo applies the inverse; redo applies the batch again.
 * A typing burst or a drag is one step: consecutive edits with the same merge key, close in time,
 * fold into the entry on top. A new edit clears the redo stack; undoing and redoing never does.
 */
import type { Op } from './ops';

export interface HistoryEntry {
  ops: Op[];
  inverse: Op[];
  mergeKey?: string;
  at: number;
}

export interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export const MERGE_WINDOW_MS = 1500;
export const MAX_ENTRIES = 500;

export const emptyHistory = (): History => ({ undo: [], redo: [] });

export function record(h: History, ops: Op[], inverse: Op[], at: number, mergeKey?: string): History {
  const top = h.undo[h.undo.length - 1];
  if (top && mergeKey && top.mergeKey === mergeKey && at - top.at <= MERGE_WINDOW_MS) {
    const merged: HistoryEntry = { ops: [...top.ops, ...ops], inverse: [...inverse, ...top.inverse], mergeKey, at };
    return { undo: [...h.undo.slice(0, -1), merged], redo: [] };
  }
  const entry: HistoryEntry = { ops, inverse, at, ...(mergeKey ? { mergeKey } : {}) };
  return { undo: [...h.undo, entry].slice(-MAX_ENTRIES), redo: [] };
}

/** Takes the top entry off the undo stack; the caller applies `entry.inverse`. */
export function takeUndo(h: History): { entry: HistoryEntry; history: History } | null {
  const entry = h.undo[h.undo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: h.undo.slice(0, -1), redo: [...h.redo, { ...entry, mergeKey: undefined }] } };
}

/** Takes the top entry off the redo stack; the caller applies `entry.ops`. */
export function takeRedo(h: History): { entry: HistoryEntry; history: History } | null {
  const entry = h.redo[h.redo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: [...h.undo, entry], redo: h.redo.slice(0, -1) } };
}
