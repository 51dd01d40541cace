/**
 * The child process that reads an imported workshop file (electron/db/workshop-file-reader.ts).
 * Main starts it with the path of its private temporary copy of the file; it answers with one
 * JSON document on stdout and exits. It never opens the library.
 */
import { readWorkshopFile } from './db/workshop-file-reader';
import { AppError } from './errors';

function answer(): unknown {
  const file = process.argv[2];
  if (!file) return { ok: false };
  try {
    return { ok: true, value: readWorkshopFile(file) };
  } catch (err) {
    // Only our own refusals carry a message; anything else is reported by main as damage.
    return err instanceof AppError ? { ok: false, message: err.message } : { ok: false };
  }
}

process.stdout.write(JSON.stringify(answer()));
