/**
 * The handler table: one plain function per API channel. No `electron` import here: the Electron
 * IPC binding and the web bridge are two thin adapters over this same table, so every end-to-end
 * test exercises the real handlers against a real SQLite file.
 */
import type { Database } from 'better-sqlite3';
import type { AppInfo, Channel, Output, ParsedInput } from '../shared/api';
import type { LaterChannel } from '../shared/channels';
import { applyOpsToDb } from './db/apply-ops';
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
  startNextRound,
  type Clock,
} from './db/workshops';

export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => C extends LaterChannel ? Promise<Output<C>> : Output<C>;
};

export interface HandlerContext {
  db: Database;
  clock: Clock;
  info: AppInfo;
  /** Reads an imported workshop file away from the library's process (childReader in the app). */
  readWorkshopFile: WorkshopFileReader;
}

export function createHandlers({ db, clock, info, readWorkshopFile }: HandlerContext): Handlers {
  return {
    appInfo: () => info,
    listWorkshops: ({ includeArchived }) => listWorkshops(db, includeArchived ?? false),
    createWorkshop: ({ title, client }) => createWorkshop(db, clock, title, client),
    openWorkshop: ({ id }) => openWorkshop(db, id),
    renameWorkshop: ({ id, title }) => renameWorkshop(db, clock, id, title),
    duplicateWorkshop: ({ id }) => duplicateWorkshop(db, clock, id),
    startNextRound: ({ id }) => startNextRound(db, clock, id),
    archiveWorkshop: ({ id, archived }) => archiveWorkshop(db, clock, id, archived),
    deleteWorkshop: ({ id }) => {
      deleteWorkshop(db, id);
      return { deleted: true as const };
    },
    applyOps: ({ workshopId, ops }) => applyOpsToDb(db, workshopId, ops, clock.now()),
    // The exporters (pdfkit, exceljs and a font) are loaded on first use: starting the app, or a
    // bridge, does not pay for them.
    exportActionList: async ({ workshopId, format }) => {
      const doc = openWorkshop(db, workshopId);
      const { exportActionList } = await import('./export/action-list');
      return exportActionList(doc, format, getBranding(db), new Date(clock.now()));
    },
    exportReport: async ({ workshopId }) => {
      const doc = openWorkshop(db, workshopId);
      const { exportReport } = await import('./export/report');
      return exportReport(doc, getBranding(db), new Date(clock.now()));
    },
    reportOutline: async ({ workshopId }) => {
      const doc = openWorkshop(db, workshopId);
      const { reportOutline } = await import('./export/report');
      return reportOutline(doc, getBranding(db), new Date(clock.now()));
    },
    exportWorkshopFile: ({ workshopId }) => exportWorkshopFile(db, workshopId),
    importWorkshopFile: ({ content }) => importWorkshopFile(db, clock, readWorkshopFile, Buffer.from(content, 'base64')),
    getBranding: () => getBranding(db),
    saveBranding: (branding) => saveBranding(db, branding),
  };
}
