/**
 * The exercise timer for the current step, in the top bar: choose minutes, start, pause, reset.
 * Running, it counts down large; at zero it says so and pulses. Timer edits are not undo steps
 * (undo is for the workshop's content), but they are stored like every edit.
 */
import { Pause, Play, RotateCcw, Timer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { formatClock, pauseTimer, resetTimer, setTimer, startTimer, stepStateOf, stepStateOps, timerView } from '../../shared/domain/timer';
import type { WorkshopDoc } from '../../shared/model/ops';
import type { StepId } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useWorkshop } from '../store/workshop';

const MINUTES = [3, 5, 10, 15, 20, 30, 45, 60, 90];

/** The current time, refreshed every quarter second while `active`. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [active]);
  return now;
}

export function StepTimer({ doc, step }: { doc: WorkshopDoc; step: StepId }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const T = msg.timer;
  const state = stepStateOf(doc, step);
  const fields = state ?? { timerSeconds: 0, timerRemaining: 0, timerEndsAt: null };
  const now = useNow(state?.timerEndsAt != null);
  const view = timerView(state, now);
  const write = (patch: Parameters<typeof stepStateOps>[2]) => dispatch(stepStateOps(doc, step, patch, newId), { record: false });

  return (
    <div className={`step-timer${view.running ? ' is-running' : ''}${view.done ? ' is-done' : ''}`} role="group" aria-label={T.label}>
      <Timer size={18} aria-hidden className="step-timer-icon" />
      <select
        className="input select step-timer-minutes"
        aria-label={T.minutes}
        value={view.total ? String(Math.round(view.total / 60)) : ''}
        disabled={view.running}
        onChange={(e) => write(setTimer(Number(e.target.value) * 60))}
      >
        <option value="" disabled>
          {T.choose}
        </option>
        {MINUTES.map((m) => (
          <option key={m} value={m}>
            {T.minutesOption(m)}
          </option>
        ))}
      </select>
      {view.total > 0 && (
        <>
          <span className="step-timer-clock" role="timer" aria-label={view.done ? T.timeUp : T.left(formatClock(view.remaining))}>
            {view.done ? T.timeUp : formatClock(view.remaining)}
          </span>
          {view.running ? (
            <button type="button" className="icon-btn" aria-label={T.pause} title={T.pause} onClick={() => write(pauseTimer(fields, Date.now()))}>
              <Pause size={18} aria-hidden />
            </button>
          ) : (
            !view.done && (
              <button type="button" className="icon-btn" aria-label={T.start} title={T.start} disabled={view.remaining === 0} onClick={() => write(startTimer(fields, Date.now()))}>
                <Play size={18} aria-hidden />
              </button>
            )
          )}
          <button type="button" className="icon-btn" aria-label={T.reset} title={T.reset} onClick={() => write(resetTimer(fields))}>
            <RotateCcw size={18} aria-hidden />
          </button>
        </>
      )}
    </div>
  );
}
