/**
 * A table that flows over pages: each row as tall as its tallest cell, the header repeated at the
 * top of every page, and a row never split across two pages.
 */
import { contentWidth, ensureSpace, FONT, INK, nextPage, type Pdf } from './document';

export interface Column {
  header: string;
  /** Share of the table's width. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export type Cell = string | { text: string; fill?: string; color?: string; bold?: boolean };

const PAD_X = 5;
const PAD_Y = 4;
const SIZE = 8.5;

const textOf = (c: Cell) => (typeof c === 'string' ? c : c.text);

/**
 * Column widths from their weights, widened where a column's longest word would not fit (and
 * narrowed elsewhere to pay for it), so no ordinary word is broken inside ("Stat us"). A word
 * wider than any column could be still wraps, as it must.
 */
export function columnWidths(total: number, weights: readonly number[], longestWord: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * total);
  const need = longestWord.map((w) => w + 2 * PAD_X + 0.5);
  if (need.reduce((a, b) => a + b, 0) > total) return widths;
  for (let pass = 0; pass < 4; pass++) {
    const short = widths.reduce((s, w, i) => s + Math.max(0, need[i]! - w), 0);
    if (short <= 0.01) break;
    const spare = widths.reduce((s, w, i) => s + Math.max(0, w - need[i]!), 0);
    widths.forEach((w, i) => {
      if (w < need[i]!) widths[i] = need[i]!;
      else widths[i] = w - ((w - need[i]!) / spare) * short;
    });
  }
  return widths;
}

export function drawTable(doc: Pdf, columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
  const left = doc.page.margins.left;
  const longest = columns.map((c, i) =>
    Math.max(
      ...[c.header, ...rows.map((r) => r[i] ?? '')].map((cell, k) => {
        const header = k === 0;
        doc.font(header || (typeof cell !== 'string' && cell.bold) ? FONT.bold : FONT.body).fontSize(SIZE);
        return Math.max(0, ...textOf(cell).split(/\s+/).map((word) => doc.widthOfString(word)));
      }),
    ),
  );
  const widths = columnWidths(contentWidth(doc), columns.map((c) => c.weight), longest);
  const heightOf = (cells: readonly Cell[], bold: boolean) =>
    Math.max(
      ...cells.map((c, i) => {
        doc.font(bold || (typeof c !== 'string' && c.bold) ? FONT.bold : FONT.body).fontSize(SIZE);
        return doc.heightOfString(textOf(c) || ' ', { width: widths[i]! - 2 * PAD_X });
      }),
    ) +
    2 * PAD_Y;

  const drawRow = (cells: readonly Cell[], header: boolean) => {
    const h = heightOf(cells, header);
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = widths[i]!;
      const fill = header ? INK.header : typeof c === 'string' ? undefined : c.fill;
      if (fill) doc.rect(x, y, w, h).fill(fill);
      doc
        .font(header || (typeof c !== 'string' && c.bold) ? FONT.bold : FONT.body)
        .fontSize(SIZE)
        .fillColor(header ? INK.muted : typeof c === 'string' ? INK.text : (c.color ?? INK.text))
        .text(textOf(c), x + PAD_X, y + PAD_Y, { width: w - 2 * PAD_X, align: columns[i]!.align ?? 'left' });
      x += w;
    });
    doc
      .moveTo(left, y + h)
      .lineTo(left + widths.reduce((a, b) => a + b, 0), y + h)
      .lineWidth(0.5)
      .strokeColor(header ? INK.rule : INK.border)
      .stroke();
    doc.x = left;
    doc.y = y + h;
  };

  const header = columns.map((c) => c.header);
  ensureSpace(doc, heightOf(header, true) + (rows[0] ? heightOf(rows[0], false) : 0));
  drawRow(header, true);
  for (const row of rows) {
    const h = heightOf(row, false);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      nextPage(doc);
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  doc.moveDown(0.8);
}
