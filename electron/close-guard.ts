/**
 * Closing a window (or quitting) while an edit is not on disk yet. The page refuses to unload
 * while it has unsaved edits (its beforeunload handler); Electron then tells main
 * ('will-prevent-unload'). Main gives the page a moment to finish saving, closes the window once
 * it has, and only if the edits are still not stored after that asks the user what to do. Edits
 * that are not stored stay in the page's journal and are sent the next time the workshop opens.
 */

/** How long a close waits for the last edits before asking. */
export const CLOSE_WAIT_MS = 4000;
export const CLOSE_POLL_MS = 100;

export type CloseStep = 'close' | 'wait' | 'ask';

/** What to do at a moment during a vetoed close: the pure rule, tested on its own. */
export function closeStep(unsaved: boolean, waitedMs: number, limitMs = CLOSE_WAIT_MS): CloseStep {
  if (!unsaved) return 'close';
  return waitedMs < limitMs ? 'wait' : 'ask';
}

export interface GuardedWindow {
  isDestroyed(): boolean;
  close(): void;
  destroy(): void;
}

/**
 * Follows one vetoed close to its end. `unsaved` reads what the page last reported; `ask` shows
 * the question and answers true to close anyway.
 */
export function followVetoedClose(
  win: GuardedWindow,
  unsaved: () => boolean,
  ask: () => Promise<boolean>,
  timers: { setTimeout: (fn: () => void, ms: number) => unknown } = globalThis,
): Promise<void> {
  return new Promise((done) => {
    let waited = 0;
    const tick = () => {
      if (win.isDestroyed()) return done();
      const step = closeStep(unsaved(), waited);
      if (step === 'close') {
        win.close();
        return done();
      }
      if (step === 'wait') {
        waited += CLOSE_POLL_MS;
        timers.setTimeout(tick, CLOSE_POLL_MS);
        return;
      }
      void ask().then((closeAnyway) => {
        if (closeAnyway && !win.isDestroyed()) win.destroy();
        done();
      });
    };
    tick();
  });
}
