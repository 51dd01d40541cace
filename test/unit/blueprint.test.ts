import { describe, expect, it } from 'vitest';
import { blueprintCellAt, itemDropIndex, layoutBlueprint } from '../../shared/layout/blueprint-layout';
import { itemsIn, moveItemOps, newItemOp } from '../../shared/domain/blueprint';
import { newJourneyOps, stagesOf, touchpointsOf } from '../../shared/domain/journey';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const measure = (text: string, width: number) => Math.max(1, Math.ceil((text.length * 8) / width)) * 18;

function journey() {
  const journeyId = id();
  const template = {
    id: 't', name: 'T', description: 'd', industry: 'other' as const,
    stages: [0, 1, 2].map((i) => ({ name: `S${i}`, touchpoints: [{ name: `TP${i}`, channel: 'phone' as const, team: 'service' as const }], prompts: [] })),
  };
  const doc = applyOps({ workshop: { id: 'w' } as never, rows: emptyTables() } as WorkshopDoc, newJourneyOps({ journeyId, name: 'J', personaId: null, position: 1, template }, id));
  return { doc, journeyId, stages: stagesOf(doc.rows, journeyId) };
}

describe('the service blueprint', () => {
  it('puts touchpoints on top, then physical evidence and the five layers, with the three lines between them', () => {
    const { doc, journeyId } = journey();
    const l = layoutBlueprint(doc.rows, journeyId, measure);
    expect(l.rows.map((r) => r.layer)).toEqual(['touchpoints', 'evidence', 'customer_action', 'front_stage', 'back_stage', 'support', 'system']);
    const y = (layer: string) => l.rows.find((r) => r.layer === layer)!.y;
    expect(l.lines).toEqual([
      { line: 'interaction', y: y('front_stage') },
      { line: 'visibility', y: y('back_stage') },
      { line: 'internal', y: y('support') },
    ]);
    expect(l.touchpoints).toHaveLength(3);
  });

  it('stacks items in their cell, growing the row to fit', () => {
    const { doc, journeyId, stages } = journey();
    const long = 'word '.repeat(60);
    const d = applyOps(doc, [newItemOp(doc, 'a', journeyId, stages[1]!.id, 'back_stage', 'short')]);
    const d2 = applyOps(d, [newItemOp(d, 'b', journeyId, stages[1]!.id, 'back_stage', long)]);
    const l = layoutBlueprint(d2.rows, journeyId, measure);
    const [a, b] = l.items;
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
    const row = l.rows.find((r) => r.layer === 'back_stage')!;
    expect(b!.y + b!.height).toBeLessThanOrEqual(row.y + row.height);
    expect(blueprintCellAt(l, a!.x + 5, a!.y + 5)).toEqual({ stageId: stages[1]!.id, layer: 'back_stage' });
    expect(blueprintCellAt(l, a!.x + 5, l.rows[0]!.y + 5)).toBeNull(); // the touchpoint row holds no items
    expect(itemDropIndex(l, stages[1]!.id, 'back_stage', a!.y + 2, 'zzz')).toBe(0);
  });

  it('moves an item to another stage and layer, renumbering both cells and letting go of the old touchpoint', () => {
    const { doc, journeyId, stages } = journey();
    const tp = touchpointsOf(doc.rows, stages[0]!.id)[0]!;
    let d = applyOps(doc, [newItemOp(doc, 'a', journeyId, stages[0]!.id, 'front_stage', 'A')]);
    d = applyOps(d, [newItemOp(d, 'b', journeyId, stages[0]!.id, 'front_stage', 'B'), { kind: 'update', entity: 'blueprintItem', id: 'a', patch: { touchpointId: tp.id } }]);
    d = applyOps(d, moveItemOps(d, 'a', stages[2]!.id, 'system', 0));
    expect(d.rows.blueprintItem.a).toMatchObject({ stageId: stages[2]!.id, layer: 'system', position: 1, touchpointId: null });
    expect(itemsIn(d.rows, stages[0]!.id, 'front_stage').map((b) => [b.id, b.position])).toEqual([['b', 1]]);
  });
});
