/**
 * The names of the API's channels and nothing else, so that the Electron preload can expose one
 * named function per channel without bundling the validators.
 */
export const CHANNELS = [
  'appInfo',
  'listWorkshops',
  'createWorkshop',
  'openWorkshop',
  'renameWorkshop',
  'duplicateWorkshop',
  'startNextRound',
  'laterRounds',
  'archiveWorkshop',
  'deleteWorkshop',
  'applyOps',
  'workshopChanges',
  'exportActionList',
  'exportReport',
  'reportOutline',
  'exportProgress',
  'exportWorkshopFile',
  'importWorkshopFile',
  'readSheet',
  'getBranding',
  'saveBranding',
  'openRoom',
  'closeRoom',
  'roomStatus',
  'showInRoom',
  'setRoomOptions',
  'takeFromRoom',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Channels whose handler answers later: the PDF and XLSX writers stream; an imported file is
 * read in a child process; the room's server starts and stops, and its status waits for news. */
export type LaterChannel = 'exportActionList' | 'exportReport' | 'reportOutline' | 'exportProgress' | 'importWorkshopFile' | 'readSheet' | 'openRoom' | 'closeRoom' | 'roomStatus';

/** Commands the native menu sends to the page (the page owns undo: it knows what an edit is). */
export const MENU_COMMANDS = ['undo', 'redo', 'shortcuts'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
