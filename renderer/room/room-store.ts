/**
 * The room as the facilitator's screen knows it (docs/room.md): main's status, followed while the
 * room is open by asking main to answer as soon as anything changes; and the landing of what
 * phones sent, as ordinary edits through the workshop store (so each is undoable and saved like
 * typing). Main hands each contribution out once, so two open views never land a note twice.
 */
import { create } from 'zustand';
import type { RoomNote, RoomStatus } from '../../shared/room';
import { canLand, mergedNoteOps, roomAnswerOps, roomNotesOps, roomRatingOps, roomVoteOps } from '../../shared/domain/room-landing';
import { localDay } from '../../shared/domain/dates';
import { msg } from '../../shared/strings';
import { call, ApiFailure } from '../api/client';
import { newId } from '../ids';
import { toast } from '../store/toasts';
import { useWorkshop } from '../store/workshop';

interface RoomState {
  status: RoomStatus;
  /** The panel is shown in this window. */
  panelOpen: boolean;
  /** The projector shows how to join. */
  showJoin: boolean;
  setPanel(open: boolean): void;
  setShowJoin(show: boolean): void;
  /** Starts following main's room for a workshop's screen; returns the stop. */
  follow(workshopId: string, lands: boolean): () => void;
  apply(status: RoomStatus): void;
}

export const useRoom = create<RoomState>((set, get) => ({
  status: { open: false, version: 0 },
  panelOpen: false,
  showJoin: true,
  setPanel: (panelOpen) => set({ panelOpen }),
  setShowJoin: (showJoin) => set({ showJoin }),
  apply: (status) => {
    set({ status });
    if (following?.lands && status.open && status.workshopId === following.workshopId) void landAutomatically(status);
  },
  follow: (workshopId, lands) => {
    const me = { workshopId, lands, stopped: false };
    following = me;
    void (async () => {
      let after: number | undefined;
      let failures = 0;
      while (!me.stopped) {
        try {
          const status = await call('roomStatus', after === undefined ? {} : { after });
          if (me.stopped) return;
          failures = 0;
          get().apply(status);
          // While the room is closed nothing needs following: opening it (here) starts again.
          if (!status.open) return;
          after = status.version;
        } catch {
          if (me.stopped) return;
          // Main may be restarting: try again, slower each time, and say so once.
          if (++failures === 3 && get().status.open) toast(msg.room.lost, 'error');
          await new Promise((r) => setTimeout(r, Math.min(8000, 500 * 2 ** failures)));
        }
      }
    })();
    return () => {
      me.stopped = true;
      if (following === me) following = null;
    };
  },
}));

let following: { workshopId: string; lands: boolean; stopped: boolean } | null = null;

/** Restarts following after the room opened in this window. */
export function refollow(): void {
  const f = following;
  if (!f) return;
  f.stopped = true;
  useRoom.getState().follow(f.workshopId, f.lands);
}

/** Calls main about the room; a refusal becomes a toast, and the answer updates the status. */
export async function roomCall<C extends 'openRoom' | 'closeRoom' | 'showInRoom' | 'setRoomOptions'>(channel: C, input: Parameters<typeof call<C>>[1]): Promise<boolean> {
  try {
    const status = (await call(channel, input)) as RoomStatus;
    useRoom.getState().apply(status);
    if (channel === 'openRoom') refollow();
    return true;
  } catch (err) {
    toast(err instanceof ApiFailure ? err.message : msg.errors.network, 'error');
    return false;
  }
}

const busy = new Set<string>();

/**
 * Takes contributions from main and lands them as one edit. Main hands each out once, so a view
 * that lost the race gets nothing and lands nothing.
 */
export async function land(workshopId: string, ids: string[], how: 'each' | 'merge' | 'hide' = 'each'): Promise<void> {
  // A note whose stage or lane was deleted since its question was shown is not taken: taken, it
  // would be gone from main with nowhere to land. It stays waiting, to be hidden or kept for later.
  const before = useWorkshop.getState().doc;
  const current = useRoom.getState().status;
  const stuck = how === 'hide' || !before || !current.open ? [] : current.notes.filter((n) => ids.includes(n.id) && !canLand(before, n)).map((n) => n.id);
  if (stuck.length > 0) toast(msg.room.homeless(stuck.length), 'error');
  const fresh = ids.filter((id) => !busy.has(id) && !stuck.includes(id));
  if (fresh.length === 0) return;
  fresh.forEach((id) => busy.add(id));
  try {
    const got = await call('takeFromRoom', { workshopId, ids: fresh, ...(how === 'hide' ? { hide: true } : {}) });
    const doc = useWorkshop.getState().doc;
    if (!doc || doc.workshop.id !== workshopId || how === 'hide') return;
    const notes = how === 'merge' ? mergedNoteOps(doc, sortByTime(got.notes), newId) : roomNotesOps(doc, got.notes, newId);
    const status = useRoom.getState().status;
    // Ratings are put on the curve with every rating of their activity, landed before or not.
    const activities = new Set(got.ratings.map((r) => r.activityId));
    const ratings = status.open ? status.ratings.filter((r) => activities.has(r.activityId)) : got.ratings;
    const ops = [...notes.ops, ...roomRatingOps(doc, ratings, newId), ...roomVoteOps(doc, got.votes, newId), ...roomAnswerOps(doc, got.answers, newId, (ms) => localDay(new Date(ms)))];
    if (ops.length > 0) useWorkshop.getState().dispatch(ops);
    if (notes.homeless.length > 0) toast(msg.room.homeless(notes.homeless.length), 'error');
  } catch (err) {
    toast(err instanceof ApiFailure ? err.message : msg.errors.network, 'error');
  } finally {
    fresh.forEach((id) => busy.delete(id));
  }
}

function sortByTime(notes: RoomNote[]): RoomNote[] {
  return [...notes].sort((a, b) => a.at - b.at);
}

/** Dots always land as they come (they stay hidden until the reveal); notes too with "land at once". */
async function landAutomatically(status: Extract<RoomStatus, { open: true }>): Promise<void> {
  const doc = useWorkshop.getState().doc;
  // Notes with nowhere to land wait for the facilitator, without a message on every change.
  const landable = doc ? status.notes.filter((n) => canLand(doc, n)) : [];
  const ids = [...status.votes.filter((v) => !v.landed).map((v) => v.id), ...(status.landAtOnce ? landable.map((n) => n.id) : [])];
  if (ids.length > 0) await land(status.workshopId, ids);
}
