/**
 * An error meant for the user: it crosses the IPC seam as `{code, message}`. Anything else thrown
 * in a handler is logged in main and reported as `internal`, never as a stack trace.
 */
import type { ApiError } from '../shared/api';

export class AppError extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
