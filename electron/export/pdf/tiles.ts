/**
 * Printing a canvas that is wider and taller than a page: each tile (shared/layout/tiles.ts) on
 * its own landscape page, with the stage headers along its top and the lane headers down its
 * side, so every page reads on its own.
 */
import { GEOMETRY, type Box } from '../../../shared/layout/journey-layout';
import { tileFrame, tiles, tileScale } from '../../../shared/layout/tiles';
import { addPage, FONT, INK, type Pdf } from './document';

export interface Grid {
  columns: readonly { x: number; width: number; label: string }[];
  rows: readonly { y: number; height: number; label: string; shade?: boolean }[];
  /** Draws every item whose box meets `view`, in map coordinates. */
  drawContent(doc: Pdf, view: Box): void;
}

/** Draws the grid over as many landscape pages as it needs, each titled `title`. */
export function drawTiled(doc: Pdf, title: string, grid: Grid, legend?: string): void {
  if (grid.columns.length === 0) return;
  const g = GEOMETRY;
  for (const tile of tiles(grid)) {
    addPage(doc, 'landscape');
    const left = doc.page.margins.left - 14;
    doc.font(FONT.bold).fontSize(13).fillColor(INK.text).text(title, left, doc.page.margins.top - 20, { lineBreak: false });
    if (legend) doc.font(FONT.body).fontSize(8).fillColor(INK.muted).text(legend, left, doc.page.margins.top - 2, { lineBreak: false });
    const { cols, rows, x0, y0, width: w, height: h, span } = tileFrame(grid, tile);
    const scale = tileScale(span, h);
    // Map coordinates run far below the page's own bottom; no text may start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = -1e7;
    doc.save();
    doc.translate(left, doc.page.margins.top + 16);
    doc.scale(scale);

    // Stage headers along the top, lane headers down the side.
    cols.forEach((c) => {
      const x = g.laneHeaderWidth + c.x - x0;
      doc.rect(x, 0, c.width, g.stageHeaderHeight - 6).fill(INK.accentWeak);
      doc.font(FONT.bold).fontSize(15).fillColor(INK.text).text(c.label, x + 12, 14, { width: c.width - 24, height: g.stageHeaderHeight - 20, ellipsis: true });
    });
    rows.forEach((r) => {
      const y = g.stageHeaderHeight + r.y - y0;
      if (r.shade) doc.rect(0, y, span, r.height).fill('#f7f8fa');
      doc.moveTo(0, y).lineTo(span, y).lineWidth(1).strokeColor(INK.border).stroke();
      doc.font(FONT.bold).fontSize(13).fillColor(INK.muted).text(r.label, 10, y + 12, { width: g.laneHeaderWidth - 20, height: r.height - 16, ellipsis: true });
    });
    cols.forEach((c) => {
      const x = g.laneHeaderWidth + c.x - x0;
      doc.moveTo(x, 0).lineTo(x, g.stageHeaderHeight + h).lineWidth(1).strokeColor(INK.border).stroke();
    });

    doc.save();
    doc.rect(g.laneHeaderWidth, g.stageHeaderHeight, w, h).clip();
    doc.translate(g.laneHeaderWidth - x0, g.stageHeaderHeight - y0);
    grid.drawContent(doc, { x: x0, y: y0, width: w, height: h });
    doc.restore();
    doc.restore();
    doc.page.margins.bottom = bottom;
  }
}

export const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
