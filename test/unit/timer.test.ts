import { describe, expect, it } from 'vitest';
import { formatClock, pauseTimer, resetTimer, setTimer, startTimer, timerView } from '../../shared/domain/timer';

const t0 = 1_800_000_000_000;

describe('the exercise timer', () => {
  it('counts down from the moment it ends, so any window at any time agrees', () => {
    const set = { timerSeconds: 0, timerRemaining: 0, timerEndsAt: null, ...setTimer(600) };
    expect(timerView(set, t0)).toEqual({ remaining: 600, running: false, done: false, total: 600 });
    const running = { ...set, ...startTimer(set, t0) };
    expect(running.timerEndsAt).toBe(t0 + 600_000);
    expect(timerView(running, t0 + 90_500)).toMatchObject({ remaining: 510, running: true });
    expect(timerView(running, t0 + 700_000)).toEqual({ remaining: 0, running: false, done: true, total: 600 });
  });

  it('keeps the seconds left while paused, and resumes from them', () => {
    const running = { timerSeconds: 300, timerRemaining: 300, timerEndsAt: t0 + 300_000 };
    const paused = { ...running, ...pauseTimer(running, t0 + 100_000) };
    expect(paused).toMatchObject({ timerRemaining: 200, timerEndsAt: null });
    expect(timerView(paused, t0 + 999_999)).toMatchObject({ remaining: 200, running: false });
    expect({ ...paused, ...startTimer(paused, t0 + 500_000) }.timerEndsAt).toBe(t0 + 700_000);
    expect(resetTimer(paused)).toEqual({ timerRemaining: 300, timerEndsAt: null });
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(3725)).toBe('1:02:05');
  });
});
