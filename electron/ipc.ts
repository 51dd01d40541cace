/**
 * Binds the handler table to ipcMain. Every call is checked: it must come from our own page's
 * main frame (app://touchpoint), and its input is parsed against the contract by dispatch().
 */
import type { IpcMain, IpcMainEvent, WebContents, WebFrameMain } from 'electron';
import { z } from 'zod';
import { uuidSchema } from '../shared/model/fields';
import { catchUpEvents, feedWants, type ChangeFeed } from './feed';
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

/** What a window asks to hear: one workshop's batches, or the library's changes, from `since`. */
const feedRequest = z.strictObject({ workshopId: uuidSchema.nullable(), since: z.number().int().min(0).nullable() });

/**
 * The change feed over IPC: a window subscribes (one subscription each: a window shows one
 * workshop, or the library) and is sent every event it wants, starting with what it missed.
 */
export function bindFeed(ipcMain: IpcMain, feed: ChangeFeed): void {
  const subscribed = new Map<WebContents, string | null>();
  feed.subscribe((event) => {
    for (const [contents, workshopId] of subscribed) {
      if (contents.isDestroyed()) subscribed.delete(contents);
      else if (feedWants(workshopId, event)) contents.send('tp:feed', event);
    }
  });
  ipcMain.on('tp:feed:subscribe', (event: IpcMainEvent, input: unknown) => {
    if (!isTrustedFrame(event.senderFrame)) return;
    const parsed = feedRequest.safeParse(input);
    if (!parsed.success) return;
    const contents = event.sender;
    if (!subscribed.has(contents)) contents.once('destroyed', () => subscribed.delete(contents));
    subscribed.set(contents, parsed.data.workshopId);
    for (const missed of catchUpEvents(feed, parsed.data.workshopId, parsed.data.since)) contents.send('tp:feed', missed);
  });
  ipcMain.on('tp:feed:unsubscribe', (event: IpcMainEvent) => {
    if (isTrustedFrame(event.senderFrame)) subscribed.delete(event.sender);
  });
}
