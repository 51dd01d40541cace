/**
 * Writing tables for other programs: CSV by RFC 4180 (fields quoted when they hold a comma, a
 * quote or a line break; quotes doubled; CRLF between records), led by a UTF-8 byte-order mark
 * so Excel reads accents right; and Markdown tables with their pipes and line breaks escaped.
 */
export const UTF8_BOM = '\uFEFF';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A formula-looking cell (=, +, -, @) is prefixed with ' so a spreadsheet shows it, not runs it. */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map((v) => csvField(defuse(v))).join(',')).join('\r\n') + '\r\n';
}

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function toMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
