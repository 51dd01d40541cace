/**
 * The measurement plan: each metric named as a person reads it, placed at its touchpoint or
 * stage, with the survey result from the Listen step offered as its baseline where one exists.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import type { SurveyKind } from '../model/vocab';
import { msg } from '../strings';
import { byPosition } from '../model/positions';
import { formatMetric, type MetricResult } from './metrics';
import { resultsByTarget } from './survey';

export type Metric = RowOf<'metric'>;

const SURVEY_KINDS_OF_METRIC: Partial<Record<Metric['kind'], SurveyKind>> = { nps: 'nps', csat: 'csat', ces: 'ces' };

export function metricName(m: Pick<Metric, 'kind' | 'customName'>): string {
  if (m.kind === 'custom') return m.customName.trim() || msg.measure.unnamed;
  return msg.measure.kinds[m.kind] ?? m.kind;
}

/** Where a metric is measured: "Stage → Touchpoint", "Stage: Name", or the whole experience. */
export function metricPlace(doc: WorkshopDoc, m: Pick<Metric, 'touchpointId' | 'stageId'>): string {
  const tp = m.touchpointId ? doc.rows.touchpoint[m.touchpointId] : undefined;
  if (tp) return msg.measure.touchpointOption(doc.rows.stage[tp.stageId]?.name ?? '', tp.name);
  const st = m.stageId ? doc.rows.stage[m.stageId] : undefined;
  if (st) return msg.measure.stageOption(st.name);
  return msg.measure.wholeWorkshop;
}

/**
 * The survey result for this metric's place, when it is a survey metric (NPS, CSAT, CES) and the
 * Listen step imported answers for that touchpoint or stage.
 */
export function surveyBaseline(doc: WorkshopDoc, m: Pick<Metric, 'kind' | 'touchpointId' | 'stageId'>): MetricResult | null {
  const kind = SURVEY_KINDS_OF_METRIC[m.kind];
  const place = m.touchpointId ?? m.stageId;
  if (!kind || !place) return null;
  const result = resultsByTarget(doc, kind).get(place);
  return result && result.score !== null ? result : null;
}

/** A number with its unit, as the plan prints it; empty when not set. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '';
  const n = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  const u = unit.trim();
  if (!u) return n;
  return u === '%' ? `${n}%` : `${n} ${u}`;
}

export interface MetricRow {
  id: string;
  name: string;
  place: string;
  method: string;
  baseline: string;
  target: string;
  reviewDate: string | null;
  /** Survey result for the place, shown beside the typed baseline. */
  measured: string | null;
  actions: string[];
}

/** The measurement plan in order, as rows for the Measure step, the report and its exports. */
export function metricRows(doc: WorkshopDoc): MetricRow[] {
  return byPosition(Object.values(doc.rows.metric)).map((m) => {
    const measured = surveyBaseline(doc, m);
    return {
      id: m.id,
      name: metricName(m),
      place: metricPlace(doc, m),
      method: m.method ? (msg.measure.methods[m.method] ?? m.method) : '',
      baseline: formatValue(m.baseline, m.unit),
      target: formatValue(m.target, m.unit),
      reviewDate: m.reviewDate,
      measured: measured ? formatMetric(measured) : null,
      actions: byPosition(Object.values(doc.rows.action).filter((a) => a.metricId === m.id)).map((a) => a.title),
    };
  });
}

