/**
 * Printing a canvas that is wider and taller than a page: the map is cut into tiles at column
 * and row boundaries (no sticky note is ever cut in half), each tile drawn on its own landscape
 * page with the stage headers along its top and the lane headers down its side, so every page
 * reads on its own. Columns per page are chosen so text stays readable (scale ≥ MIN_SCALE).
 */
import { GEOMETRY, type Box } from '../../../shared/layout/journey-layout';
import { addPage, FONT, INK, type Pdf } from './document';

const MIN_SCALE = 0.45;

export interface Grid {
  columns: readonly { x: number; width: number; label: string }[];
  rows: readonly { y: number; height: number; label: string; shade?: boolean }[];
  /** Draws every item whose box meets `view`, in map coordinates. */
  drawContent(doc: Pdf, view: Box): void;
}

export interface Tile {
  cols: [number, number];
  rows: [number, number];
}

/** Column and row ranges (inclusive) of each page, for a usable area in points. */
export function tiles(grid: Pick<Grid, 'columns' | 'rows'>, area: { width: number; height: number }): Tile[] {
  const g = GEOMETRY;
  const perPage = Math.max(1, Math.floor((area.width / MIN_SCALE - g.laneHeaderWidth) / g.columnWidth));
  const colRanges: [number, number][] = [];
  for (let i = 0; i < grid.columns.length; i += perPage) colRanges.push([i, Math.min(grid.columns.length, i + perPage) - 1]);
  const out: Tile[] = [];
  for (const cols of colRanges) {
    const span = g.laneHeaderWidth + (cols[1] - cols[0] + 1) * g.columnWidth;
    // Rows may shrink the page a little further than its width does, but never below MIN_SCALE.
    const scale = Math.max(MIN_SCALE, 0.75 * Math.min(1, area.width / span));
    const room = area.height / scale - g.stageHeaderHeight;
    let start = 0;
    while (start < grid.rows.length) {
      let end = start;
      let used = grid.rows[start]!.height;
      while (end + 1 < grid.rows.length && used + grid.rows[end + 1]!.height <= room) used += grid.rows[++end]!.height;
      out.push({ cols, rows: [start, end] });
      start = end + 1;
    }
    if (grid.rows.length === 0) out.push({ cols, rows: [0, -1] });
  }
  return out;
}

/** Draws the grid over as many landscape pages as it needs, each titled `title`. */
export function drawTiled(doc: Pdf, title: string, grid: Grid, legend?: string): void {
  if (grid.columns.length === 0) return;
  const g = GEOMETRY;
  const probe = { width: 841.89 - 72, height: 595.28 - 56 - 56 - 30 };
  for (const tile of tiles(grid, probe)) {
    addPage(doc, 'landscape');
    const left = doc.page.margins.left - 14;
    doc.font(FONT.bold).fontSize(13).fillColor(INK.text).text(title, left, doc.page.margins.top - 20, { lineBreak: false });
    if (legend) doc.font(FONT.body).fontSize(8).fillColor(INK.muted).text(legend, left, doc.page.margins.top - 2, { lineBreak: false });
    const cols = grid.columns.slice(tile.cols[0], tile.cols[1] + 1);
    const rows = grid.rows.slice(tile.rows[0], tile.rows[1] + 1);
    const x0 = cols[0]!.x;
    const y0 = rows[0]?.y ?? g.stageHeaderHeight;
    const w = cols.reduce((s, c) => s + c.width, 0);
    const h = rows.reduce((s, r) => s + r.height, 0);
    const span = g.laneHeaderWidth + w;
    const scale = Math.min(probe.width / span, probe.height / (g.stageHeaderHeight + h), 1);
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
