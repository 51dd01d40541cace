/**
 * Sticky notes from a sheet a consultant already keeps (a CSV or Excel export of a whiteboard, a
 * typed list): one row per note, with its stage, its lane, its text, and optionally a colour and
 * an emotion score. The user says which column is which; the columns are first guessed from the
 * header. Rows that cannot be placed are returned with the reason, in words, never dropped.
 *
 * A row in the touchpoint lane becomes a touchpoint (its score its feeling); in any other lane,
 * including the emotion lane, a note (a scored note is a point on the curve).
 */
import type { Op, TypedOp, WorkshopDoc } from '../model/ops';
import { nextPosition } from '../model/positions';
import { NOTE_COLORS, type NoteColor } from '../model/vocab';
import { msg } from '../strings';
import { lanesOf, notesIn, stagesOf, touchpointsOf, type Lane, type Stage } from './journey';
import { nearestNoteColor } from './ojf/colors';

export const NOTE_FIELDS = ['stage', 'lane', 'text', 'color', 'score'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
/** For each field, the column it is read from (0-based), or null for none. */
export type NoteColumns = Record<NoteField, number | null>;

const HEADER_WORDS: Record<NoteField, RegExp> = {
  stage: /^(stage|phase|step|column)s?$/i,
  lane: /^(lane|swim\s*lane|row|category|type)s?$/i,
  text: /^(text|note|sticky|content|comment|idea|description)s?$/i,
  color: /^colou?rs?$/i,
  score: /^(score|emotion|feeling|sentiment)s?$/i,
};

/** Which column holds which field, by the header's words; text falls back to the first free column. */
export function guessColumns(header: readonly string[]): NoteColumns {
  const cols: NoteColumns = { stage: null, lane: null, text: null, color: null, score: null };
  const taken = new Set<number>();
  for (const field of NOTE_FIELDS) {
    const i = header.findIndex((h, i) => !taken.has(i) && HEADER_WORDS[field].test(h.trim()));
    if (i >= 0) {
      cols[field] = i;
      taken.add(i);
    }
  }
  if (cols.text === null) {
    const free = header.findIndex((_, i) => !taken.has(i));
    if (free >= 0) cols.text = free;
  }
  return cols;
}

export interface Unplaced {
  /** The row's line in the sheet (1 is the header). */
  line: number;
  text: string;
  reason: string;
}

const norm = (s: string) => s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

function findStage(stages: readonly Stage[], value: string): Stage | undefined {
  const v = norm(value);
  const byName = stages.find((s) => norm(s.name) === v);
  if (byName) return byName;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 ? stages[n - 1] : undefined;
}

function findLane(lanes: readonly Lane[], value: string): Lane | undefined {
  const v = norm(value);
  return (
    lanes.find((l) => norm(l.name) === v) ??
    lanes.find((l) => norm(msg.journey.laneNames[l.kind] ?? '') === v || norm(l.kind.replace('_', ' ')) === v) ??
    // "Pain point" for "Pain points": a lane named by its singular
    lanes.find((l) => norm(l.name).replace(/s$/, '') === v.replace(/s$/, ''))
  );
}

function colorOf(value: string): NoteColor | null | 'bad' {
  const v = norm(value);
  if (!v) return null;
  const named = NOTE_COLORS.find((c) => c === v || norm(msg.journey.note.colors[c] ?? '') === v || (c === 'grey' && v === 'gray'));
  if (named) return named;
  return nearestNoteColor(value) ?? 'bad';
}

/** A score on the emotion scale, −2…+2, with a comma or a point for decimals and a real minus. */
function scoreOf(value: string): number | null | 'bad' {
  const v = value.trim().replace(',', '.').replace(/^[−–]/, '-').replace(/^\+/, '');
  if (!v) return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= -2 && n <= 2 ? n : 'bad';
}

export interface NoteImport {
  ops: Op[];
  /** How many notes and touchpoints the ops make. */
  placed: number;
  unplaced: Unplaced[];
  /** Rows placed with their text cut to what a note or touchpoint holds. */
  cut: Unplaced[];
}

/** The operations that place each row of the sheet in the journey, and the rows that could not be placed. */
export function notesFromSheet(
  doc: WorkshopDoc,
  journeyId: string,
  rows: readonly { line: number; cells: readonly string[] }[],
  cols: NoteColumns,
  newId: () => string,
): NoteImport {
  const R = msg.journey.noteImport.reasons;
  const stages = stagesOf(doc.rows, journeyId);
  const lanes = lanesOf(doc.rows, journeyId);
  const ops: TypedOp[] = [];
  const unplaced: Unplaced[] = [];
  const cut: Unplaced[] = [];
  const next = new Map<string, number>();
  const position = (key: string, start: () => number) => {
    const p = next.get(key) ?? start();
    next.set(key, p + 1);
    return p;
  };
  const cell = (row: readonly string[], field: NoteField) => (cols[field] === null ? '' : (row[cols[field]!] ?? '').trim());

  for (const { line, cells } of rows) {
    const text = cell(cells, 'text');
    const stageName = cell(cells, 'stage');
    const laneName = cell(cells, 'lane');
    if (!text) {
      if (cells.some((c) => c.trim())) unplaced.push({ line, text: cells.join(' ').trim().slice(0, 80), reason: R.noText });
      continue;
    }
    const fail = (reason: string) => unplaced.push({ line, text: text.slice(0, 80), reason });
    const stage = findStage(stages, stageName);
    if (!stage) {
      fail(stageName ? R.unknownStage(stageName) : R.noStage);
      continue;
    }
    const lane = findLane(lanes, laneName);
    if (!lane) {
      fail(laneName ? R.unknownLane(laneName) : R.noLane);
      continue;
    }
    const color = colorOf(cell(cells, 'color'));
    if (color === 'bad') {
      fail(R.badColour(cell(cells, 'color')));
      continue;
    }
    const score = scoreOf(cell(cells, 'score'));
    if (score === 'bad') {
      fail(R.badScore(cell(cells, 'score')));
      continue;
    }
    if (lane.kind === 'touchpoints') {
      if (text.length > 200) cut.push({ line, text: text.slice(0, 80), reason: R.cut(200) });
      const id = newId();
      ops.push({ kind: 'create', entity: 'touchpoint', id, values: { journeyId, stageId: stage.id, name: text.slice(0, 200), position: position(`tp:${stage.id}`, () => nextPosition(touchpointsOf(doc.rows, stage.id))) } });
      if (score !== null) ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId: id, score } });
    } else {
      if (text.length > 2000) cut.push({ line, text: text.slice(0, 80), reason: R.cut(2000) });
      ops.push({
        kind: 'create',
        entity: 'note',
        id: newId(),
        values: { journeyId, stageId: stage.id, laneId: lane.id, text: text.slice(0, 2000), color: color ?? 'yellow', score, position: position(`${stage.id}:${lane.id}`, () => nextPosition(notesIn(doc.rows, stage.id, lane.id))) },
      });
    }
  }
  const placed = ops.filter((o) => o.kind === 'create' && (o.entity === 'note' || o.entity === 'touchpoint')).length;
  return { ops, placed, unplaced, cut };
}
