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

export function drawTable(doc: Pdf, columns: readonly Column[], rows: readonly (readonly Cell[])[]): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * contentWidth(doc));
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
