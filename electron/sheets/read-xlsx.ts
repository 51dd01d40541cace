/**
 * Reading the first worksheet of an Excel file as text rows. It runs in the import child process
 * (electron/import-worker.ts), never in main: a crafted .xlsx (a zip) can expand far beyond its
 * size, and that must not be the process holding the user's library.
 */
import ExcelJS from 'exceljs';
import { MAX_SHEET_ROWS } from '../../shared/api';

const MAX_COLUMNS = 30;
const MAX_CELL = 5000;

export interface SheetRows {
  header: string[];
  records: { line: number; cells: string[] }[];
}

export async function readXlsx(file: string): Promise<SheetRows> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) return { header: [], records: [] };
  const rows: { line: number; cells: string[] }[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (rows.length > MAX_SHEET_ROWS) {
      tooMany = true;
      return;
    }
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++) cells.push(textOf(row.getCell(c)).slice(0, MAX_CELL));
    rows.push({ line, cells });
  });
  if (tooMany) throw new Error('too many rows');
  const [head, ...records] = rows;
  return { header: head?.cells ?? [], records };
}

/** What the cell shows: a formula's result, a rich text's words, a date as its day. */
function textOf(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'result' in v) return v.result === undefined || v.result === null ? '' : String(v.result instanceof Date ? v.result.toISOString().slice(0, 10) : v.result);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}
