/**
 * Survey periods. Every survey import belongs to a period: the months in which its answers were
 * given, from the file's date column, or as the consultant said at import (else the month it was
 * imported in). Figures from different periods are never pooled by accident: the workshop shows
 * the latest period's figures, or one period the consultant picks, or all of them pooled when
 * asked, and every figure says which (workshop.surveyPeriod: '', a period's key, or 'all').
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { msg } from '../strings';

export interface Period {
  /** "2026-04..2026-05": the first and last month. */
  key: string;
  /** "Apr 2026", "Apr–May 2026". */
  label: string;
  /** The last day, for ordering. */
  end: string;
}

const monthLabel = (iso: string, withYear: boolean) =>
  new Intl.DateTimeFormat('en-GB', { month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));

/** The period of a first and last day. */
export function periodBetween(start: string, end: string): Period {
  const a = start.slice(0, 7);
  const b = end.slice(0, 7);
  const label = a === b ? monthLabel(a, true) : a.slice(0, 4) === b.slice(0, 4) ? `${monthLabel(a, false)}–${monthLabel(b, true)}` : `${monthLabel(a, true)} – ${monthLabel(b, true)}`;
  return { key: `${a}..${b}`, label, end };
}

export function periodOf(imp: Pick<RowOf<'surveyImport'>, 'periodStart' | 'periodEnd' | 'importedOn'>): Period {
  const start = imp.periodStart ?? imp.importedOn ?? '1970-01-01';
  const end = imp.periodEnd ?? imp.periodStart ?? imp.importedOn ?? start;
  return periodBetween(start, end);
}

/** The periods a workshop's surveys cover, oldest first. */
export function surveyPeriods(doc: WorkshopDoc): Period[] {
  const byKey = new Map<string, Period>();
  for (const imp of Object.values(doc.rows.surveyImport)) {
    const p = periodOf(imp);
    byKey.set(p.key, p);
  }
  return [...byKey.values()].sort((a, b) => a.end.localeCompare(b.end));
}

/**
 * Which answers the workshop's figures use: the imports of one period (the chosen one, else the
 * latest), or every import when the consultant pooled them. `label` is what every figure says.
 */
export function activePeriod(doc: WorkshopDoc): { imports: Set<string>; label: string; pooled: boolean } {
  const periods = surveyPeriods(doc);
  const all = Object.values(doc.rows.surveyImport);
  const chosen = doc.workshop.surveyPeriod;
  if (chosen === 'all') return { imports: new Set(all.map((i) => i.id)), label: msg.listen.allPeriods, pooled: true };
  const period = periods.find((p) => p.key === chosen) ?? periods[periods.length - 1];
  if (!period) return { imports: new Set(), label: '', pooled: false };
  return { imports: new Set(all.filter((i) => periodOf(i).key === period.key).map((i) => i.id)), label: period.label, pooled: false };
}

/** The first and last day among answers' dates, or null when none has a date. */
export function spanOfDates(dates: readonly (string | null)[]): { start: string; end: string } | null {
  const known = dates.filter((d): d is string => !!d).sort();
  return known.length ? { start: known[0]!, end: known[known.length - 1]! } : null;
}
