/**
 * The handler table: one plain function per API channel. No `electron` import here: the Electron
 * IPC binding and the web bridge are two thin adapters over this same table, so every end-to-end
 * test exercises the real handlers against a real SQLite file.
 */
import type { Database } from 'better-sqlite3';
import type { AppInfo, Channel, Output, ParsedInput } from '../shared/api';
import type { LaterChannel } from '../shared/channels';
import type { FeedEvent } from '../shared/api';
import { applyEdits, editOf, takeSeq } from './db/apply-ops';
import type { ChangeFeed } from './feed';
import { getBranding, saveBranding } from './db/branding';
import { exportWorkshopFile, importWorkshopFile, type WorkshopFileReader } from './db/workshop-file';
import {
  archiveWorkshop,
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  listWorkshops,
  openWorkshop,
  renameWorkshop,
  laterRoundsOf,
  startNextRound,
  type Clock,
} from './db/workshops';
import { AppError } from './errors';
import { readSheetFile, type SheetReader } from './sheets/sheet-file';
import { msg } from '../shared/strings';
import type { WorkshopDoc } from '../shared/model/ops';
import type { RoomHost } from './room/host';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => C extends LaterChannel ? Promise<Output<C>> : Output<C>;
};

export interface HandlerContext {
  db: Database;
  clock: Clock;
  info: AppInfo;
  /** Every committed change is published here, for every open view. */
  feed: ChangeFeed;
  /** Reads an imported workshop file away from the library's process (childReader in the app). */
  readWorkshopFile: WorkshopFileReader;
  /** Reads an Excel sheet of sticky notes away from the library's process (childSheetReader in the app). */
  readSheet: SheetReader;
  /** The room phones join (docs/room.md); its own server, driven from here by the facilitator. */
  room: RoomHost;
}

/** Changes main makes itself (a rename from the library, an import) come from this view. */
export const MAIN_VIEW = 'main';

/** The batches of one workshop after `since`, if the feed still holds all of them. */
function changesSince(db: Database, feed: ChangeFeed, workshopId: string, since: number): FeedEvent[] | null {
  const row = db.prepare('SELECT last_seq FROM workshop WHERE id = ?').get(workshopId) as { last_seq: number } | undefined;
  if (!row) return [{ kind: 'deleted', seq: since, workshopId }];
  if (row.last_seq <= since) return [];
  const kept = (feed.since(since) ?? []).filter((e): e is Extract<FeedEvent, { kind: 'batch' }> => e.kind === 'batch' && e.workshopId === workshopId);
  // Complete only if the batches chain from `since` to the workshop's last one.
  let at = since;
  for (const e of kept) {
    if (e.prevSeq !== at) return null;
    at = e.seq;
  }
  return at === row.last_seq ? kept : null;
}

/** The round a workshop was started from, while it is still in the library. */
function previousRound(db: Database, doc: WorkshopDoc): WorkshopDoc | null {
  const id = doc.workshop.previousRoundId;
  if (!id) return null;
  try {
    return openWorkshop(db, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

export function createHandlers({ db, clock, info, feed, readWorkshopFile, readSheet, room }: HandlerContext): Handlers {
  /** A change to the library itself (a workshop added or filed), numbered like every batch. */
  const libraryChanged = <T extends { id: string }>(summary: T): T => {
    feed.publish({ kind: 'library', seq: takeSeq(db), workshopId: summary.id });
    return summary;
  };
  return {
    appInfo: () => info,
    listWorkshops: ({ includeArchived }) => listWorkshops(db, includeArchived ?? false),
    createWorkshop: ({ title, client }) => libraryChanged(createWorkshop(db, clock, title, client)),
    openWorkshop: ({ id }) => openWorkshop(db, id),
    renameWorkshop: ({ id, title }) => {
      // A rename is an edit of the workshop like any other, so open views hear of it.
      const { event } = applyEdits(db, id, [editOf([{ kind: 'update', entity: 'workshop', id, patch: { title: title.trim() } }])], {
        viewId: MAIN_VIEW,
        now: clock.now(),
      });
      if (event) feed.publish(event);
      return libraryChanged(renameWorkshop(db, clock, id, title));
    },
    duplicateWorkshop: ({ id }) => libraryChanged(duplicateWorkshop(db, clock, id)),
    startNextRound: ({ id, carryVotes }) => libraryChanged(startNextRound(db, clock, id, { carryVotes: carryVotes ?? false })),
    laterRounds: ({ id }) => laterRoundsOf(db, id),
    archiveWorkshop: ({ id, archived }) => libraryChanged(archiveWorkshop(db, clock, id, archived)),
    deleteWorkshop: ({ id }) => {
      deleteWorkshop(db, id);
      feed.publish({ kind: 'deleted', seq: takeSeq(db), workshopId: id });
      return { deleted: true as const };
    },
    applyOps: ({ workshopId, viewId, edits, ops }) => {
      const { result, event } = applyEdits(db, workshopId, edits ?? [editOf(ops ?? [])], { viewId: viewId ?? MAIN_VIEW, now: clock.now() });
      if (event) feed.publish(event);
      return result;
    },
    workshopChanges: ({ workshopId, since }) => changesSince(db, feed, workshopId, since),
    // The exporters (pdfkit, exceljs and a font) are loaded on first use: starting the app, or a
    // bridge, does not pay for them.
    exportActionList: async ({ workshopId, format }) => {
      const doc = openWorkshop(db, workshopId);
      const { exportActionList } = await import('./export/action-list');
      return exportActionList(doc, format, getBranding(db), new Date(clock.now()));
    },
    exportReport: async ({ workshopId, format }) => {
      const doc = openWorkshop(db, workshopId);
      const { exportReport } = await import('./export/report');
      return exportReport(doc, getBranding(db), new Date(clock.now()), format ?? 'pdf', previousRound(db, doc));
    },
    reportOutline: async ({ workshopId }) => {
      const doc = openWorkshop(db, workshopId);
      const { reportOutline } = await import('./export/report');
      return reportOutline(doc, getBranding(db), new Date(clock.now()), previousRound(db, doc));
    },
    exportProgress: async ({ workshopId }) => {
      const doc = openWorkshop(db, workshopId);
      const previous = previousRound(db, doc);
      if (!previous) throw new AppError('not_found', msg.rounds.previousGone);
      const { exportProgress } = await import('./export/report');
      return exportProgress(doc, previous, getBranding(db), new Date(clock.now()));
    },
    exportWorkshopFile: ({ workshopId }) => exportWorkshopFile(db, workshopId),
    readSheet: async ({ content }) => readSheetFile(readSheet, Buffer.from(content, 'base64')),
    importWorkshopFile: async ({ content }) => libraryChanged(await importWorkshopFile(db, clock, readWorkshopFile, Buffer.from(content, 'base64'))),
    getBranding: () => getBranding(db),
    saveBranding: (branding) => saveBranding(db, branding),
    openRoom: async ({ workshopId, landAtOnce }) => {
      openWorkshop(db, workshopId); // a workshop that is not in the library gets no room
      return room.open(workshopId, landAtOnce ?? false);
    },
    closeRoom: () => room.close(),
    roomStatus: ({ after }) => room.status(after),
    showInRoom: ({ workshopId, show }) => room.show(workshopId, show),
    setRoomOptions: ({ workshopId, landAtOnce }) => room.setLandAtOnce(workshopId, landAtOnce),
    takeFromRoom: ({ workshopId, ids, hide }) => room.take(workshopId, ids, hide ?? false),
  };
}
