/**
 * An error meant for the user: it crosses the IPC seam as `{code, message}`. Anything else thrown
 * in a handler is logged in main and reported as `internal`, never as a stack trace.
 */
import type { ApiError, ConflictedRow } from '../shared/api';
import { msg } from '../shared/strings';

export type { ConflictedRow };

export class AppError extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
    readonly conflicts?: ConflictedRow[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A batch held back because another view changed the same fields (or built on a row that an
 * undo would delete). The view settles it with the rows named here (docs/sessions.md). */
export class ConflictError extends AppError {
  constructor(conflicts: ConflictedRow[]) {
    super('conflict', msg.errors.changedElsewhere, conflicts);
    this.name = 'ConflictError';
  }
}
