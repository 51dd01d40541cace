/**
 * Reading survey exports: bytes to text, then text to records (RFC 4180).
 *
 * - Text: UTF-8 (with or without BOM), or UTF-16 with a BOM (Excel's "Unicode text"). Anything
 *   else that is not valid UTF-8 is refused with advice, rather than read as garbage.
 * - Records: quoted fields, doubled quotes inside them, commas and line breaks inside quotes,
 *   CRLF or LF line ends; the separator (comma, semicolon or tab) is read from the header line,
 *   outside quotes. Every record keeps the line number it started on, for error messages.
 */
import { msg } from '../strings';

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, error: msg.csv.notUtf8 };
  }
}

export interface CsvRecord {
  /** The line of the file this record starts on (1 is the header). */
  line: number;
  cells: string[];
}

export interface Csv {
  separator: ',' | ';' | '\t';
  header: string[];
  records: CsvRecord[];
}

export type Parsed = { ok: true; value: Csv } | { ok: false; error: string };

/** The separator that splits the header best: the most frequent of , ; and tab outside quotes. */
export function detectSeparator(text: string): Csv['separator'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export function parseCsv(text: string, separator: Csv['separator'] = detectSeparator(text)): Parsed {
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteOpenedOn = 0;
  const n = text.length;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    // A blank line is not a record (a trailing newline, or spacing between blocks).
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteOpenedOn = line;
    } else if (ch === separator) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // Text after a closing quote ("a"b) is kept, as spreadsheets do.
      cell += ch;
    }
  }
  if (quoted) return { ok: false, error: msg.csv.unclosedQuote(quoteOpenedOn) };
  if (cell !== '' || cells.length > 0) endRecord();

  const [header, ...records] = rows;
  if (!header) return { ok: false, error: msg.csv.empty };
  return { ok: true, value: { separator, header: header.cells.map((h) => h.trim()), records } };
}
