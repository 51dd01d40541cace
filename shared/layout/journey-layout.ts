/**
 * Where everything on the journey map goes, as plain numbers: columns for stages, rows for lanes,
 * a rectangle for every note and touchpoint, a point for every emotion. Pure (text height comes
 * from the `measure` function passed in), so hit-testing and drop rules are unit-tested in Node
 * and the Konva components only draw what this says.
 *
 * Rows grow to fit their tallest cell, and notes grow to fit their text, so nothing overflows its
 * cell unseen.
 */
import { emotionOf, lanesOf, notesIn, stagesOf, touchpointsOf, type Lane } from '../domain/journey';
import type { Tables } from '../model/ops';

export const GEOMETRY = {
  laneHeaderWidth: 188,
  stageHeaderHeight: 60,
  columnWidth: 288,
  cellPadding: 14,
  noteGap: 12,
  noteColumns: 2,
  noteMinHeight: 76,
  notePaddingX: 10,
  notePaddingY: 10,
  noteFontSize: 14,
  noteLineHeight: 1.3,
  rowMinHeight: 112,
  touchpointHeight: 88,
  emotionRowHeight: 200,
  addColumnWidth: 72,
} as const;

export const NOTE_WIDTH =
  (GEOMETRY.columnWidth - 2 * GEOMETRY.cellPadding - (GEOMETRY.noteColumns - 1) * GEOMETRY.noteGap) / GEOMETRY.noteColumns;
export const NOTE_TEXT_WIDTH = NOTE_WIDTH - 2 * GEOMETRY.notePaddingX;

/** Height of `text` wrapped to `width` at the note font. */
export type Measure = (text: string, width: number) => number;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnBox extends Box {
  stageId: string;
  index: number;
}
export interface RowBox extends Box {
  laneId: string;
  kind: Lane['kind'];
  index: number;
}
export interface NoteBox extends Box {
  id: string;
  stageId: string;
  laneId: string;
  index: number;
}
export interface TouchpointBox extends Box {
  id: string;
  stageId: string;
}
export interface EmotionPoint {
  /** The touchpoint whose feeling this is, or the scored note (one brought from another tool,
   * where any item can carry a score) — one of the two. */
  touchpointId?: string;
  noteId?: string;
  /** Either id, for keys and lookups. */
  key: string;
  x: number;
  y: number;
  score: number | null;
}

export interface MapLayout {
  width: number;
  height: number;
  columns: ColumnBox[];
  rows: RowBox[];
  notes: NoteBox[];
  touchpoints: TouchpointBox[];
  emotions: EmotionPoint[];
  /** The emotion row's box, for converting a y into a score. */
  emotionRow: RowBox | null;
}

/** Lanes that hold sticky notes (the touchpoint and emotion lanes draw their own content). */
export const isNoteLane = (kind: Lane['kind']) => kind !== 'touchpoints' && kind !== 'emotions';

export function noteHeight(text: string, measure: Measure): number {
  return Math.max(GEOMETRY.noteMinHeight, Math.ceil(measure(text, NOTE_TEXT_WIDTH)) + 2 * GEOMETRY.notePaddingY);
}

/** Positions of notes in a cell: filled row by row, `noteColumns` wide, each row as tall as its
 * tallest note. Returns offsets from the cell's top-left and the cell content height. */
function placeNotes(heights: number[]): { dx: number; dy: number }[] & { contentHeight?: number } {
  const g = GEOMETRY;
  const out: { dx: number; dy: number }[] & { contentHeight?: number } = [];
  let y = g.cellPadding;
  for (let i = 0; i < heights.length; i += g.noteColumns) {
    const row = heights.slice(i, i + g.noteColumns);
    row.forEach((_, j) => out.push({ dx: g.cellPadding + j * (NOTE_WIDTH + g.noteGap), dy: y }));
    y += Math.max(...row) + g.noteGap;
  }
  out.contentHeight = heights.length ? y - g.noteGap + g.cellPadding : 0;
  return out;
}

export function scoreToY(score: number, row: Box): number {
  const usable = row.height / 2 - 28;
  return row.y + row.height / 2 - (score / 2) * usable;
}

export function yToScore(y: number, row: Box): number {
  const usable = row.height / 2 - 28;
  return Math.max(-2, Math.min(2, ((row.y + row.height / 2 - y) / usable) * 2));
}

export function layoutJourney(rows: Tables, journeyId: string, measure: Measure): MapLayout {
  const g = GEOMETRY;
  const stages = stagesOf(rows, journeyId);
  const lanes = lanesOf(rows, journeyId, false);
  const columns: ColumnBox[] = stages.map((s, i) => ({
    stageId: s.id,
    index: i,
    x: g.laneHeaderWidth + i * g.columnWidth,
    y: 0,
    width: g.columnWidth,
    height: 0,
  }));

  const rowBoxes: RowBox[] = [];
  const notes: NoteBox[] = [];
  const touchpoints: TouchpointBox[] = [];
  const emotions: EmotionPoint[] = [];
  let y = g.stageHeaderHeight;
  let emotionRow: RowBox | null = null;

  for (const [li, lane] of lanes.entries()) {
    let height: number = g.rowMinHeight;
    const pending: (() => void)[] = [];
    if (lane.kind === 'touchpoints') {
      for (const col of columns) {
        const tps = touchpointsOf(rows, col.stageId);
        height = Math.max(height, 2 * g.cellPadding + tps.length * (g.touchpointHeight + g.noteGap) - (tps.length ? g.noteGap : 0));
        const top = y;
        pending.push(() =>
          tps.forEach((t, i) =>
            touchpoints.push({
              id: t.id,
              stageId: col.stageId,
              x: col.x + g.cellPadding,
              y: top + g.cellPadding + i * (g.touchpointHeight + g.noteGap),
              width: g.columnWidth - 2 * g.cellPadding,
              height: g.touchpointHeight,
            }),
          ),
        );
      }
    } else if (lane.kind === 'emotions') {
      height = g.emotionRowHeight;
    } else {
      for (const col of columns) {
        const cell = notesIn(rows, col.stageId, lane.id);
        const heights = cell.map((n) => noteHeight(n.text, measure));
        const placed = placeNotes(heights);
        height = Math.max(height, placed.contentHeight ?? 0);
        const top = y;
        pending.push(() =>
          cell.forEach((n, i) =>
            notes.push({
              id: n.id,
              stageId: col.stageId,
              laneId: lane.id,
              index: i,
              x: col.x + placed[i]!.dx,
              y: top + placed[i]!.dy,
              width: NOTE_WIDTH,
              height: heights[i]!,
            }),
          ),
        );
      }
    }
    const box: RowBox = { laneId: lane.id, kind: lane.kind, index: li, x: 0, y, width: 0, height };
    rowBoxes.push(box);
    if (lane.kind === 'emotions') emotionRow = box;
    pending.forEach((f) => f());
    y += height;
  }

  const width = g.laneHeaderWidth + columns.length * g.columnWidth;
  for (const r of rowBoxes) r.width = width;
  for (const c of columns) c.height = y;

  if (emotionRow) {
    // A stage's points share its column: its touchpoints (scored or not), then its scored notes
    // from the top lane down.
    const laneOrder = new Map(lanes.map((l, i) => [l.id, i]));
    for (const col of columns) {
      const points: Omit<EmotionPoint, 'x' | 'y'>[] = [
        ...touchpointsOf(rows, col.stageId).map((t) => ({ key: t.id, touchpointId: t.id, score: emotionOf(rows, t.id)?.score ?? null })),
        ...Object.values(rows.note)
          .filter((n) => n.stageId === col.stageId && n.score !== null && laneOrder.has(n.laneId))
          .sort((a, b) => laneOrder.get(a.laneId)! - laneOrder.get(b.laneId)! || a.position - b.position)
          .map((n) => ({ key: n.id, noteId: n.id, score: n.score })),
      ];
      points.forEach((p, i) => emotions.push({ ...p, x: col.x + ((i + 0.5) * g.columnWidth) / points.length, y: scoreToY(p.score ?? 0, emotionRow!) }));
    }
  }

  return { width, height: y, columns, rows: rowBoxes, notes, touchpoints, emotions, emotionRow };
}

/** The cell under a map point, if any. */
export function cellAt(layout: MapLayout, x: number, y: number): { stageId: string; laneId: string; kind: Lane['kind'] } | null {
  const col = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  return col && row ? { stageId: col.stageId, laneId: row.laneId, kind: row.kind } : null;
}

/** Where a note dropped at (x, y) goes among the notes already in its cell, in reading order:
 * before the first note on a row below the point, or on the point's row to the right of it. */
export function dropIndex(layout: MapLayout, stageId: string, laneId: string, x: number, y: number, ignore: ReadonlySet<string>): number {
  const cell = layout.notes.filter((n) => n.stageId === stageId && n.laneId === laneId && !ignore.has(n.id));
  const i = cell.findIndex((n) => y < n.y || (y <= n.y + n.height && x < n.x + n.width / 2));
  return i < 0 ? cell.length : i;
}

/** Does a box intersect the view (in map coordinates)? Used to draw only what can be seen. */
export function intersects(a: Box, view: Box): boolean {
  return a.x < view.x + view.width && a.x + a.width > view.x && a.y < view.y + view.height && a.y + a.height > view.y;
}

/** What a point of the curve is the feeling of, as one line: the touchpoint's name or the note's
 * first line. */
export function pointName(rows: Pick<Tables, 'touchpoint' | 'note'>, point: Pick<EmotionPoint, 'touchpointId' | 'noteId'>): string {
  if (point.touchpointId) return rows.touchpoint[point.touchpointId]?.name ?? '';
  return (point.noteId ? rows.note[point.noteId]?.text ?? '' : '').split('\n')[0]!;
}
