/**
 * What phones sent becomes ordinary rows, marked as from the room (docs/room.md): approved notes
 * on the map where the prompt asked, a stage's ratings one point on the curve, a phone's dots as
 * vote rows (hidden until the reveal, like everyone's), quick survey answers as survey responses.
 * Pure: the facilitator's screen dispatches these ops as one edit, so each landing is undoable.
 */
import type { TypedOp, WorkshopDoc } from '../model/ops';
import { byPosition, nextPosition } from '../model/positions';
import type { RoomAnswer, RoomNote, RoomRating, RoomVotes } from '../room';
import { msg } from '../strings';
import { lanesOf, notesIn } from './journey';

const NOTE_TEXT_MAX = 2000;

/** Whether a note can still land where its prompt asked: the stage and lane are still there. */
export function canLand(doc: WorkshopDoc, n: Pick<RoomNote, 'landing'>): boolean {
  const stage = doc.rows.stage[n.landing.stageId];
  const lane = doc.rows.lane[n.landing.laneId];
  return !!stage && !!lane && stage.journeyId === n.landing.journeyId && lane.journeyId === n.landing.journeyId;
}

/**
 * Approved notes, each a note at the end of its cell. Notes whose stage or lane was deleted since
 * the prompt was shown are returned in `homeless`, for the screen to say so.
 */
export function roomNotesOps(doc: WorkshopDoc, notes: readonly RoomNote[], newId: () => string): { ops: TypedOp[]; homeless: RoomNote[] } {
  const ops: TypedOp[] = [];
  const homeless: RoomNote[] = [];
  const added = new Map<string, number>();
  for (const n of notes) {
    if (!canLand(doc, n)) {
      homeless.push(n);
      continue;
    }
    const key = `${n.landing.stageId}/${n.landing.laneId}`;
    const base = added.get(key) ?? nextPosition(notesIn(doc.rows, n.landing.stageId, n.landing.laneId));
    added.set(key, base + 1);
    ops.push({
      kind: 'create',
      entity: 'note',
      id: newId(),
      values: { ...n.landing, text: n.text.slice(0, NOTE_TEXT_MAX), fromRoom: n.participant, author: n.author, roomPrompt: n.prompt.slice(0, 200), position: base },
    });
  }
  return { ops, homeless };
}

/**
 * Duplicates merged into one note: the first note's words, with who else said it (and how) in its
 * description, so nothing said is lost.
 */
export function mergedNoteOps(doc: WorkshopDoc, notes: readonly RoomNote[], newId: () => string): { ops: TypedOp[]; homeless: RoomNote[] } {
  const [first, ...rest] = notes;
  if (!first) return { ops: [], homeless: [] };
  const landed = roomNotesOps(doc, [first], newId);
  const op = landed.ops[0];
  if (op?.kind === 'create' && rest.length > 0) {
    const people = rest.map((n) => `${n.author || msg.room.anonymous}: “${n.text}”`);
    (op.values as Record<string, unknown>).description = `${msg.room.mergedFrom(people.join('; '))}`.slice(0, 10_000);
  }
  return landed;
}

/**
 * The room's ratings of an activity (every phone's latest, landed before or not): one scored note
 * per stage in the journey's emotion lane, its score the mean. Putting them on the curve again
 * after more ratings arrived updates the same notes.
 */
export function roomRatingOps(doc: WorkshopDoc, ratings: readonly RoomRating[], newId: () => string): TypedOp[] {
  const ops: TypedOp[] = [];
  const byStage = new Map<string, RoomRating[]>();
  for (const r of ratings) byStage.set(r.stageId, [...(byStage.get(r.stageId) ?? []), r]);
  for (const [stageId, list] of byStage) {
    const stage = doc.rows.stage[stageId];
    if (!stage) continue;
    const lane = lanesOf(doc.rows, stage.journeyId).find((l) => l.kind === 'emotions');
    if (!lane) continue;
    const activityId = list[0]!.activityId;
    const score = Math.round((list.reduce((s, r) => s + r.score, 0) / list.length) * 100) / 100;
    const values = { text: msg.room.roomFelt(list.length), score, description: describeRatings(list) };
    const existing = Object.values(doc.rows.note).find((n) => n.fromRoom === activityId && n.stageId === stageId);
    if (existing) ops.push({ kind: 'update', entity: 'note', id: existing.id, patch: values });
    else
      ops.push({
        kind: 'create',
        entity: 'note',
        id: newId(),
        values: { journeyId: stage.journeyId, stageId, laneId: lane.id, color: 'blue', fromRoom: activityId, position: nextPosition(notesIn(doc.rows, stageId, lane.id)), ...values },
      });
  }
  return ops;
}

/** "−2: 1 · +1: 3" and so on, with names where given. */
function describeRatings(list: readonly RoomRating[]): string {
  const fmt = new Intl.NumberFormat('en', { signDisplay: 'exceptZero' });
  return byScore(list)
    .map(([score, rs]) => `${fmt.format(score).replace('-', '\u2212')}: ${rs.map((r) => r.author || msg.room.anonymous).join(', ')}`)
    .join('\n');
}

function byScore(list: readonly RoomRating[]): [number, RoomRating[]][] {
  const m = new Map<number, RoomRating[]>();
  for (const r of list) m.set(r.score, [...(m.get(r.score) ?? []), r]);
  return [...m].sort((a, b) => a[0] - b[0]);
}

/**
 * A phone's dots: its earlier dots on this vote's gaps go, its new ones come, one row per gap with
 * the number of dots. From the room, they stay hidden until the reveal (shared/domain/gaps.ts).
 */
export function roomVoteOps(doc: WorkshopDoc, votes: readonly RoomVotes[], newId: () => string): TypedOp[] {
  const ops: TypedOp[] = [];
  for (const v of votes) {
    const gaps = new Set(v.activityGapIds);
    for (const row of Object.values(doc.rows.vote)) {
      if (row.fromRoom === v.participant && gaps.has(row.gapId)) ops.push({ kind: 'delete', entity: 'vote', id: row.id });
    }
    const counts = new Map<string, number>();
    for (const g of v.gapIds.slice(0, v.dots)) counts.set(g, (counts.get(g) ?? 0) + 1);
    for (const [gapId, count] of counts) {
      if (!doc.rows.gap[gapId]) continue;
      ops.push({ kind: 'create', entity: 'vote', id: newId(), values: { gapId, participantId: null, count, fromRoom: v.participant, author: v.author } });
    }
  }
  return ops;
}

/**
 * Quick survey answers as survey responses, under one survey import per room question (made the
 * first time its answers are kept), dated the day they were given.
 */
export function roomAnswerOps(doc: WorkshopDoc, answers: readonly RoomAnswer[], newId: () => string, day: (epochMs: number) => string): TypedOp[] {
  const ops: TypedOp[] = [];
  const imports = new Map<string, string>();
  for (const imp of Object.values(doc.rows.surveyImport)) if (imp.fromRoom) imports.set(imp.fromRoom, imp.id);
  let line = Object.values(doc.rows.surveyResponse).reduce((m, r) => Math.max(m, r.line), 0);
  for (const a of answers) {
    const tp = doc.rows.touchpoint[a.touchpointId];
    if (!tp) continue;
    let importId = imports.get(a.activityId);
    if (!importId) {
      importId = newId();
      imports.set(a.activityId, importId);
      const date = day(a.at);
      ops.push({
        kind: 'create',
        entity: 'surveyImport',
        id: importId,
        values: {
          journeyId: doc.rows.journey[a.journeyId] ? a.journeyId : null,
          fileName: msg.room.surveyName(a.survey.toUpperCase(), date),
          kind: a.survey,
          importedOn: date,
          periodStart: date,
          periodEnd: date,
          fromRoom: a.activityId,
          position: nextPosition(byPosition(Object.values(doc.rows.surveyImport))),
        },
      });
    }
    ops.push({
      kind: 'create',
      entity: 'surveyResponse',
      id: newId(),
      values: { importId, score: a.score, comment: '', touchpointId: tp.id, stageId: tp.stageId, respondedOn: day(a.at), line: ++line },
    });
  }
  return ops;
}
