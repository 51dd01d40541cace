/**
 * Cutting a map that is wider and taller than a page into pages: at column and row boundaries
 * (no sticky note is ever cut in half), with as many columns per page as keep text readable.
 * The PDF writer draws these tiles and the Report step previews the same ones, so the preview
 * shows the pages the file will have.
 */
import { GEOMETRY } from './journey-layout';

/** The smallest text on a map is 13 px: at this scale it prints at 7 pt, the least that reads. */
export const MIN_SCALE = 0.55;
/** A small map is drawn larger to fill its page, up to this. */
export const MAX_SCALE = 1.6;

/** The drawing area of a landscape map page of this paper, in points, below its title. */
export function mapPageArea(paper: { width: number; height: number } = { width: 595.28, height: 841.89 }): { width: number; height: number } {
  return { width: paper.height - 72, height: paper.width - 56 - 56 - 30 };
}

/** The drawing area of an A4 landscape map page. */
export const MAP_PAGE_AREA = mapPageArea();

export interface Tile {
  /** Inclusive index ranges. */
  cols: [number, number];
  rows: [number, number];
}

export function tiles(
  grid: { columns: readonly unknown[]; rows: readonly { height: number }[] },
  area: { width: number; height: number } = MAP_PAGE_AREA,
): Tile[] {
  const g = GEOMETRY;
  if (grid.columns.length === 0) return [];
  const most = Math.max(1, Math.floor((area.width / MIN_SCALE - g.laneHeaderWidth) / g.columnWidth));
  // As few pages as that allows, with the columns shared out evenly (6 stages: 3 + 3, not 5 + 1).
  const perPage = Math.ceil(grid.columns.length / Math.ceil(grid.columns.length / most));
  const out: Tile[] = [];
  for (let first = 0; first < grid.columns.length; first += perPage) {
    const cols: [number, number] = [first, Math.min(grid.columns.length, first + perPage) - 1];
    // Rows may shrink the page further than its width does (a whole map on one page reads
    // better than a row cut off onto the next), but never below MIN_SCALE.
    const room = area.height / MIN_SCALE - g.stageHeaderHeight;
    if (grid.rows.length === 0) out.push({ cols, rows: [0, -1] });
    let start = 0;
    while (start < grid.rows.length) {
      let end = start;
      let used = grid.rows[start]!.height;
      while (end + 1 < grid.rows.length && used + grid.rows[end + 1]!.height <= room) used += grid.rows[++end]!.height;
      out.push({ cols, rows: [start, end] });
      start = end + 1;
    }
  }
  return out;
}

/** The scale a tile is drawn at so it fills the area. */
export function tileScale(span: number, height: number, area: { width: number; height: number } = MAP_PAGE_AREA): number {
  return Math.min(area.width / span, area.height / (GEOMETRY.stageHeaderHeight + height), MAX_SCALE);
}

/**
 * The pages a map prints on. A map that fits one page legibly is drawn whole on it. One that does
 * not gets an overview first (the whole map fitted, its shapes without their small text) and then
 * detail pages at a legible scale, each naming the stages it shows.
 */
export type MapPage = { kind: 'whole' | 'overview'; tile: Tile } | { kind: 'detail'; tile: Tile; stages: [number, number]; of: number };

export function mapPages(grid: { columns: readonly unknown[]; rows: readonly { height: number }[] }, area: { width: number; height: number } = MAP_PAGE_AREA): MapPage[] {
  if (grid.columns.length === 0) return [];
  const whole: Tile = { cols: [0, grid.columns.length - 1], rows: [0, grid.rows.length - 1] };
  const detail = tiles(grid, area);
  if (detail.length <= 1) return [{ kind: 'whole', tile: whole }];
  return [{ kind: 'overview', tile: whole }, ...detail.map((tile): MapPage => ({ kind: 'detail', tile, stages: [tile.cols[0] + 1, tile.cols[1] + 1], of: grid.columns.length }))];
}

/** One page's share of the grid: its columns and rows, where its content starts in map
 * coordinates (x0, y0), the content's size, and the page's whole width with the lane headers. */
export function tileFrame<C extends { x: number; width: number }, R extends { y: number; height: number }>(
  grid: { columns: readonly C[]; rows: readonly R[] },
  tile: Tile,
) {
  const cols = grid.columns.slice(tile.cols[0], tile.cols[1] + 1);
  const rows = grid.rows.slice(tile.rows[0], tile.rows[1] + 1);
  const width = cols.reduce((s, c) => s + c.width, 0);
  const height = rows.reduce((s, r) => s + r.height, 0);
  return { cols, rows, x0: cols[0]?.x ?? 0, y0: rows[0]?.y ?? GEOMETRY.stageHeaderHeight, width, height, span: GEOMETRY.laneHeaderWidth + width };
}
