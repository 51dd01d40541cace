/**
 * Binds the handler table to ipcMain. Every call is checked: it must come from our own page's
 * main frame (app://touchpoint), and its input is parsed against the contract by dispatch().
 */
import type { IpcMain, WebFrameMain } from 'electron';
import { CHANNELS } from '../shared/channels';
import { msg } from '../shared/strings';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { APP_HOST, APP_SCHEME } from './app-protocol';

export const ipcChannel = (channel: string) => `tp:${channel}`;

export function isTrustedFrame(frame: Pick<WebFrameMain, 'url' | 'parent'> | null): boolean {
  if (!frame || frame.parent) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export function bindIpc(ipcMain: IpcMain, handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannel(channel), (event, input: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: msg.errors.forbidden } };
      }
      return dispatch(handlers, channel, input);
    });
  }
}
