/**
 * Keeping track of the one main window. A window re-created (macOS: clicking the Dock icon after
 * closing it) must clear the slot again when it closes, or the next Dock click finds a destroyed
 * window and nothing opens, and the menu's undo throws "Object has been destroyed". So the slot
 * watches each window it holds, however it was made.
 */
export interface SlotWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  once(event: 'closed', listener: () => void): unknown;
}

export class WindowSlot<W extends SlotWindow> {
  private current: W | null = null;

  constructor(private readonly create: () => W) {}

  get window(): W | null {
    return this.current && !this.current.isDestroyed() ? this.current : null;
  }

  /** The window, made if there is none (a second instance, the Dock, the first start). */
  show(): W {
    const open = this.window;
    if (open) {
      if (open.isMinimized()) open.restore();
      open.focus();
      return open;
    }
    const made = this.create();
    this.current = made;
    made.once('closed', () => {
      if (this.current === made) this.current = null;
    });
    return made;
  }
}
