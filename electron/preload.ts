/**
 * The preload: the page's only door to main. It exposes one named function per API channel and
 * a menu-command subscription, nothing else; never ipcRenderer itself. With the sandbox on it is
 * bundled into one CommonJS file that requires only `electron` (a test checks both).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from '../shared/channels';

const api: Record<string, unknown> = {};
for (const channel of CHANNELS) {
  api[channel] = (input: unknown) => ipcRenderer.invoke(`tp:${channel}`, input);
}
api.onMenuCommand = (callback: (command: MenuCommand) => void) => {
  const listener = (_event: IpcRendererEvent, command: unknown) => {
    if ((MENU_COMMANDS as readonly unknown[]).includes(command)) callback(command as MenuCommand);
  };
  ipcRenderer.on('tp:menu', listener);
  return () => {
    ipcRenderer.removeListener('tp:menu', listener);
  };
};

// The change feed: main sends every batch this window subscribed to (a workshop, or the library).
api.subscribeFeed = (workshopId: string | null, since: number | null, callback: (event: unknown) => void) => {
  const listener = (_event: IpcRendererEvent, change: unknown) => callback(change);
  ipcRenderer.on('tp:feed', listener);
  ipcRenderer.send('tp:feed:subscribe', { workshopId, since });
  return () => {
    ipcRenderer.removeListener('tp:feed', listener);
    ipcRenderer.send('tp:feed:unsubscribe');
  };
};

// Whether the page holds edits not on disk yet: main waits for them before closing the window.
api.reportUnsaved = (unsaved: unknown) => ipcRenderer.send('tp:unsaved', unsaved === true);

contextBridge.exposeInMainWorld('touchpoint', Object.freeze(api));
