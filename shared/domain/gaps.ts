/**
 * Gaps as the room sees them: each with its touchpoint, the actual experience (typed in, or taken
 * live from the measured CSAT/CES when the room chose that), its size, its visible dots and its
 * priority (shared/domain/priority.ts). The scoring view, the ranking and the heat map read this.
 *
 * Dots: those given in turn by participants stay hidden (they count for nothing, and show as
 * "hidden") until the facilitator reveals them; tallies typed by the facilitator for the room are
 * public from the start.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { journeyTouchpoints } from './journey';
import { asActualScore, type MetricResult } from './metrics';
import { gapSize, priority, rank } from './priority';
import { resultsByTarget } from './survey';

export interface GapView {
  gap: RowOf<'gap'>;
  touchpoint: RowOf<'touchpoint'>;
  stage: RowOf<'stage'> | undefined;
  /** The actual 1–5 score used: typed, or derived from measurements. */
  actual: number | null;
  measured: MetricResult | null;
  size: number | null;
  votes: { visible: number; hidden: number };
  priority: number | null;
}

/** The CSAT or CES measured at a touchpoint, CSAT first, if any responses exist. */
export function measuredAt(doc: WorkshopDoc, touchpointId: string): MetricResult | null {
  for (const kind of ['csat', 'ces'] as const) {
    const r = resultsByTarget(doc, kind).get(touchpointId);
    if (r && r.count > 0) return r;
  }
  return null;
}

export function votesFor(doc: WorkshopDoc, gapId: string): { visible: number; hidden: number } {
  let visible = 0;
  let hidden = 0;
  for (const v of Object.values(doc.rows.vote)) {
    if (v.gapId !== gapId) continue;
    // A tally the facilitator typed is seen at once; dots from participants (named, or from phones in
    // the room) stay hidden until the reveal.
    if ((v.participantId === null && !v.fromRoom) || doc.workshop.votesRevealed) visible += v.count;
    else hidden += v.count;
  }
  return { visible, hidden };
}

export function gapViews(doc: WorkshopDoc, journeyId: string): GapView[] {
  const views: GapView[] = [];
  const measuredCache = new Map<string, MetricResult | null>();
  for (const touchpoint of journeyTouchpoints(doc.rows, journeyId)) {
    const gaps = byPosition(Object.values(doc.rows.gap).filter((g) => g.touchpointId === touchpoint.id));
    for (const gap of gaps) {
      if (!measuredCache.has(touchpoint.id)) measuredCache.set(touchpoint.id, measuredAt(doc, touchpoint.id));
      const measured = measuredCache.get(touchpoint.id) ?? null;
      const fromMeasure = gap.actualSource !== 'manual' && measured && measured.kind === gap.actualSource ? asActualScore(measured) : null;
      const actual = fromMeasure ?? gap.actualScore;
      const votes = votesFor(doc, gap.id);
      const input = {
        intendedScore: gap.intendedScore,
        actualScore: actual,
        severity: gap.severity,
        frequency: gap.frequency,
        momentOfTruth: touchpoint.momentOfTruth,
        votes: votes.visible,
      };
      views.push({ gap, touchpoint, stage: doc.rows.stage[touchpoint.stageId], actual, measured, size: gapSize(input), votes, priority: priority(input) });
    }
  }
  return views;
}

/** A gap's name as every table prints it: its own title, or its touchpoint's name. */
export const gapName = (g: GapView): string => g.gap.title || g.touchpoint.name;

export function rankedGaps(doc: WorkshopDoc, journeyId: string): GapView[] {
  return rank(gapViews(doc, journeyId));
}

/** The largest gap at each touchpoint, for the heat map. */
export function gapByTouchpoint(doc: WorkshopDoc, journeyId: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of gapViews(doc, journeyId)) {
    if (v.size === null) continue;
    out.set(v.touchpoint.id, Math.max(out.get(v.touchpoint.id) ?? 0, v.size));
  }
  return out;
}

/** Dots a participant has given, in total (for "n dots left"). */
export function dotsGiven(doc: WorkshopDoc, participantId: string): number {
  return Object.values(doc.rows.vote)
    .filter((v) => v.participantId === participantId)
    .reduce((sum, v) => sum + v.count, 0);
}

/** Where a gap is, as a reader names it: "Stage → Touchpoint", or just the name when the two are
 * one (a self-assessment's step is both). */
export function gapPlace(g: { stage?: { name: string } | null; touchpoint: { name: string } }): string {
  const stage = g.stage?.name ?? '';
  return !stage || stage === g.touchpoint.name ? g.touchpoint.name : `${stage} → ${g.touchpoint.name}`;
}
