/**
 * Turning a parsed survey file into responses: the user says which column holds the score, the
 * comment, the touchpoint or stage, and the date. Every row becomes a response or a rejected line
 * with its number and reason; nothing is dropped silently. Results per touchpoint come from the
 * stored responses, with their counts.
 */
import type { RowOf } from '../model/entities';
import { isIsoDate } from '../model/fields';
import type { Op, TypedOp, Tables, WorkshopDoc } from '../model/ops';
import type { SurveyKind } from '../model/vocab';
import { msg } from '../strings';
import type { Csv } from './csv';
import { aliasKey } from './survey-columns';
import { journeyTouchpoints, stagesOf } from './journey';
import { metricOf, SCALES, type MetricResult } from './metrics';
import { activePeriod } from './periods';

export interface ColumnMapping {
  score: number;
  comment: number | null;
  target: number | null;
  date: number | null;
}

export interface ResponseDraft {
  line: number;
  score: number;
  comment: string;
  touchpointId: string | null;
  stageId: string | null;
  respondedOn: string | null;
}

export interface Rejected {
  line: number;
  reason: string;
}

export interface SurveyMapping {
  good: ResponseDraft[];
  bad: Rejected[];
}

const norm = aliasKey;

/** Guesses the columns from the header's words, so most files need no choosing at all. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(h));
    return i < 0 ? null : i;
  };
  return {
    score: find(/score|rating|nps|csat|ces|likely|satisf|easy|effort/i) ?? 0,
    comment: find(/comment|why|feedback|text|verbatim|reason/i),
    target: find(/touch\s*point|stage|step|channel|where/i),
    date: find(/date|when|time|submitted/i),
  };
}

/** Reads a date as ISO (2026-03-14, with or without a time) or day/month/year (14/03/2026). */
export function readDate(raw: string): string | null {
  const t = raw.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (iso && isIsoDate(iso[1]!)) return iso[1]!;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (dmy) {
    const d = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    if (isIsoDate(d)) return d;
  }
  return null;
}

export function mapSurvey(
  csv: Csv,
  mapping: ColumnMapping,
  kind: SurveyKind,
  targets: { touchpoints: readonly { id: string; name: string }[]; stages: readonly { id: string; name: string }[] },
  /** Names the user mapped before: the file's word (normalised) → a touchpoint id or `stage:` + id. */
  aliases: Record<string, string> = {},
): SurveyMapping {
  const scale = SCALES[kind];
  const width = csv.header.length;
  const touchpointByName = new Map(targets.touchpoints.map((t) => [norm(t.name), t.id]));
  const stageByName = new Map(targets.stages.map((s) => [norm(s.name), s.id]));
  const good: ResponseDraft[] = [];
  const bad: Rejected[] = [];
  const R = msg.csv.reasons;

  for (const { line, cells } of csv.records) {
    if (cells.length !== width) {
      bad.push({ line, reason: R.columns(cells.length, width) });
      continue;
    }
    const rawScore = cells[mapping.score]!.trim().replace(',', '.');
    if (rawScore === '') {
      bad.push({ line, reason: R.noScore });
      continue;
    }
    const score = Number(rawScore);
    if (!Number.isFinite(score) || !/^-?\d+(\.\d+)?$/.test(rawScore)) {
      bad.push({ line, reason: R.notANumber(rawScore) });
      continue;
    }
    if (score < scale.min || score > scale.max || (scale.integer && !Number.isInteger(score))) {
      bad.push({ line, reason: R.outOfRange(rawScore, kind, scale.min, scale.max) });
      continue;
    }
    let touchpointId: string | null = null;
    let stageId: string | null = null;
    if (mapping.target !== null) {
      const where = cells[mapping.target]!.trim();
      if (where === '') {
        bad.push({ line, reason: R.noTarget });
        continue;
      }
      touchpointId = touchpointByName.get(norm(where)) ?? null;
      stageId = touchpointId ? null : (stageByName.get(norm(where)) ?? null);
      const alias = touchpointId || stageId ? undefined : aliases[norm(where)];
      if (alias?.startsWith('stage:') && targets.stages.some((st) => `stage:${st.id}` === alias)) stageId = alias.slice(6);
      else if (alias && targets.touchpoints.some((t) => t.id === alias)) touchpointId = alias;
      if (!touchpointId && !stageId) {
        bad.push({ line, reason: R.unknownTarget(where) });
        continue;
      }
    }
    let respondedOn: string | null = null;
    if (mapping.date !== null && cells[mapping.date]!.trim() !== '') {
      respondedOn = readDate(cells[mapping.date]!);
      if (!respondedOn) {
        bad.push({ line, reason: R.badDate(cells[mapping.date]!.trim()) });
        continue;
      }
    }
    const comment = mapping.comment === null ? '' : cells[mapping.comment]!.trim().slice(0, 2000);
    good.push({ line, score, comment, touchpointId, stageId, respondedOn });
  }
  return { good, bad };
}

/** The touchpoints and stages of a journey, which survey rows can name. */
export function surveyTargets(rows: Tables, journeyId: string) {
  return { touchpoints: journeyTouchpoints(rows, journeyId), stages: stagesOf(rows, journeyId) };
}

/** One import as operations: the import row, then one row per response, in one batch. */
export function surveyImportOps(
  importId: string,
  meta: { fileName: string; kind: SurveyKind; journeyId: string | null; importedOn: string; periodStart?: string | null; periodEnd?: string | null; position: number },
  good: readonly ResponseDraft[],
  newId: () => string,
): TypedOp[] {
  return [
    { kind: 'create', entity: 'surveyImport', id: importId, values: { ...meta } },
    ...good.map(
      (r): Op => ({
        kind: 'create',
        entity: 'surveyResponse',
        id: newId(),
        values: { importId, score: r.score, comment: r.comment, touchpointId: r.touchpointId, stageId: r.stageId, respondedOn: r.respondedOn, line: r.line },
      }),
    ),
  ];
}

/**
 * Results for one kind of survey, from the answers of the workshop's active period only
 * (shared/domain/periods.ts); each result says which period. Keyed by touchpoint id for answers
 * about a touchpoint, by `stageKey(id)` for a stage (its own answers and its touchpoints'), and by
 * WHOLE_KEY for every answer of the kind.
 * Remembered per response table: the store's tables are immutable, so the same table object
 * means the same answer, and a 50,000-response workshop is not rescanned on every keystroke.
 */
const resultsCache = new WeakMap<object, { imports: object; period: string; stages: object; touchpoints: object; byKind: Map<SurveyKind, Map<string, MetricResult>> }>();

export const stageKey = (stageId: string) => `stage:${stageId}`;
export const WHOLE_KEY = '*';

/** The key of a place's result: a touchpoint, a stage, or the whole experience. */
export function placeKey(place: { touchpointId: string | null; stageId: string | null }): string {
  return place.touchpointId ?? (place.stageId ? stageKey(place.stageId) : WHOLE_KEY);
}

export function resultsByTarget(doc: WorkshopDoc, kind: SurveyKind): Map<string, MetricResult> {
  let entry = resultsCache.get(doc.rows.surveyResponse);
  if (
    !entry ||
    entry.imports !== doc.rows.surveyImport ||
    entry.period !== doc.workshop.surveyPeriod ||
    entry.stages !== doc.rows.stage ||
    entry.touchpoints !== doc.rows.touchpoint
  ) {
    entry = { imports: doc.rows.surveyImport, period: doc.workshop.surveyPeriod, stages: doc.rows.stage, touchpoints: doc.rows.touchpoint, byKind: new Map() };
    resultsCache.set(doc.rows.surveyResponse, entry);
  }
  let result = entry.byKind.get(kind);
  if (!result) entry.byKind.set(kind, (result = computeResults(doc, kind)));
  return result;
}

function computeResults(doc: WorkshopDoc, kind: SurveyKind): Map<string, MetricResult> {
  const active = activePeriod(doc);
  const kindOf = new Map(Object.values(doc.rows.surveyImport).filter((i) => active.imports.has(i.id)).map((i) => [i.id, i.kind]));
  const scores = new Map<string, number[]>();
  const add = (key: string, score: number) => {
    const list = scores.get(key);
    if (list) list.push(score);
    else scores.set(key, [score]);
  };
  for (const r of Object.values(doc.rows.surveyResponse) as RowOf<'surveyResponse'>[]) {
    if (kindOf.get(r.importId) !== kind) continue;
    add(WHOLE_KEY, r.score);
    if (r.touchpointId) add(r.touchpointId, r.score);
    const stageId = r.stageId ?? (r.touchpointId ? doc.rows.touchpoint[r.touchpointId]?.stageId : undefined);
    if (stageId) add(stageKey(stageId), r.score);
  }
  return new Map([...scores].map(([key, list]) => [key, { ...metricOf(kind, list), period: active.label }]));
}

/** One import's results, a row per touchpoint or stage in journey order (unassigned answers last). */
export function importResultRows(doc: WorkshopDoc, imp: RowOf<'surveyImport'>): { key: string; name: string; result: MetricResult }[] {
  const byTarget = new Map<string, number[]>();
  for (const r of Object.values(doc.rows.surveyResponse) as RowOf<'surveyResponse'>[]) {
    if (r.importId !== imp.id) continue;
    const key = r.touchpointId ?? r.stageId ?? '';
    const list = byTarget.get(key) ?? [];
    list.push(r.score);
    byTarget.set(key, list);
  }
  const journeyId = imp.journeyId;
  const order = journeyId ? [...journeyTouchpoints(doc.rows, journeyId).map((t) => t.id), ...stagesOf(doc.rows, journeyId).map((s) => s.id)] : [];
  const keys = [...byTarget.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : order.indexOf(a) - order.indexOf(b)));
  const rows = keys.map((key) => ({
    key,
    name: doc.rows.touchpoint[key]?.name ?? doc.rows.stage[key]?.name ?? msg.listen.unassigned,
    result: metricOf(imp.kind, byTarget.get(key)!),
  }));
  // The overall score first, beside the places, when answers name more than one place.
  if (rows.length < 2) return rows;
  return [{ key: WHOLE_KEY, name: msg.listen.overall, result: metricOf(imp.kind, [...byTarget.values()].flat()) }, ...rows];
}
