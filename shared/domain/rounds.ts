/**
 * Comparing two rounds of a workshop (the Improve loop): rows of the later round carry the id of
 * the row they were copied from (originId), so each gap, touchpoint, metric and action is matched
 * to itself in the earlier round, whatever was renamed or moved since.
 *
 * What the comparison counts, and why:
 * - a gap is closed when it is scored at or below its target (a size of 0) in the later round; a
 *   gap deleted between rounds is removed, listed apart, because deleting a duplicate is not a
 *   success;
 * - actions are counted as the later round holds them: done, of how many, and whether the work
 *   was already done when the later round began (marked done in the earlier round) or since;
 * - each round's figures use that round's own survey period (shared/domain/periods.ts), and the
 *   comparison says which periods it compares.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { gapName, gapPlace, gapViews, type GapView } from './gaps';
import { emotionOf, journeyTouchpoints } from './journey';
import { formatValue, metricName, metricPlace, metricStatus } from './measure';
import { activePeriod } from './periods';
import { formatScore } from './scores';

export type GapChange = 'closed' | 'smaller' | 'bigger' | 'new' | 'same' | 'removed';
export const GAP_CHANGES: readonly GapChange[] = ['closed', 'smaller', 'bigger', 'new', 'removed', 'same'];

export interface GapComparison {
  name: string;
  place: string;
  before: number | null;
  after: number | null;
  change: GapChange;
}

export interface EmotionMove {
  touchpoint: string;
  stage: string;
  before: number | null;
  after: number | null;
  /** Better when the customer feels better than before. */
  move: 'better' | 'worse';
  /** "−1.5 → +1" */
  text: string;
}

export type MetricMoveStatus = 'met' | 'closer' | 'further' | 'same' | 'unknown';

export interface MetricMove {
  name: string;
  place: string;
  /** Values with their periods: "60% (Apr 2026)". */
  before: string;
  after: string;
  target: string;
  status: MetricMoveStatus;
}

export interface ActionDone {
  title: string;
  owner: string;
  /** Done before the later round began (in the earlier round), or since. */
  when: 'before' | 'since';
}

export interface RoundComparison {
  before: { round: number; period: string };
  after: { round: number; period: string };
  gaps: GapComparison[];
  counts: Record<GapChange, number>;
  emotions: EmotionMove[];
  metrics: MetricMove[];
  actions: { total: number; done: ActionDone[] };
}

const allGaps = (doc: WorkshopDoc): GapView[] => byPosition(Object.values(doc.rows.journey)).flatMap((j) => gapViews(doc, j.id));
const placeOf = (g: GapView) => gapPlace(g);

/** How a gap that is in both rounds changed. */
export function gapChange(before: number | null, after: number | null): GapChange {
  if (after === 0 && before !== null && before > 0) return 'closed';
  if (before === null || after === null || before === after) return 'same';
  return after < before ? 'smaller' : 'bigger';
}

function compareGaps(before: WorkshopDoc, after: WorkshopDoc): GapComparison[] {
  const old = new Map(allGaps(before).map((g) => [g.gap.id, g]));
  const matched = new Set<string>();
  const gaps: GapComparison[] = [];
  for (const g of allGaps(after)) {
    const was = old.get(g.gap.originId);
    if (was) matched.add(was.gap.id);
    gaps.push({ name: gapName(g), place: placeOf(g), before: was ? was.size : null, after: g.size, change: was ? gapChange(was.size, g.size) : 'new' });
  }
  for (const [id, g] of old) {
    if (!matched.has(id)) gaps.push({ name: gapName(g), place: placeOf(g), before: g.size, after: null, change: 'removed' });
  }
  // Stable: within a kind of change, gaps keep their journey order.
  return gaps.sort((a, b) => GAP_CHANGES.indexOf(a.change) - GAP_CHANGES.indexOf(b.change));
}

/** Emotion scores that moved, in the order of the later round's journeys. */
function compareEmotions(before: WorkshopDoc, after: WorkshopDoc): EmotionMove[] {
  const moves: EmotionMove[] = [];
  for (const journey of byPosition(Object.values(after.rows.journey))) {
    for (const tp of journeyTouchpoints(after.rows, journey.id)) {
      if (!before.rows.touchpoint[tp.originId]) continue;
      const b = emotionOf(before.rows, tp.originId)?.score ?? null;
      const a = emotionOf(after.rows, tp.id)?.score ?? null;
      if (b === a || a === null || b === null) continue;
      moves.push({
        touchpoint: tp.name,
        stage: after.rows.stage[tp.stageId]?.name ?? '',
        before: b,
        after: a,
        move: a > b ? 'better' : 'worse',
        text: `${formatScore(b)} → ${formatScore(a)}`,
      });
    }
  }
  return moves;
}

/** Each metric of the later round: its value in each round against its target. */
function compareMetrics(before: WorkshopDoc, after: WorkshopDoc, today: string): MetricMove[] {
  const moves: MetricMove[] = [];
  for (const m of byPosition(Object.values(after.rows.metric)) as RowOf<'metric'>[]) {
    const now = metricStatus(after, m, today);
    const was = before.rows.metric[m.originId];
    const then = was ? metricStatus(before, was, today) : null;
    const reading = (st: typeof now | null, unit: string) => {
      const r = st ? (st.current.value !== null ? st.current : st.baseline) : null;
      return { value: r?.value ?? null, text: r && r.value !== null ? `${formatValue(r.value, unit)}${r.period ? ` (${r.period})` : ''}` : '–' };
    };
    const b = reading(then, was?.unit ?? m.unit);
    const a = reading(now, m.unit);
    let status: MetricMoveStatus = 'unknown';
    if (now.met) status = 'met';
    else if (m.target !== null && a.value !== null && b.value !== null) {
      const gapThen = Math.abs(m.target - b.value);
      const gapNow = Math.abs(m.target - a.value);
      status = gapNow < gapThen ? 'closer' : gapNow > gapThen ? 'further' : 'same';
    }
    moves.push({ name: metricName(m), place: metricPlace(after, m), before: b.text, after: a.text, target: formatValue(m.target, m.unit) || '–', status });
  }
  return moves;
}

/** Actions as the later round holds them; dropped ones are not counted. */
function compareActions(before: WorkshopDoc, after: WorkshopDoc): RoundComparison['actions'] {
  const actions = byPosition(Object.values(after.rows.action)).filter((a) => a.status !== 'dropped');
  const done = actions
    .filter((a) => a.status === 'done')
    .map((a): ActionDone => ({ title: a.title, owner: a.owner, when: before.rows.action[a.originId]?.status === 'done' ? 'before' : 'since' }));
  return { total: actions.length, done };
}

export function compareRounds(before: WorkshopDoc, after: WorkshopDoc, today: string): RoundComparison {
  const gaps = compareGaps(before, after);
  const counts = Object.fromEntries(GAP_CHANGES.map((c) => [c, 0])) as Record<GapChange, number>;
  for (const g of gaps) counts[g.change]++;
  return {
    before: { round: before.workshop.round, period: activePeriod(before).label },
    after: { round: after.workshop.round, period: activePeriod(after).label },
    gaps,
    counts,
    emotions: compareEmotions(before, after),
    metrics: compareMetrics(before, after, today),
    actions: compareActions(before, after),
  };
}
