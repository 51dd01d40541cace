/**
 * The open workshop, as React reads it: a thin store over the workshop's session
 * (renderer/session/session.ts), which owns the document, the history, the outbox and the feed.
 * Components select what they show (`useWorkshop((s) => s.doc)`), so a change of save status
 * re-renders the save indicator, not the workshop.
 */
import { create } from 'zustand';
import type { TypedOp, WorkshopDoc } from '../../shared/model/ops';
import { onMenuCommand, reportUnsaved } from '../api/client';
import { holdViewLock, Journal, viewIdOfThisTab } from '../session/journal';
import { anyUnsaved, sessions, WorkshopSession, type SaveStatus, type SessionHost, type SessionState } from '../session/session';
import { useRoute } from './route';
import { toast } from './toasts';

export type { SaveStatus };

interface WorkshopState {
  doc: WorkshopDoc | null;
  loadError: string | null;
  status: SaveStatus;
  lastError: string | null;
  canUndo: boolean;
  canRedo: boolean;
  open(id: string): Promise<void>;
  close(): void;
  /** Apply an edit. `mergeKey` folds a burst of edits to one thing into a single undo step. */
  dispatch(ops: TypedOp[], opts?: { mergeKey?: string; record?: boolean }): void;
  /** The control being typed in was left: the next edit is a new undo step. */
  endBurst(): void;
  undo(): void;
  redo(): void;
}

let journal: Journal | null = null;
function journalOfThisTab(): Journal {
  if (!journal) {
    journal = new Journal(viewIdOfThisTab());
    void holdViewLock(journal.viewId);
  }
  return journal;
}

let current: WorkshopSession | null = null;
let reportedUnsaved = false;

const host: SessionHost = {
  currentStep: () => {
    const route = useRoute.getState().route;
    return route.screen === 'workshop' ? route.step : undefined;
  },
  goToStep: (step) => {
    const route = useRoute.getState().route;
    if (route.screen === 'workshop') useRoute.getState().go({ screen: 'workshop', workshopId: route.workshopId, step });
  },
  notify: (text, kind) => toast(text, kind),
  changed: (s: SessionState) => {
    const unsaved = anyUnsaved();
    if (unsaved !== reportedUnsaved) reportUnsaved((reportedUnsaved = unsaved));
    useWorkshop.setState({
      doc: s.doc,
      loadError: s.loadError,
      status: s.status,
      lastError: s.lastError,
      canUndo: s.history.undo.length > 0,
      canRedo: s.history.redo.length > 0,
    });
  },
};

export const useWorkshop = create<WorkshopState>(() => ({
  doc: null,
  loadError: null,
  status: 'saved',
  lastError: null,
  canUndo: false,
  canRedo: false,

  open: async (id) => {
    if (current?.workshopId === id) return;
    current?.detach();
    useWorkshop.setState({ doc: null, loadError: null, status: 'saved', lastError: null, canUndo: false, canRedo: false });
    const session = new WorkshopSession(id, journalOfThisTab(), host);
    current = session;
    sessions.add(session);
    await session.open();
  },

  close: () => {
    // Unsaved edits keep going to main in the background; the screen just stops showing them.
    current?.detach();
    current = null;
    useWorkshop.setState({ doc: null, loadError: null, canUndo: false, canRedo: false });
  },

  dispatch: (ops, opts) => current?.dispatch(ops, opts),
  endBurst: () => current?.endBurst(),
  undo: () => current?.undo(),
  redo: () => current?.redo(),
}));

// Leaving any control ends its typing burst, so the history needs no hook in each field.
document.addEventListener('focusout', () => useWorkshop.getState().endBurst());

// Leaving the page while an edit is not on disk yet asks first (the journal keeps it meanwhile,
// and the next view sends it, but the user should know). In Electron main sees the refusal and
// waits for the save before asking (electron/close-guard.ts).
window.addEventListener('beforeunload', (e) => {
  if (!anyUnsaved()) return;
  e.preventDefault();
  e.returnValue = '';
});

// The native menu's Undo and Redo (Electron): the workshop's own history when one is open;
// elsewhere (the library, a dialog's text field) the text field's own, which on macOS only the
// menu can reach.
onMenuCommand((command) => {
  if (command === 'shortcuts') return; // renderer/store/shortcuts.ts opens the sheet
  if (current && !current.isDetached()) current[command]();
  else document.execCommand(command);
});
