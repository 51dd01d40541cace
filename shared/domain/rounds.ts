/**
 * Comparing two rounds of a workshop (the Improve loop): rows of the later round carry the id of
 * the row they were copied from (originId), so each gap, touchpoint, metric and action is matched
 * to itself in the earlier round, whatever was renamed or moved since.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { gapViews, type GapView } from './gaps';
import { metricName, metricPlace, formatValue } from './measure';
import { gapName } from './report';

export type GapChange = 'closed' | 'opened' | 'smaller' | 'bigger' | 'same';

export interface GapComparison {
  name: string;
  place: string;
  before: number | null;
  after: number | null;
  change: GapChange;
}

export interface MovedScore {
  name: string;
  before: string;
  after: string;
}

export interface RoundComparison {
  gaps: GapComparison[];
  emotions: MovedScore[];
  metrics: MovedScore[];
  /** Actions done in the later round that were not done in the earlier one. */
  actionsDone: string[];
  counts: Record<GapChange, number>;
}

const allGaps = (doc: WorkshopDoc): GapView[] => Object.keys(doc.rows.journey).flatMap((j) => gapViews(doc, j));
const placeOf = (g: GapView) => `${g.stage?.name ?? ''} → ${g.touchpoint.name}`;

function gapChange(before: number | null, after: number | null): GapChange {
  if (after === 0 && (before ?? 0) > 0) return 'closed';
  if (before === null || after === null || before === after) return 'same';
  return after < before ? 'smaller' : 'bigger';
}

export function compareRounds(before: WorkshopDoc, after: WorkshopDoc): RoundComparison {
  const old = new Map(allGaps(before).map((g) => [g.gap.id, g]));
  const matched = new Set<string>();
  const gaps: GapComparison[] = [];
  for (const g of allGaps(after)) {
    const was = old.get(g.gap.originId);
    if (was) matched.add(was.gap.id);
    gaps.push({ name: gapName(g), place: placeOf(g), before: was ? was.size : null, after: g.size, change: was ? gapChange(was.size, g.size) : 'opened' });
  }
  for (const [id, g] of old) {
    if (!matched.has(id)) gaps.push({ name: gapName(g), place: placeOf(g), before: g.size, after: null, change: 'closed' });
  }
  const order: GapChange[] = ['closed', 'smaller', 'bigger', 'opened', 'same'];
  gaps.sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change));

  const emotionOf = (doc: WorkshopDoc, touchpointId: string) => Object.values(doc.rows.emotion).find((e) => e.touchpointId === touchpointId)?.score ?? null;
  const emotions: MovedScore[] = [];
  for (const tp of Object.values(after.rows.touchpoint) as RowOf<'touchpoint'>[]) {
    if (!before.rows.touchpoint[tp.originId]) continue;
    const b = emotionOf(before, tp.originId);
    const a = emotionOf(after, tp.id);
    if (b !== a) emotions.push({ name: tp.name, before: b === null ? '–' : String(b), after: a === null ? '–' : String(a) });
  }

  const metrics: MovedScore[] = [];
  for (const m of Object.values(after.rows.metric) as RowOf<'metric'>[]) {
    const was = before.rows.metric[m.originId];
    if (!was || was.baseline === m.baseline) continue;
    metrics.push({ name: `${metricName(m)} · ${metricPlace(after, m)}`, before: formatValue(was.baseline, was.unit) || '–', after: formatValue(m.baseline, m.unit) || '–' });
  }

  const actionsDone = (Object.values(after.rows.action) as RowOf<'action'>[])
    .filter((a) => a.status === 'done' && before.rows.action[a.originId]?.status !== 'done')
    .map((a) => a.title);

  const counts = { closed: 0, opened: 0, smaller: 0, bigger: 0, same: 0 } as Record<GapChange, number>;
  for (const g of gaps) counts[g.change]++;
  return { gaps, emotions, metrics, actionsDone, counts };
}
