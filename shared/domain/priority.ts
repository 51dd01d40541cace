/**
 * Which gaps to close first. A gap is the distance between the experience intended at a
 * touchpoint and the one delivered, both on 1–5.
 *
 *   gap size   = target − actual, never below 0                       (0…4)
 *   priority   = gap size × severity × frequency × (1.5 at a moment of truth)
 *              + 10 for every dot the room gave it (once votes are revealed)
 *
 * Severity (how much it hurts) and frequency (how often it happens) are 1–5; when the room has
 * not scored them yet they count as 3, the middle, so an unscored gap neither jumps the queue nor
 * disappears. A gap with no target or no actual has no size yet and no priority: it is listed as
 * "needs scores", never ranked as if it were zero.
 *
 * Worked examples:
 *   target 5, actual 2, severity 4, frequency 5, not a moment of truth, no votes
 *     → size 3 → 3 × 4 × 5 = 60
 *   the same at a moment of truth → 60 × 1.5 = 90
 *   target 4, actual 3, severity and frequency not scored, 3 dots
 *     → size 1 → 1 × 3 × 3 = 9, + 30 for the dots = 39
 *   target 3, actual 4 (better than intended) → size 0 → priority 0 (a candidate for a "wow")
 */

export const UNSCORED = 3;
export const MOMENT_OF_TRUTH_WEIGHT = 1.5;
export const POINTS_PER_VOTE = 10;

export interface GapInput {
  intendedScore: number | null;
  actualScore: number | null;
  severity: number | null;
  frequency: number | null;
  momentOfTruth: boolean;
  votes: number;
}

export function gapSize(g: Pick<GapInput, 'intendedScore' | 'actualScore'>): number | null {
  if (g.intendedScore === null || g.actualScore === null) return null;
  return Math.max(0, Math.round((g.intendedScore - g.actualScore) * 10) / 10);
}

export function priority(g: GapInput): number | null {
  const size = gapSize(g);
  if (size === null) return null;
  const base = size * (g.severity ?? UNSCORED) * (g.frequency ?? UNSCORED) * (g.momentOfTruth ? MOMENT_OF_TRUTH_WEIGHT : 1);
  return Math.round((base + POINTS_PER_VOTE * g.votes) * 10) / 10;
}

/** Highest priority first; gaps without a size after all ranked ones, in their own order. */
export function rank<T extends { priority: number | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.priority === null || b.priority === null) return a.priority === null ? (b.priority === null ? 0 : 1) : -1;
    return b.priority - a.priority;
  });
}
