/**
 * Whether the sheet of keyboard shortcuts is open. Opened by "?" anywhere outside a text field,
 * by the button in the top bar, and (in Electron) by Help → Keyboard Shortcuts.
 */
import { create } from 'zustand';
import { onMenuCommand } from '../api/client';

export const useShortcuts = create<{ open: boolean; show(): void; hide(): void }>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

onMenuCommand((command) => {
  if (command === 'shortcuts') useShortcuts.getState().show();
});

/** A key typed into a field is text, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** "?" opens the sheet, wherever the focus is, unless a field is taking the text. */
export function listenForHelpKey(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    e.preventDefault();
    useShortcuts.getState().show();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
