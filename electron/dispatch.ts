/**
 * The one door into the handler table, shared by Electron's IPC and the web bridge: checks the
 * channel, parses the input against the contract, runs the handler, and answers with
 * `{ok: true, value}` or `{ok: false, error: {code, message}}`. Nothing else crosses.
 */
import { contract, describeIssues, type Channel, type Result } from '../shared/api';
import { CHANNELS } from '../shared/channels';
import { msg } from '../shared/strings';
import { AppError } from './errors';
import type { Handlers } from './handlers';

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  log: (err: unknown) => void = (err) => console.error(err),
): Result<unknown> | Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown_channel', message: msg.errors.unknownChannel } };
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: msg.errors.invalidInput(describeIssues(parsed.error)) } };
  }
  const refuse = (err: unknown): Result<unknown> => {
    if (err instanceof AppError) {
      return { ok: false, error: { code: err.code, message: err.message, ...(err.conflicts ? { conflicts: err.conflicts } : {}) } };
    }
    // Another connection holds the database for longer than the busy timeout: worth trying again.
    if ((err as { code?: string } | null)?.code === 'SQLITE_BUSY') return { ok: false, error: { code: 'busy', message: msg.errors.network } };
    log(err);
    return { ok: false, error: { code: 'internal', message: msg.errors.internal } };
  };
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = handler(parsed.data);
    // Exporters that stream (PDF, XLSX) answer later; everything touching SQLite answers at once.
    if (value instanceof Promise) return value.then((v: unknown): Result<unknown> => ({ ok: true, value: v }), refuse);
    return { ok: true, value };
  } catch (err) {
    return refuse(err);
  }
}
