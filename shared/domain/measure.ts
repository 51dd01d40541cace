/**
 * The measurement plan: each metric named as a person reads it, placed at its touchpoint, stage or
 * the whole experience, with a baseline, the value now and a target, each with its period. Survey
 * results from the Listen step are offered as the baseline and fill the value now when a later
 * period's answers arrive.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import type { SurveyKind } from '../model/vocab';
import { msg } from '../strings';
import { byPosition } from '../model/positions';
import { roundHalfAway, type MetricResult } from './metrics';
import { placeKey, resultsByTarget } from './survey';

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
 * The survey result for this metric's place (a touchpoint, a stage with its touchpoints, or the
 * whole experience) in the workshop's active period, when it is a survey metric (NPS, CSAT, CES)
 * and the Listen step imported answers there.
 */
export function surveyResult(doc: WorkshopDoc, m: Pick<Metric, 'kind' | 'touchpointId' | 'stageId'>): MetricResult | null {
  const kind = SURVEY_KINDS_OF_METRIC[m.kind];
  if (!kind) return null;
  const result = resultsByTarget(doc, kind).get(placeKey(m));
  return result && result.score !== null ? result : null;
}

/** A value with the period it was measured in. */
export interface Reading {
  value: number | null;
  period: string;
  /** Taken live from the survey answers, not typed. */
  fromSurvey: boolean;
}

export interface MetricStatus {
  baseline: Reading;
  current: Reading;
  target: number | null;
  /** Up when a higher value is better, down when lower is; null when it cannot be told. */
  direction: 'up' | 'down' | null;
  /** How far from baseline to target the current value has come (0 = at baseline, 1 = there). */
  progress: number | null;
  met: boolean;
  /** The review date has passed and the target is not met. */
  reviewPassed: boolean;
}

/**
 * Baseline, current value and target side by side. A survey metric's current value is the
 * survey's own, live, once its answers come from a period other than the baseline's: a new
 * period's import fills it without anyone copying a number. Otherwise it is what was typed.
 */
export function metricStatus(doc: WorkshopDoc, m: Metric, today: string): MetricStatus {
  const measured = surveyResult(doc, m);
  const baseline: Reading = { value: m.baseline, period: m.baselinePeriod, fromSurvey: false };
  const surveyIsNew = measured && measured.score !== null && measured.period !== undefined && measured.period !== m.baselinePeriod && m.baseline !== null;
  const current: Reading = surveyIsNew ? { value: measured.score, period: measured.period ?? '', fromSurvey: true } : { value: m.current, period: m.currentPeriod, fromSurvey: false };
  const direction: MetricStatus['direction'] =
    m.target !== null && m.baseline !== null && m.target !== m.baseline ? (m.target > m.baseline ? 'up' : 'down') : SURVEY_KINDS_OF_METRIC[m.kind] ? 'up' : null;
  const latest = current.value ?? null;
  const met = m.target !== null && latest !== null && direction !== null && (direction === 'up' ? latest >= m.target : latest <= m.target);
  const progress =
    m.target !== null && m.baseline !== null && latest !== null && m.target !== m.baseline ? (latest - m.baseline) / (m.target - m.baseline) : null;
  const reviewPassed = !!m.reviewDate && m.reviewDate < today && !met;
  return { baseline, current, target: m.target, direction, progress, met, reviewPassed };
}

/** A number with its unit, as the plan prints it; empty when not set. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '';
  const n = Number.isInteger(value) ? String(value) : String(roundHalfAway(value, 2));
  const u = unit.trim();
  if (!u) return n;
  return u === '%' ? `${n}%` : `${n} ${u}`;
}

/** A reading as the plan prints it: "60% (Apr 2026)"; empty when not set. */
export function formatReading(r: Reading, unit: string): string {
  const v = formatValue(r.value, unit);
  if (!v) return '';
  return r.period ? `${v} (${r.period})` : v;
}

/** Progress as words: "Target met", "40% of the way", with a passed review date said first. */
export function progressText(st: MetricStatus): string {
  const M = msg.measure;
  const parts: string[] = [];
  if (st.met) parts.push(M.targetMet);
  else {
    if (st.reviewPassed) parts.push(M.reviewPassed);
    if (st.progress !== null) parts.push(M.progress(roundHalfAway(st.progress * 100)));
  }
  return parts.join(' · ');
}

export interface MetricRow {
  id: string;
  name: string;
  place: string;
  method: string;
  /** Values with their periods: "60% (Apr 2026)". */
  baseline: string;
  current: string;
  target: string;
  reviewDate: string | null;
  /** "Target met", "Review date passed · 40% of the way", or empty. */
  progress: string;
  met: boolean;
  reviewPassed: boolean;
  actions: string[];
}

/** The measurement plan in order, as rows for the Measure step, the report and its exports. */
export function metricRows(doc: WorkshopDoc, today: string): MetricRow[] {
  return byPosition(Object.values(doc.rows.metric)).map((m) => {
    const st = metricStatus(doc, m, today);
    return {
      id: m.id,
      name: metricName(m),
      place: metricPlace(doc, m),
      method: m.method ? (msg.measure.methods[m.method] ?? m.method) : '',
      baseline: formatReading(st.baseline, m.unit),
      current: formatReading(st.current, m.unit),
      target: formatValue(m.target, m.unit),
      reviewDate: m.reviewDate,
      progress: progressText(st),
      met: st.met,
      reviewPassed: st.reviewPassed,
      actions: byPosition(Object.values(doc.rows.action).filter((a) => a.metricId === m.id)).map((a) => a.title),
    };
  });
}
