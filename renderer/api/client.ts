/**
 * The renderer's door to main. In Electron the preload exposes `window.touchpoint`; in a plain
 * browser the same calls go to the web bridge on 127.0.0.1. Either way the answer is the
 * contract's `{ok, value} | {ok, error}`; `call` turns an error answer into a thrown ApiFailure.
 */
import type { ApiError, Channel, FeedEvent, Input, Output, Result, TouchpointApi } from '../../shared/api';
import { CHANNELS, type MenuCommand } from '../../shared/channels';
import { msg } from '../../shared/strings';

type DesktopApi = TouchpointApi & {
  onMenuCommand?: (cb: (command: MenuCommand) => void) => () => void;
  subscribeFeed?: (workshopId: string | null, since: number | null, cb: (event: FeedEvent) => void) => () => void;
  reportUnsaved?: (unsaved: boolean) => void;
};

declare global {
  interface Window {
    touchpoint?: DesktopApi;
  }
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

function webBridge(): TouchpointApi {
  const api = {} as Record<Channel, (input: unknown) => Promise<Result<unknown>>>;
  for (const channel of CHANNELS) {
    api[channel] = async (input) => {
      try {
        const res = await fetch(`./api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
        // 403: the bridge restarted with another key, or lost it. Either way the edit is not
        // refused for what it holds, and trying again later may succeed.
        if (!res.ok) return { ok: false, error: { code: res.status === 403 ? 'forbidden' : 'network', message: msg.errors.network } };
        return (await res.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'network', message: msg.errors.network } };
      }
    };
  }
  return api as unknown as TouchpointApi;
}

export const api: TouchpointApi = window.touchpoint ?? webBridge();
export const isDesktop = window.touchpoint !== undefined;

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const fn = api[channel] as (input: Input<C>) => Promise<Result<Output<C>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

/** The native menu's Undo/Redo, in Electron; a no-op subscription in the browser. */
export function onMenuCommand(cb: (command: MenuCommand) => void): () => void {
  return window.touchpoint?.onMenuCommand?.(cb) ?? (() => {});
}

/**
 * Follows main's change feed: one workshop's batches, or (workshopId null) the library's own
 * changes, starting after `since`. In Electron over IPC; in a browser as server-sent events,
 * which reconnect by themselves and resume from the last event seen.
 */
export function subscribeFeed(workshopId: string | null, since: number | null, onEvent: (event: FeedEvent) => void): () => void {
  if (window.touchpoint?.subscribeFeed) return window.touchpoint.subscribeFeed(workshopId, since, onEvent);
  const params = new URLSearchParams();
  if (workshopId) params.set('workshop', workshopId);
  if (since !== null) params.set('since', String(since));
  const source = new EventSource(`./api/feed?${params.toString()}`);
  source.onmessage = (m: MessageEvent<string>) => {
    try {
      onEvent(JSON.parse(m.data) as FeedEvent);
    } catch {
      // a line we cannot read is skipped; the next batch shows the gap and the view catches up
    }
  };
  return () => source.close();
}

/** Tells main (in Electron) whether edits are waiting, so closing the window waits for them. */
export function reportUnsaved(unsaved: boolean): void {
  window.touchpoint?.reportUnsaved?.(unsaved);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiFailure) return err.error.message;
  return msg.errors.internal;
}
