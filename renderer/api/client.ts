/**
 * The renderer's door to main. In Electron the preload exposes `window.touchpoint`; in a plain
 * browser the same calls go to the web bridge on 127.0.0.1. Either way the answer is the
 * contract's `{ok, value} | {ok, error}`; `call` turns an error answer into a thrown ApiFailure.
 */
import type { ApiError, Channel, Input, Output, Result, TouchpointApi } from '../../shared/api';
import { CHANNELS, type MenuCommand } from '../../shared/channels';
import { msg } from '../../shared/strings';

type DesktopApi = TouchpointApi & { onMenuCommand?: (cb: (command: MenuCommand) => void) => () => void };

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

export function errorMessage(err: unknown): string {
  if (err instanceof ApiFailure) return err.error.message;
  return msg.errors.internal;
}
