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
  'archiveWorkshop',
  'deleteWorkshop',
  'applyOps',
  'exportActionList',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Commands the native menu sends to the page (the page owns undo: it knows what an edit is). */
export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
