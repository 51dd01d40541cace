/**
 * The experience metrics of docs/method.md, as pure functions.
 *
 * - NPS: "how likely to recommend…" on 0–10. Promoters answer 9–10, detractors 0–6.
 *   NPS = % promoters − % detractors, from −100 to +100.
 *   Worked example: 10 answers [10, 9, 9, 8, 7, 6, 5, 10, 3, 9] → 5 promoters (50%), 3 detractors
 *   (30%) → NPS +20.
 * - CSAT: "how satisfied…" on 1–5. CSAT = % of answers that are 4 or 5.
 *   Worked example: [5, 4, 3, 2, 4] → 3 of 5 satisfied → CSAT 60%.
 * - CES: "how easy was it…" on 1–7 (7 = very easy). We report the mean, and the % who agree it was
 *   easy (5–7).
 *   Worked example: [7, 6, 5, 2, 3] → mean 4.6; 3 of 5 agree → 60%.
 *
 * Every result carries its response count: a score from 4 answers is not a score from 400.
 */
import type { SurveyKind } from '../model/vocab';

export const SCALES: Record<SurveyKind, { min: number; max: number; integer: boolean }> = {
  nps: { min: 0, max: 10, integer: true },
  csat: { min: 1, max: 5, integer: true },
  ces: { min: 1, max: 7, integer: true },
};

export interface MetricResult {
  kind: SurveyKind;
  count: number;
  /** NPS −100…+100; CSAT 0…100 (%); CES the mean 1…7. Null with no answers. */
  score: number | null;
  /** CES only: % who agree it was easy (5–7). */
  agreePercent?: number | null;
  /** The mean answer on the question's own scale. */
  mean: number | null;
  /** The survey period the answers come from ("Oct 2026", or "all periods" when pooled). */
  period?: string;
}

/** Rounds half away from zero, the same way for gains and losses: −37.5 → −38, +37.5 → +38. */
export function roundHalfAway(x: number, digits = 0): number {
  const f = 10 ** digits;
  const r = Math.sign(x) * Math.round(Math.abs(x) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

const round1 = (x: number) => roundHalfAway(x, 1);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function nps(scores: readonly number[]): MetricResult {
  const n = scores.length;
  if (n === 0) return { kind: 'nps', count: 0, score: null, mean: null };
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { kind: 'nps', count: n, score: roundHalfAway(((promoters - detractors) / n) * 100), mean: round1(mean(scores)!) };
}

export function csat(scores: readonly number[]): MetricResult {
  const n = scores.length;
  if (n === 0) return { kind: 'csat', count: 0, score: null, mean: null };
  const satisfied = scores.filter((s) => s >= 4).length;
  return { kind: 'csat', count: n, score: roundHalfAway((satisfied / n) * 100), mean: round1(mean(scores)!) };
}

export function ces(scores: readonly number[]): MetricResult {
  const n = scores.length;
  if (n === 0) return { kind: 'ces', count: 0, score: null, agreePercent: null, mean: null };
  const m = round1(mean(scores)!);
  return { kind: 'ces', count: n, score: m, agreePercent: roundHalfAway((scores.filter((s) => s >= 5).length / n) * 100), mean: m };
}

export function metricOf(kind: SurveyKind, scores: readonly number[]): MetricResult {
  return kind === 'nps' ? nps(scores) : kind === 'csat' ? csat(scores) : ces(scores);
}

/**
 * A measured result as the 1–5 "actual experience" of a gap: CSAT's mean answer is already 1–5;
 * CES's mean 1–7 maps linearly onto 1–5. NPS measures loyalty, not one touchpoint's experience,
 * so it does not stand in for an actual score.
 */
export function asActualScore(result: MetricResult): number | null {
  if (result.mean === null) return null;
  if (result.kind === 'csat') return round1(result.mean);
  if (result.kind === 'ces') return round1(1 + ((result.mean - 1) * 4) / 6);
  return null;
}

/** The metric as a person reads it: "NPS +20", "CSAT 60%", "CES 4.6". */
export function formatMetric(r: MetricResult): string {
  if (r.score === null) return '—';
  if (r.kind === 'nps') return `NPS ${r.score > 0 ? '+' : r.score < 0 ? '−' : ''}${Math.abs(r.score)}`;
  if (r.kind === 'csat') return `CSAT ${r.score}%`;
  return `CES ${r.score.toFixed(1)}`;
}
