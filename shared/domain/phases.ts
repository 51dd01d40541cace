/**
 * Phases: named groups of consecutive stages (Inspire → Integrate → Retain), drawn as one band
 * above their stages' headers. A stage stores its phase's name; stages next to each other with
 * the same name make one phase, so reordering stages can never leave a phase with a hole in it,
 * only two phases of one name, each drawn where its stages are.
 */
import type { TypedOp } from '../model/ops';

export interface PhaseRun {
  name: string;
  /** Indexes into the stage list, inclusive. */
  from: number;
  to: number;
  stageIds: string[];
}

const key = (name: string) => name.trim().toLocaleLowerCase();

/** The phases along a journey, in stage order; stages without a phase belong to none. */
export function phaseRuns(stages: readonly { id: string; phase: string }[]): PhaseRun[] {
  const runs: PhaseRun[] = [];
  stages.forEach((s, i) => {
    const name = s.phase.trim();
    if (!name) return;
    const last = runs[runs.length - 1];
    if (last && last.to === i - 1 && key(last.name) === key(name)) {
      last.to = i;
      last.stageIds.push(s.id);
    } else runs.push({ name, from: i, to: i, stageIds: [s.id] });
  });
  return runs;
}

/** For each stage, where it sits in its phase: how a column draws its share of the band. */
export function phaseMarks(stages: readonly { id: string; phase: string }[]): ({ name: string; first: boolean; last: boolean } | null)[] {
  const marks: ({ name: string; first: boolean; last: boolean } | null)[] = stages.map(() => null);
  for (const run of phaseRuns(stages)) for (let i = run.from; i <= run.to; i++) marks[i] = { name: run.name, first: i === run.from, last: i === run.to };
  return marks;
}

/** Renames one phase: every stage of that run takes the new name (one batch, one undo). */
export function renamePhaseOps(run: PhaseRun, name: string): TypedOp[] {
  return run.stageIds.map((id) => ({ kind: 'update', entity: 'stage', id, patch: { phase: name.trim() } }));
}
