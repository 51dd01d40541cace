/**
 * The exercise timer of a step. What is stored is when it ends (epoch ms) while it runs, and the
 * seconds left while it is paused or set, never a ticking counter: a reload, a restart or a second
 * window all read the same moment and agree.
 */
import type { RowOf } from '../model/entities';
import type { TypedOp, WorkshopDoc } from '../model/ops';
import type { StepId } from '../model/vocab';

export type StepState = RowOf<'stepState'>;
type TimerFields = Pick<StepState, 'timerSeconds' | 'timerRemaining' | 'timerEndsAt'>;

export interface TimerView {
  /** Whole seconds left, never below zero. */
  remaining: number;
  running: boolean;
  /** Set, and run all the way down. */
  done: boolean;
  /** The length it was set to, in seconds; 0 when never set. */
  total: number;
}

export function timerView(t: TimerFields | undefined, now: number): TimerView {
  if (!t || t.timerSeconds === 0) return { remaining: 0, running: false, done: false, total: 0 };
  if (t.timerEndsAt !== null) {
    const remaining = Math.max(0, Math.ceil((t.timerEndsAt - now) / 1000));
    return { remaining, running: remaining > 0, done: remaining === 0, total: t.timerSeconds };
  }
  return { remaining: t.timerRemaining, running: false, done: false, total: t.timerSeconds };
}

export const setTimer = (seconds: number): Partial<TimerFields> => ({ timerSeconds: seconds, timerRemaining: seconds, timerEndsAt: null });
export const startTimer = (t: TimerFields, now: number): Partial<TimerFields> => ({ timerEndsAt: now + (t.timerRemaining || t.timerSeconds) * 1000 });
export const pauseTimer = (t: TimerFields, now: number): Partial<TimerFields> => ({ timerRemaining: timerView(t, now).remaining, timerEndsAt: null });
export const resetTimer = (t: TimerFields): Partial<TimerFields> => ({ timerRemaining: t.timerSeconds, timerEndsAt: null });

/** "mm:ss", or "h:mm:ss" past an hour. */
export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function stepStateOf(doc: WorkshopDoc, step: StepId): StepState | undefined {
  return Object.values(doc.rows.stepState).find((s) => s.step === step);
}

/** The op that writes `patch` to a step's state, creating the row the first time. */
export function stepStateOps(doc: WorkshopDoc, step: StepId, patch: Partial<Omit<StepState, 'id' | 'workshopId' | 'step'>>, newId: () => string): TypedOp[] {
  const existing = stepStateOf(doc, step);
  if (existing) return [{ kind: 'update', entity: 'stepState', id: existing.id, patch }];
  return [{ kind: 'create', entity: 'stepState', id: newId(), values: { step, ...patch } }];
}
