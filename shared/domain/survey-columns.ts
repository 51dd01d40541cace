/**
 * Reading a survey file as it arrives: which columns hold which metric (a file often has NPS,
 * CSAT and CES side by side), whether a column's values fit the scale it is read on, and which
 * names in the touchpoint column match nothing in the journey, with a likely match to offer. The
 * user confirms every guess in the import dialog; what they map is remembered for the next file.
 */
import type { Csv } from './csv';
import { SCALES } from './metrics';
import { SURVEY_KINDS, type SurveyKind } from '../model/vocab';
import { msg } from '../strings';

/** Header words that name each metric. */
const KIND_WORDS: Record<SurveyKind, RegExp> = {
  nps: /\bnps\b|recommend|likely to/i,
  csat: /csat|satisf/i,
  ces: /\bces\b|effort|easy/i,
};

export interface ColumnFit {
  /** Cells holding a number. */
  values: number;
  /** Of those, how many the kind's scale cannot hold. */
  outside: number;
  min: number | null;
  max: number | null;
}

const numberIn = (cell: string | undefined): number | null => {
  const t = (cell ?? '').trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

export function columnFit(csv: Csv, column: number, kind: SurveyKind): ColumnFit {
  const scale = SCALES[kind];
  let values = 0;
  let outside = 0;
  let min: number | null = null;
  let max: number | null = null;
  for (const { cells } of csv.records) {
    const v = numberIn(cells[column]);
    if (v === null) continue;
    values++;
    if (v < scale.min || v > scale.max || (scale.integer && !Number.isInteger(v))) outside++;
    min = min === null ? v : Math.min(min, v);
    max = max === null ? v : Math.max(max, v);
  }
  return { values, outside, min, max };
}

/** The metric columns the header names, in file order, one per metric, each only if its values fit. */
export function metricColumns(csv: Csv): { kind: SurveyKind; column: number }[] {
  const found: { kind: SurveyKind; column: number }[] = [];
  csv.header.forEach((h, column) => {
    const kind = SURVEY_KINDS.find((k) => KIND_WORDS[k].test(h) && !found.some((f) => f.kind === k));
    if (!kind) return;
    const fit = columnFit(csv, column, kind);
    if (fit.values > 0 && fit.outside === 0) found.push({ kind, column });
  });
  return found;
}

/**
 * The metric a score column is read as: the one its header names (even when some values fall
 * outside that scale: the warning then says so, and the user decides), else the smallest scale that
 * holds all its values.
 */
export function kindOfColumn(csv: Csv, column: number): SurveyKind {
  const named = SURVEY_KINDS.find((k) => KIND_WORDS[k].test(csv.header[column] ?? ''));
  if (named) return named;
  const fits = (k: SurveyKind) => {
    const f = columnFit(csv, column, k);
    return f.values > 0 && f.outside === 0;
  };
  return fits('csat') ? 'csat' : fits('ces') ? 'ces' : 'nps';
}

/**
 * A warning when a column is read on a scale that does not suit it: values outside the scale
 * (those rows are refused), or NPS read from a column that never goes above 5, which is almost
 * certainly a 1–5 score and would give a wrong NPS without a single refused row.
 */
export function scaleWarning(csv: Csv, column: number, kind: SurveyKind): string | null {
  const fit = columnFit(csv, column, kind);
  const name = csv.header[column] || `#${column + 1}`;
  const W = msg.listen.importDialog.scale;
  const scale = SCALES[kind];
  if (fit.outside > 0) return W.outside(fit.outside, fit.values, name, msg.listen.kindNames[kind] ?? kind, scale.min, scale.max);
  if (kind === 'nps' && fit.values >= 3 && fit.max !== null && fit.max <= 5 && (fit.min ?? 0) >= 1) return W.looksLikeFive(name);
  return null;
}

// A name as typed in a survey tool and as typed in the journey compare equal whatever the case,
// spacing or apostrophe style ("Children’s" from a phone keyboard, "Children's" on a laptop).
const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/\s+/g, ' ');
const words = (s: string) => norm(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);

export interface Target {
  /** A touchpoint's id, or `stage:` and a stage's id. */
  key: string;
  name: string;
}

/** The likeliest target for a name the file uses: one sharing a word, or a word's stem ("Car park" → "Parking"). */
export function suggestTarget(name: string, targets: readonly Target[]): Target | null {
  const mine = words(name);
  let best: { target: Target; score: number } | null = null;
  for (const t of targets) {
    let score = 0;
    for (const w of words(t.name)) for (const m of mine) if (w === m) score += 2;
      else if (w.startsWith(m) || m.startsWith(w)) score += 1;
    if (score > 0 && (!best || score > best.score)) best = { target: t, score };
  }
  return best?.target ?? null;
}

/** Remembered names: the file's word → a target key. Anything unreadable reads as none remembered. */
export function readAliases(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export const aliasKey = norm;

/** The names in the target column that match no touchpoint or stage and no remembered name, with how many rows use each. */
export function unmatchedNames(csv: Csv, column: number, targets: readonly Target[], aliases: Record<string, string>): { name: string; count: number; suggestion: Target | null }[] {
  const known = new Set(targets.map((t) => norm(t.name)));
  const keys = new Set(targets.map((t) => t.key));
  const counts = new Map<string, { name: string; count: number }>();
  for (const { cells } of csv.records) {
    const raw = (cells[column] ?? '').trim();
    if (!raw || known.has(norm(raw))) continue;
    const alias = aliases[norm(raw)];
    if (alias && keys.has(alias)) continue;
    const entry = counts.get(norm(raw)) ?? { name: raw, count: 0 };
    entry.count++;
    counts.set(norm(raw), entry);
  }
  return [...counts.values()].map((u) => ({ ...u, suggestion: suggestTarget(u.name, targets) }));
}
