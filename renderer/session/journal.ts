/**
 * The outbox's journal: every edit is written here, synchronously, before it is sent to main,
 * and removed once main has stored it. It lives in the page's localStorage, which Chromium keeps
 * in the browser process: it survives a reload, a crash of the page, and (in the desktop app) a
 * restart. Each view (a window or a tab) writes under its own id, kept in sessionStorage so a
 * reloaded tab finds its own edits again. A view that is gone for good (a closed tab, a crashed
 * window) leaves edits behind; the next view to open takes them over, and it can tell a gone view
 * from a live one because every live view holds a Web Lock named after itself.
 *
 * One key per edit, so writing an edit costs the same however many are waiting.
 */
import type { OutboxEdit } from '../../shared/model/sync';
import { newId } from '../ids';

const PREFIX = 'touchpoint.outbox.';
const VIEW_KEY = 'touchpoint.view';
const lockName = (viewId: string) => `touchpoint-view-${viewId}`;

interface Stored extends OutboxEdit {
  /** Order within the view: edits are sent in the order they were made. */
  n: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** This view's id: the same across reloads of one tab, different in every other tab or window. */
export function viewIdOfThisTab(): string {
  try {
    const known = sessionStorage.getItem(VIEW_KEY);
    if (known) return known;
    const id = newId();
    sessionStorage.setItem(VIEW_KEY, id);
    return id;
  } catch {
    return newId();
  }
}

let holding: Promise<void> | null = null;

/** Holds this view's lock for as long as the page lives, so no other view adopts its edits. */
export function holdViewLock(viewId: string): Promise<void> {
  if (holding) return holding;
  const locks = navigator.locks;
  if (!locks) return Promise.resolve();
  holding = new Promise<void>((acquired) => {
    void locks.request(lockName(viewId), () => {
      acquired();
      return new Promise<void>(() => {}); // released when the page goes
    });
  });
  return holding;
}

export class Journal {
  private n = 0;
  /** Edits that could not be written (storage full): kept in memory, and leaving is guarded. */
  private readonly volatile = new Set<string>();

  constructor(readonly viewId: string) {
    for (const e of this.read(viewId)) this.n = Math.max(this.n, e.n);
  }

  private key(viewId: string, editId: string): string {
    return `${PREFIX}${viewId}.${editId}`;
  }

  /** Writes the edit before it is sent. False when storage refused it (full, or private mode). */
  append(edit: OutboxEdit): boolean {
    const s = storage();
    const stored: Stored = { ...edit, n: ++this.n };
    try {
      if (!s) throw new Error('no storage');
      s.setItem(this.key(edit.viewId, edit.id), JSON.stringify(stored));
      return true;
    } catch {
      this.volatile.add(edit.id);
      return false;
    }
  }

  /** Main has stored these: forget them. */
  remove(edits: readonly Pick<OutboxEdit, 'id' | 'viewId'>[]): void {
    const s = storage();
    for (const e of edits) {
      this.volatile.delete(e.id);
      s?.removeItem(this.key(e.viewId, e.id));
    }
  }

  /** Replaces an edit's ops after a conflict took some of its fields away. */
  rewrite(edit: OutboxEdit): void {
    const s = storage();
    const key = this.key(edit.viewId, edit.id);
    const before = s?.getItem(key);
    if (!s || !before) return;
    try {
      const old = JSON.parse(before) as Stored;
      s.setItem(key, JSON.stringify({ ...edit, n: old.n }));
    } catch {
      // leave it: sending it again costs a second conflict, nothing worse
    }
  }

  hasVolatile(): boolean {
    return this.volatile.size > 0;
  }

  /** The edits a view left, in the order it made them. */
  read(viewId: string): Stored[] {
    const s = storage();
    if (!s) return [];
    const out: Stored[] = [];
    const prefix = `${PREFIX}${viewId}.`;
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(prefix)) continue;
      try {
        out.push(JSON.parse(s.getItem(key) ?? '') as Stored);
      } catch {
        s.removeItem(key); // unreadable: it cannot be sent anyway
      }
    }
    return out.sort((a, b) => a.n - b.n);
  }

  /**
   * This view's edits for a workshop, then those of views that are gone (no one holds their
   * lock), which this view takes over.
   */
  async unsent(workshopId: string): Promise<OutboxEdit[]> {
    const mine = this.read(this.viewId).filter((e) => e.workshopId === workshopId);
    const others = new Set<string>();
    const s = storage();
    if (s) {
      for (let i = 0; i < s.length; i++) {
        const key = s.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const viewId = key.slice(PREFIX.length).split('.')[0]!;
        if (viewId !== this.viewId) others.add(viewId);
      }
    }
    const adopted: OutboxEdit[] = [];
    for (const viewId of others) {
      if (!(await isGone(viewId))) continue;
      adopted.push(...this.read(viewId).filter((e) => e.workshopId === workshopId));
    }
    const strip = ({ n: _, ...e }: Stored): OutboxEdit => e;
    return [...adopted.map((e) => strip(e as Stored)), ...mine.map(strip)];
  }
}

async function isGone(viewId: string): Promise<boolean> {
  const locks = navigator.locks;
  if (!locks) return false;
  const state = await locks.query();
  return !(state.held ?? []).some((l) => l.name === lockName(viewId));
}
