/**
 * A sheet of sticky notes brought in as an Excel file: checked in main (size, that it is a zip at
 * all), read in the import child process (electron/sheets/read-xlsx.ts) within time and memory
 * bounds, and its answer checked again before the page sees it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MAX_SHEET_BYTES, MAX_SHEET_ROWS } from '../../shared/api';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { runWorker, WorkerFailed, type WorkerCommand, type WorkerLimits } from '../worker-process';

export type SheetReader = (file: string) => Promise<unknown>;

export const SHEET_LIMITS: WorkerLimits = { timeoutMs: 20_000, maxOutputBytes: 16 * MAX_SHEET_BYTES, maxHeapMb: 512 };

const refuse = (message: string): never => {
  throw new AppError('invalid_input', message);
};

/** The reader the app uses: the import worker in a child process, asked to read a sheet. */
export function childSheetReader(worker: WorkerCommand, limits: WorkerLimits = SHEET_LIMITS): SheetReader {
  return async (file) => {
    try {
      return await runWorker(worker, ['--sheet', file], limits);
    } catch (err) {
      if (err instanceof WorkerFailed && err.reason === 'timeout') refuse(msg.exports.tookTooLong(Math.round(limits.timeoutMs / 1000)));
      if (err instanceof WorkerFailed && err.reason === 'too-much-output') refuse(msg.exports.fileTooBig);
      if (err instanceof WorkerFailed && err.reason === 'unstartable') throw err;
      return refuse(msg.journey.noteImport.notATable);
    }
  };
}

const answerSchema = z.union([
  z.strictObject({
    ok: z.literal(true),
    value: z.strictObject({
      header: z.array(z.string().max(5000)).max(30),
      records: z.array(z.strictObject({ line: z.number().int().min(1), cells: z.array(z.string().max(5000)).max(30) })).max(MAX_SHEET_ROWS),
    }),
  }),
  z.strictObject({ ok: z.literal(false), tooMany: z.boolean().optional() }),
]);

/** The rows of an .xlsx file's first sheet; refuses anything else with a message for the user. */
export async function readSheetFile(read: SheetReader, bytes: Buffer): Promise<{ header: string[]; records: { line: number; cells: string[] }[] }> {
  if (bytes.length > MAX_SHEET_BYTES) refuse(msg.exports.fileTooBig);
  // An .xlsx is a zip: "PK\x03\x04".
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) refuse(msg.journey.noteImport.notATable);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-'));
  const file = path.join(dir, 'sheet.xlsx');
  let answer: unknown;
  try {
    fs.writeFileSync(file, bytes, { mode: 0o600 });
    answer = await read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const checked = answerSchema.safeParse(answer);
  if (!checked.success) return refuse(msg.journey.noteImport.notATable);
  if (!checked.data.ok) return refuse(checked.data.tooMany ? msg.journey.noteImport.tooManyRows(MAX_SHEET_ROWS) : msg.journey.noteImport.notATable);
  if (checked.data.value.header.length === 0) refuse(msg.journey.noteImport.notATable);
  return checked.data.value;
}
