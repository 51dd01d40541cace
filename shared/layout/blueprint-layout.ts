/**
 * Where everything on the service blueprint goes: the journey's stages as columns (the same
 * columns as the journey map, so the two read together), its touchpoints on top, then one row per
 * layer, with the lines of interaction, visibility and internal interaction between them. Pure;
 * text height comes from `measure`.
 */
import { BLUEPRINT_LINES, itemsIn, type Layer } from '../domain/blueprint';
import { stagesOf, touchpointsOf } from '../domain/journey';
import type { Tables } from '../model/ops';
import { BLUEPRINT_LAYERS } from '../model/vocab';
import { GEOMETRY, type Box, type ColumnBox, type Measure } from './journey-layout';

export const BP = {
  touchpointHeight: 34,
  itemMinHeight: 64,
  itemPaddingX: 10,
  itemPaddingY: 10,
  metaHeight: 18,
  rowMinHeight: 104,
} as const;

export const ITEM_WIDTH = GEOMETRY.columnWidth - 2 * GEOMETRY.cellPadding;
export const ITEM_TEXT_WIDTH = ITEM_WIDTH - 2 * BP.itemPaddingX;

export interface LayerRow extends Box {
  layer: Layer | 'touchpoints';
}
export interface ItemBox extends Box {
  id: string;
  stageId: string;
  layer: Layer;
  index: number;
}
export interface BlueprintLayout {
  width: number;
  height: number;
  columns: ColumnBox[];
  rows: LayerRow[];
  items: ItemBox[];
  touchpoints: (Box & { id: string; stageId: string })[];
  lines: { line: 'interaction' | 'visibility' | 'internal'; y: number }[];
}

export function itemHeight(text: string, measure: Measure): number {
  return Math.max(BP.itemMinHeight, Math.ceil(measure(text, ITEM_TEXT_WIDTH)) + 2 * BP.itemPaddingY + BP.metaHeight);
}

/** How tall a layer nobody filled is on paper (`compactEmpty`): enough to name it. */
const EMPTY_LAYER_HEIGHT = 44;

export function layoutBlueprint(rows: Tables, journeyId: string, measure: Measure, opts: { compactEmpty?: boolean } = {}): BlueprintLayout {
  const g = GEOMETRY;
  const stages = stagesOf(rows, journeyId);
  const columns: ColumnBox[] = stages.map((s, i) => ({ stageId: s.id, index: i, x: g.laneHeaderWidth + i * g.columnWidth, y: 0, width: g.columnWidth, height: 0 }));
  const layoutRows: LayerRow[] = [];
  const items: ItemBox[] = [];
  const touchpoints: BlueprintLayout['touchpoints'] = [];
  let y = g.stageHeaderHeight;

  // Touchpoints first: what every layer below serves.
  let tpHeight: number = BP.rowMinHeight * 0.6;
  for (const col of columns) {
    const tps = touchpointsOf(rows, col.stageId);
    tps.forEach((t, i) =>
      touchpoints.push({ id: t.id, stageId: col.stageId, x: col.x + g.cellPadding, y: y + g.cellPadding + i * (BP.touchpointHeight + 6), width: ITEM_WIDTH, height: BP.touchpointHeight }),
    );
    tpHeight = Math.max(tpHeight, 2 * g.cellPadding + tps.length * (BP.touchpointHeight + 6) - 6);
  }
  layoutRows.push({ layer: 'touchpoints', x: 0, y, width: 0, height: tpHeight });
  y += tpHeight;

  for (const layer of BLUEPRINT_LAYERS) {
    const empty = columns.every((col) => itemsIn(rows, col.stageId, layer).length === 0);
    let height: number = opts.compactEmpty && empty ? EMPTY_LAYER_HEIGHT : BP.rowMinHeight;
    for (const col of columns) {
      let top = y + g.cellPadding;
      itemsIn(rows, col.stageId, layer).forEach((b, i) => {
        const h = itemHeight(b.text, measure);
        items.push({ id: b.id, stageId: col.stageId, layer, index: i, x: col.x + g.cellPadding, y: top, width: ITEM_WIDTH, height: h });
        top += h + g.noteGap;
      });
      height = Math.max(height, top - y - g.noteGap + g.cellPadding);
    }
    layoutRows.push({ layer, x: 0, y, width: 0, height });
    y += height;
  }

  const width = g.laneHeaderWidth + columns.length * g.columnWidth;
  for (const r of layoutRows) r.width = width;
  for (const c of columns) c.height = y;
  const lines = BLUEPRINT_LINES.map(({ above, line }) => ({ line, y: layoutRows.find((r) => r.layer === above)!.y }));
  return { width, height: y, columns, rows: layoutRows, items, touchpoints, lines };
}

export function blueprintCellAt(layout: BlueprintLayout, x: number, y: number): { stageId: string; layer: Layer } | null {
  const col = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  if (!col || !row || row.layer === 'touchpoints') return null;
  return { stageId: col.stageId, layer: row.layer };
}

/** Where an item dropped at y goes among the items of its cell: before the first one whose middle is below. */
export function itemDropIndex(layout: BlueprintLayout, stageId: string, layer: Layer, y: number, ignore: string): number {
  const cell = layout.items.filter((b) => b.stageId === stageId && b.layer === layer && b.id !== ignore);
  const i = cell.findIndex((b) => y < b.y + b.height / 2);
  return i < 0 ? cell.length : i;
}
