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

contextBridge.exposeInMainWorld('touchpoint', Object.freeze(api));
