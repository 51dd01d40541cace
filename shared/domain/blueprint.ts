/**
 * Service-blueprint rules: items sit in a cell (a stage of the journey, and a layer from what the
 * customer does down to the systems behind it), in order. Pure, returning operations, so the
 * canvas and the table view edit alike.
 */
import type { RowOf } from '../model/entities';
import type { Op, TypedOp, Tables, WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { BLUEPRINT_LAYERS } from '../model/vocab';

export type Layer = (typeof BLUEPRINT_LAYERS)[number];
export type BlueprintItem = RowOf<'blueprintItem'>;

/** The three lines a blueprint is read by, each drawn above the layer named here. */
export const BLUEPRINT_LINES: { above: Layer; line: 'interaction' | 'visibility' | 'internal' }[] = [
  { above: 'front_stage', line: 'interaction' },
  { above: 'back_stage', line: 'visibility' },
  { above: 'support', line: 'internal' },
];

export function itemsIn(rows: Pick<Tables, 'blueprintItem'>, stageId: string, layer: Layer): BlueprintItem[] {
  return byPosition(Object.values(rows.blueprintItem).filter((b) => b.stageId === stageId && b.layer === layer));
}

/** Moves an item into the cell (stage, layer) at `index`, renumbering both cells 1..n. */
export function moveItemOps(doc: WorkshopDoc, id: string, stageId: string, layer: Layer, index: number): TypedOp[] {
  const item = doc.rows.blueprintItem[id];
  if (!item) return [];
  const target = itemsIn(doc.rows, stageId, layer).filter((b) => b.id !== id);
  const at = Math.max(0, Math.min(index, target.length));
  const ordered = [...target.slice(0, at), item, ...target.slice(at)];
  const ops: TypedOp[] = [];
  ordered.forEach((b, i) => {
    const patch: Record<string, unknown> = {};
    if (b.position !== i + 1) patch.position = i + 1;
    if (b.id === id && b.stageId !== stageId) patch.stageId = stageId;
    if (b.id === id && b.layer !== layer) patch.layer = layer;
    // An item moved to another stage no longer serves a touchpoint of the old one.
    if (b.id === id && b.stageId !== stageId && b.touchpointId) patch.touchpointId = null;
    if (Object.keys(patch).length) ops.push({ kind: 'update', entity: 'blueprintItem', id: b.id, patch });
  });
  if (item.stageId !== stageId || item.layer !== layer) {
    itemsIn(doc.rows, item.stageId, item.layer)
      .filter((b) => b.id !== id)
      .forEach((b, i) => {
        if (b.position !== i + 1) ops.push({ kind: 'update', entity: 'blueprintItem', id: b.id, patch: { position: i + 1 } });
      });
  }
  return ops;
}

export function newItemOp(doc: WorkshopDoc, id: string, journeyId: string, stageId: string, layer: Layer, text = ''): Op {
  const position = itemsIn(doc.rows, stageId, layer).length + 1;
  return { kind: 'create', entity: 'blueprintItem', id, values: { journeyId, stageId, layer, text, position } };
}
