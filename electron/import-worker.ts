/**
 * The child process that reads an imported file away from the library's process: a workshop file
 * (electron/db/workshop-file-reader.ts), given its path, or with `--sheet` an Excel sheet of sticky
 * notes (electron/sheets/read-xlsx.ts). Main starts it with the path of its private temporary copy
 * of the file; it answers with one JSON document on stdout and exits. It never opens the library.
 */
import { readWorkshopFile } from './db/workshop-file-reader';
import { readXlsx } from './sheets/read-xlsx';
import { AppError } from './errors';

function workshop(file: string | undefined): unknown {
  if (!file) return { ok: false };
  try {
    return { ok: true, value: readWorkshopFile(file) };
  } catch (err) {
    // Only our own refusals carry a message; anything else is reported by main as damage.
    return err instanceof AppError ? { ok: false, message: err.message } : { ok: false };
  }
}

async function sheet(file: string | undefined): Promise<unknown> {
  if (!file) return { ok: false };
  try {
    return { ok: true, value: await readXlsx(file) };
  } catch (err) {
    return { ok: false, ...(err instanceof Error && err.message === 'too many rows' ? { tooMany: true } : {}) };
  }
}

const [first, second] = process.argv.slice(2);
const answer = first === '--sheet' ? sheet(second) : Promise.resolve(workshop(first));
void answer.then((a) => process.stdout.write(JSON.stringify(a)));
