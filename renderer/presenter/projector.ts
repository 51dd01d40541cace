/**
 * Which stage of the map the projector shows. A map read from the back of a room is one stage
 * at a time, large; the whole map is an overview. The facilitator moves it with the keyboard
 * (Alt+← and Alt+→, Alt+↑ for the whole map) or by selecting something on the map, whose stage
 * then takes the projector.
 */
import { create } from 'zustand';
import type { WorkshopDoc } from '../../shared/model/ops';
import { stagesOf } from '../../shared/domain/journey';

/** A stage's index, or 'all' for the overview. */
export type ProjectorStage = number | 'all';

export const useProjector = create<{ stage: ProjectorStage; set(stage: ProjectorStage): void }>((set) => ({
  stage: 0,
  set: (stage) => set({ stage }),
}));

/** The stage a selection on the map belongs to (its first item's), or null. */
export function stageOfSelection(doc: WorkshopDoc, journeyId: string, ids: readonly string[]): number | null {
  const stages = stagesOf(doc.rows, journeyId);
  for (const id of ids) {
    const stageId = doc.rows.stage[id]?.id ?? doc.rows.note[id]?.stageId ?? doc.rows.touchpoint[id]?.stageId ?? doc.rows.blueprintItem[id]?.stageId;
    const i = stages.findIndex((s) => s.id === stageId);
    if (i >= 0) return i;
  }
  return null;
}

/** The next stage to show after a step of `by` (−1, +1), staying within the map. */
export function stepStage(current: ProjectorStage, by: -1 | 1, count: number): ProjectorStage {
  if (count === 0) return 'all';
  if (current === 'all') return by > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + by));
}
