/**
 * Writing tables for other programs: CSV by RFC 4180 (quotes doubled; CRLF between records), led
 * by a UTF-8 byte-order mark so Excel reads accents right; and Markdown tables with their pipes,
 * line breaks, HTML and link syntax escaped.
 *
 * A field is quoted when it holds a comma, a semicolon, a tab, a quote or a line break: Excel in
 * most of Europe splits on semicolons, and an unquoted "Review;=1+1" would become a live formula.
 */
export const UTF8_BOM = '\uFEFF';

function csvField(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A formula-looking cell (=, +, -, @) is prefixed with ' so a spreadsheet shows it, not runs it;
 * so is one that follows a separator inside the field, for a program that ignores the quotes.
 */
function defuse(value: string): string {
  const inside = value.replace(/([,;\t])([=+\-@])/g, "$1'$2");
  return /^[=+\-@\t\r]/.test(inside) ? `'${inside}` : inside;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header, ...rows].map((r) => r.map((v) => csvField(defuse(v))).join(',')).join('\r\n') + '\r\n';
}

/** Text in a Markdown cell shows as typed: no HTML, no links or images, no table breaks. */
function mdCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?\w+;)/g, '&amp;') // only where it would start an entity: "Service & support" stays
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([[\]()!`*_])/g, '\\$1')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function toMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
