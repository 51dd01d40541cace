/**
 * Printing a map (the journey map, the blueprint) on landscape pages, as shared/layout/tiles.ts
 * cuts it: whole on one page when it reads there, else an overview and then detail pages, each
 * with the stage headers along its top and the lane headers down its side, and naming its stages.
 *
 * Nothing on a map page prints below 7 pt: detail pages are drawn at no less than MIN_SCALE, and
 * the overview draws its shapes without their text and writes the stage and lane names at 8 pt.
 */
import { GEOMETRY, type Box } from '../../../shared/layout/journey-layout';
import { mapPageArea, mapPages, tileFrame, tileScale, type Tile } from '../../../shared/layout/tiles';
import { msg } from '../../../shared/strings';
import { addPage, FONT, INK, type Pdf } from './document';

export interface Grid {
  /** `phase`: the name of the phase the stage belongs to, drawn as a band across its run. */
  columns: readonly { x: number; width: number; label: string; phase?: string }[];
  rows: readonly { y: number; height: number; label: string; shade?: boolean }[];
  /** Draws every item whose box meets `view`, in map coordinates; without text on an overview. */
  drawContent(doc: Pdf, view: Box, overview: boolean): void;
}

const OVERVIEW_LABEL_PT = 8;
const PHASE_BAND = 20;

/** The width of the phase that starts at column i, up to the end of this page's columns. */
function runWidth(cols: readonly { width: number; phase?: string }[], i: number): number {
  let w = 0;
  for (let j = i; j < cols.length && cols[j]!.phase === cols[i]!.phase; j++) w += cols[j]!.width;
  return w;
}

/** Draws the map over as many landscape pages as it needs, each titled `title`. */
export function drawTiled(doc: Pdf, title: string, grid: Grid, legend?: string): void {
  if (grid.columns.length === 0) return;
  addPage(doc, 'landscape');
  const area = mapPageArea({ width: doc.page.height, height: doc.page.width });
  for (const [i, page] of mapPages(grid, area).entries()) {
    if (i > 0) addPage(doc, 'landscape');
    const left = doc.page.margins.left - 14;
    const subtitle =
      page.kind === 'overview'
        ? msg.report.mapOverview
        : page.kind === 'detail'
          ? msg.report.mapDetail(page.stages[0], page.stages[1], page.of, grid.columns.slice(page.stages[0] - 1, page.stages[1]).map((c) => c.label))
          : '';
    doc.font(FONT.bold).fontSize(13).fillColor(INK.text).text(subtitle ? `${title} · ${subtitle}` : title, left, doc.page.margins.top - 20, { lineBreak: false, width: doc.page.width - 2 * left, ellipsis: true, height: 16 });
    if (legend) doc.font(FONT.body).fontSize(8).fillColor(INK.muted).text(legend, left, doc.page.margins.top - 2, { lineBreak: false });
    drawTile(doc, grid, page.tile, left, doc.page.margins.top + 16, area, page.kind === 'overview');
  }
}

function drawTile(doc: Pdf, grid: Grid, tile: Tile, left: number, top: number, area: { width: number; height: number }, overview: boolean): void {
  const g = GEOMETRY;
  const { cols, rows, x0, y0, width: w, height: h, span } = tileFrame(grid, tile);
  const scale = tileScale(span, h, area);
  // Map coordinates run far below the page's own bottom; no text may start a new page.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = -1e7;
  doc.save();
  doc.translate(left, top);
  doc.scale(scale);

  // Stage headers along the top, lane headers down the side. With phases, each header gives its
  // top to a band of its phase's colour, named once where the phase (or this page's part of it) starts.
  const phased = cols.some((c) => c.phase);
  cols.forEach((c, i) => {
    const x = g.laneHeaderWidth + c.x - x0;
    doc.rect(x, 0, c.width, g.stageHeaderHeight - 6).fill(INK.accentWeak);
    if (c.phase) {
      // A hair of white where one phase meets the next.
      const gapBefore = i > 0 && cols[i - 1]!.phase !== c.phase ? 1.5 : 0;
      const gapAfter = i < cols.length - 1 && cols[i + 1]!.phase !== c.phase ? 1.5 : 0;
      doc.rect(x + gapBefore, 0, c.width - gapBefore - gapAfter, PHASE_BAND).fill(INK.accent);
      const starts = i === 0 || cols[i - 1]!.phase !== c.phase;
      if (starts && !overview) doc.font(FONT.bold).fontSize(11).fillColor('#ffffff').text(c.phase, x + 10, 4, { width: runWidth(cols, i) - 20, height: 14, ellipsis: true, lineBreak: false });
    }
    if (!overview) doc.font(FONT.bold).fontSize(phased ? 13 : 15).fillColor(INK.text).text(c.label, x + 12, phased ? PHASE_BAND + 6 : 14, { width: c.width - 24, height: phased ? 16 : g.stageHeaderHeight - 20, ellipsis: true });
  });
  rows.forEach((r) => {
    const y = g.stageHeaderHeight + r.y - y0;
    if (r.shade) doc.rect(0, y, span, r.height).fill('#f7f8fa');
    doc.moveTo(0, y).lineTo(span, y).lineWidth(1).strokeColor(INK.border).stroke();
    if (!overview) doc.font(FONT.bold).fontSize(13).fillColor(INK.muted).text(r.label, 10, y + 12, { width: g.laneHeaderWidth - 20, height: r.height - 16, ellipsis: true });
  });
  cols.forEach((c) => {
    const x = g.laneHeaderWidth + c.x - x0;
    doc.moveTo(x, phased ? PHASE_BAND : 0).lineTo(x, g.stageHeaderHeight + h).lineWidth(1).strokeColor(INK.border).stroke();
  });

  doc.save();
  doc.rect(g.laneHeaderWidth, g.stageHeaderHeight, w, h).clip();
  doc.translate(g.laneHeaderWidth - x0, g.stageHeaderHeight - y0);
  grid.drawContent(doc, { x: x0, y: y0, width: w, height: h }, overview);
  doc.restore();
  doc.restore();

  if (overview) {
    // The names, at a size that reads, in page coordinates over the scaled drawing.
    doc.font(FONT.bold).fontSize(OVERVIEW_LABEL_PT).fillColor(INK.text);
    if (phased && PHASE_BAND * scale >= OVERVIEW_LABEL_PT + 2) {
      doc.fillColor('#ffffff');
      cols.forEach((c, i) => {
        if (!c.phase || (i > 0 && cols[i - 1]!.phase === c.phase)) return;
        doc.text(c.phase, left + (g.laneHeaderWidth + c.x - x0) * scale + 3, top + 1, { width: runWidth(cols, i) * scale - 6, height: OVERVIEW_LABEL_PT * 1.3, ellipsis: true, lineBreak: false });
      });
      doc.fillColor(INK.text);
    }
    cols.forEach((c) => {
      const x = left + (g.laneHeaderWidth + c.x - x0) * scale;
      const y = top + (phased ? PHASE_BAND * scale + 2 : 4);
      doc.text(c.label, x + 3, y, { width: c.width * scale - 6, height: Math.max(OVERVIEW_LABEL_PT * 1.3, (g.stageHeaderHeight - 10 - (phased ? PHASE_BAND : 0)) * scale), ellipsis: true });
    });
    doc.fillColor(INK.muted);
    rows.forEach((r) => {
      const y = top + (g.stageHeaderHeight + r.y - y0) * scale;
      doc.text(r.label, left + 3, y + 3, { width: g.laneHeaderWidth * scale - 6, height: Math.max(OVERVIEW_LABEL_PT * 1.3, r.height * scale - 6), ellipsis: true });
    });
  }
  doc.page.margins.bottom = bottom;
}

export const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
