/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (and Ctrl+Y) redoes, anywhere in the workshop, text fields
 * included: fields are bound to the store, so the store's undo is the one that knows the truth.
 * In Electron the native menu sends the same commands (renderer/store/workshop.ts listens).
 */
import { useEffect } from 'react';
import { useWorkshop } from '../store/workshop';

export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        useWorkshop.getState().undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.metaKey)) {
        e.preventDefault();
        useWorkshop.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
