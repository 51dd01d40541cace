/**
 * The action list's rules (issue 5's foundation): where an action sits on the impact/effort
 * matrix, which gaps no action closes yet, and the action list as rows for every export.
 *
 * Quadrants, on the 1–5 scales, where 3 and above counts as high:
 *   quick win  = high impact, low effort     big bet   = high impact, high effort
 *   fill-in    = low impact, low effort      money pit = low impact, high effort
 * An action without both scores has no quadrant yet.
 */
import type { RowOf } from '../model/entities';
import { metricName, metricPlace } from './measure';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';

export type Quadrant = 'quick_win' | 'big_bet' | 'fill_in' | 'money_pit';

export const HIGH = 3;

export function quadrantOf(impact: number | null, effort: number | null): Quadrant | null {
  if (impact === null || effort === null) return null;
  const highImpact = impact >= HIGH;
  const highEffort = effort >= HIGH;
  if (highImpact) return highEffort ? 'big_bet' : 'quick_win';
  return highEffort ? 'money_pit' : 'fill_in';
}

/** Gaps that no action closes yet, in the order of their touchpoints. */
export function gapsWithoutAction(doc: WorkshopDoc): RowOf<'gap'>[] {
  const closed = new Set(Object.values(doc.rows.actionGap).map((l) => l.gapId));
  return byPosition(Object.values(doc.rows.gap)).filter((g) => !closed.has(g.id));
}

export interface ActionRow {
  title: string;
  description: string;
  owner: string;
  team: string | null;
  dueDate: string | null;
  status: string;
  impact: number | null;
  effort: number | null;
  quadrant: Quadrant | null;
  wow: boolean;
  gaps: string[];
  /** The metric it should move, as named in the measurement plan; empty when none. */
  metric: string;
}

/** Every action with the gaps it closes (by their titles, or their touchpoints' names). */
export function actionRows(doc: WorkshopDoc): ActionRow[] {
  return byPosition(Object.values(doc.rows.action)).map((a) => {
    const gaps = Object.values(doc.rows.actionGap)
      .filter((l) => l.actionId === a.id)
      .map((l) => doc.rows.gap[l.gapId])
      .filter((g): g is RowOf<'gap'> => !!g)
      .map((g) => g.title || doc.rows.touchpoint[g.touchpointId]?.name || '');
    const metric = a.metricId ? doc.rows.metric[a.metricId] : undefined;
    return {
      title: a.title,
      description: a.description,
      owner: a.owner,
      team: a.team,
      dueDate: a.dueDate,
      status: a.status,
      impact: a.impact,
      effort: a.effort,
      quadrant: quadrantOf(a.impact, a.effort),
      wow: a.wow,
      gaps,
      metric: metric ? `${metricName(metric)} · ${metricPlace(doc, metric)}` : '',
    };
  });
}
