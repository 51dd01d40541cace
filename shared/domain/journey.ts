/**
 * Journey-map rules as pure functions that return operations: the lanes a journey starts with,
 * creating a journey (blank or from a template), moving notes between cells, reordering stages,
 * duplicating notes. The canvas and the table view both edit through these, so they agree.
 */
import { ENTITY_FIELDS, type RowOf } from '../model/entities';
import type { Op, TypedOp, Tables, WorkshopDoc } from '../model/ops';
import { byPosition, moveTo, nextPosition } from '../model/positions';
import { LANE_KINDS } from '../model/vocab';
import { msg } from '../strings';
import type { JourneyTemplate } from './templates';
import { roundHalfAway } from './metrics';

export type LaneKind = (typeof LANE_KINDS)[number];
export type Note = RowOf<'note'>;
export type Stage = RowOf<'stage'>;
export type Lane = RowOf<'lane'>;
export type Touchpoint = RowOf<'touchpoint'>;

/** The rows of a journey map, top to bottom (docs/method.md: goals, actions, touchpoints, thoughts,
 * emotions, pain points, opportunities). */
export const DEFAULT_LANES: readonly LaneKind[] = LANE_KINDS.filter((k) => k !== 'custom');

export function stagesOf(rows: Pick<Tables, 'stage'>, journeyId: string): Stage[] {
  return byPosition(Object.values(rows.stage).filter((s) => s.journeyId === journeyId));
}

export function lanesOf(rows: Pick<Tables, 'lane'>, journeyId: string, includeHidden = true): Lane[] {
  return byPosition(Object.values(rows.lane).filter((l) => l.journeyId === journeyId && (includeHidden || !l.hidden)));
}

export function touchpointsOf(rows: Pick<Tables, 'touchpoint'>, stageId: string): Touchpoint[] {
  return byPosition(Object.values(rows.touchpoint).filter((t) => t.stageId === stageId));
}

/** Touchpoints of a whole journey in reading order: by stage, then within the stage. */
export function journeyTouchpoints(rows: Pick<Tables, 'stage' | 'touchpoint'>, journeyId: string): Touchpoint[] {
  return stagesOf(rows, journeyId).flatMap((s) => touchpointsOf(rows, s.id));
}

export function notesIn(rows: Pick<Tables, 'note'>, stageId: string, laneId: string): Note[] {
  return byPosition(Object.values(rows.note).filter((n) => n.stageId === stageId && n.laneId === laneId));
}

export function emotionOf(rows: Pick<Tables, 'emotion'>, touchpointId: string): RowOf<'emotion'> | undefined {
  return Object.values(rows.emotion).find((e) => e.touchpointId === touchpointId);
}

export interface NewJourney {
  journeyId: string;
  name: string;
  personaId: string | null;
  position: number;
  template?: JourneyTemplate;
  /** Keep the template's prompt notes (the facilitator can also clear them later). */
  withPrompts?: boolean;
}

/** Everything needed to create a journey: the journey, its lanes, and a template's stages,
 * touchpoints and prompt notes. */
export function newJourneyOps(spec: NewJourney, newId: () => string): TypedOp[] {
  const { journeyId } = spec;
  const ops: TypedOp[] = [
    {
      kind: 'create',
      entity: 'journey',
      id: journeyId,
      values: { name: spec.name, personaId: spec.personaId, position: spec.position, templateId: spec.template?.id ?? '' },
    },
  ];
  const laneIds = new Map<LaneKind, string>();
  DEFAULT_LANES.forEach((kind, i) => {
    const id = newId();
    laneIds.set(kind, id);
    ops.push({ kind: 'create', entity: 'lane', id, values: { journeyId, kind, name: msg.journey.laneNames[kind], position: i + 1 } });
  });
  const stages = spec.template?.stages ?? [{ name: msg.journey.firstStage, touchpoints: [], prompts: [] }];
  stages.forEach((stage, si) => {
    const stageId = newId();
    ops.push({
      kind: 'create',
      entity: 'stage',
      id: stageId,
      values: { journeyId, name: stage.name, description: stage.description ?? '', phase: 'phase' in stage ? (stage.phase ?? '') : '', position: si + 1 },
    });
    stage.touchpoints.forEach((tp, ti) => {
      ops.push({
        kind: 'create',
        entity: 'touchpoint',
        id: newId(),
        values: {
          journeyId,
          stageId,
          name: tp.name,
          channel: tp.channel,
          team: tp.team,
          momentOfTruth: tp.momentOfTruth ?? false,
          position: ti + 1,
        },
      });
    });
    if (spec.withPrompts !== false) {
      const counts = new Map<string, number>();
      for (const prompt of stage.prompts) {
        const laneId = laneIds.get(prompt.lane)!;
        const n = (counts.get(laneId) ?? 0) + 1;
        counts.set(laneId, n);
        ops.push({
          kind: 'create',
          entity: 'note',
          id: newId(),
          values: { journeyId, stageId, laneId, text: prompt.text, color: 'grey', position: n },
        });
      }
    }
  });
  return ops;
}

/**
 * Moves notes into the cell (stage, lane) at `index` among the notes already there, keeping their
 * relative order. Both the target cell and the cells they left are renumbered 1..n.
 */
export function moveNotesOps(doc: WorkshopDoc, noteIds: readonly string[], stageId: string, laneId: string, index: number): TypedOp[] {
  const moving = noteIds.map((id) => doc.rows.note[id]).filter((n): n is Note => !!n);
  if (moving.length === 0) return [];
  const movingIds = new Set(moving.map((n) => n.id));
  const target = notesIn(doc.rows, stageId, laneId).filter((n) => !movingIds.has(n.id));
  const at = Math.max(0, Math.min(index, target.length));
  const ordered = [...target.slice(0, at), ...moving, ...target.slice(at)];
  const patches = new Map<string, Record<string, unknown>>();
  ordered.forEach((n, i) => {
    const patch: Record<string, unknown> = {};
    if (n.position !== i + 1) patch.position = i + 1;
    if (n.stageId !== stageId) patch.stageId = stageId;
    if (n.laneId !== laneId) patch.laneId = laneId;
    if (Object.keys(patch).length) patches.set(n.id, patch);
  });
  // Close the gaps left behind, so positions stay 1..n in every cell.
  const left = new Set(moving.filter((n) => n.stageId !== stageId || n.laneId !== laneId).map((n) => `${n.stageId}:${n.laneId}`));
  for (const key of left) {
    const [s, l] = key.split(':') as [string, string];
    notesIn(doc.rows, s, l)
      .filter((n) => !movingIds.has(n.id))
      .forEach((n, i) => {
        if (n.position !== i + 1) patches.set(n.id, { ...patches.get(n.id), position: i + 1 });
      });
  }
  return [...patches].map(([id, patch]) => ({ kind: 'update', entity: 'note', id, patch }));
}

export function reorderStageOps(doc: WorkshopDoc, journeyId: string, stageId: string, toIndex: number): TypedOp[] {
  return moveTo(stagesOf(doc.rows, journeyId), stageId, toIndex).map((u) => ({
    kind: 'update',
    entity: 'stage',
    id: u.id,
    patch: { position: u.position },
  }));
}

export function reorderLaneOps(doc: WorkshopDoc, journeyId: string, laneId: string, toIndex: number): TypedOp[] {
  return moveTo(lanesOf(doc.rows, journeyId), laneId, toIndex).map((u) => ({
    kind: 'update',
    entity: 'lane',
    id: u.id,
    patch: { position: u.position },
  }));
}

/** A note's own fields (no id, no workshop, no revision), for a copy of it. */
function fieldsOf(n: Note): Partial<Note> {
  return Object.fromEntries(Object.keys(ENTITY_FIELDS.note).map((k) => [k, n[k as keyof Note]])) as Partial<Note>;
}

/** Copies of the notes, each placed right after the last note of its cell. Returns the ops and
 * the new ids (so the copies can be selected). */
export function duplicateNotesOps(doc: WorkshopDoc, noteIds: readonly string[], newId: () => string): { ops: Op[]; ids: string[] } {
  const ops: TypedOp[] = [];
  const ids: string[] = [];
  const nextInCell = new Map<string, number>();
  for (const id of noteIds) {
    const n = doc.rows.note[id];
    if (!n) continue;
    const key = `${n.stageId}:${n.laneId}`;
    const pos = nextInCell.get(key) ?? nextPosition(notesIn(doc.rows, n.stageId, n.laneId));
    nextInCell.set(key, pos + 1);
    const copy = newId();
    ids.push(copy);
    ops.push({
      kind: 'create',
      entity: 'note',
      id: copy,
      // Everything the note says travels with it; only the id it came from another tool with
      // stays behind, as two rows must not claim one.
      values: { ...fieldsOf(n), sourceId: '', position: pos },
    });
  }
  return { ops, ids };
}

/**
 * Pasting several lines into an empty note, or into a cell where a note is being started: one note
 * per non-empty line, in reading order from that place; the notes after it move down. The empty
 * note takes the first line. Null when the paste is a single line (an ordinary paste). Lines longer
 * than a note holds are cut, and counted in `cut`.
 */
export function pasteLinesOps(
  doc: WorkshopDoc,
  into: { noteId: string } | { journeyId: string; stageId: string; laneId: string; index: number },
  text: string,
  newId: () => string,
): { ops: Op[]; ids: string[]; cut: number } | null {
  const lines = linesOf(text);
  if (lines.length < 2) return null;
  const existing = 'noteId' in into ? doc.rows.note[into.noteId] : undefined;
  if ('noteId' in into && !existing) return null;
  const place = existing ?? (into as { journeyId: string; stageId: string; laneId: string });
  const at = { journeyId: place.journeyId, stageId: place.stageId, laneId: place.laneId };
  const cell = notesIn(doc.rows, at.stageId, at.laneId);
  const index = existing ? cell.findIndex((n) => n.id === existing.id) : Math.min((into as { index: number }).index, cell.length);
  const fresh = existing ? lines.slice(1) : lines;
  const ops: TypedOp[] = [];
  const ids: string[] = existing ? [existing.id] : [];
  const first = existing ? index + 1 : index;
  if (existing) ops.push({ kind: 'update', entity: 'note', id: existing.id, patch: { text: lines[0]!.slice(0, 2000) } });
  // The whole cell is numbered again in its new reading order, so no two notes share a place.
  const order: (string | { line: string })[] = [...cell.slice(0, first).map((n) => n.id), ...fresh.map((line) => ({ line })), ...cell.slice(first).map((n) => n.id)];
  order.forEach((item, i) => {
    if (typeof item === 'string') {
      if (doc.rows.note[item]!.position !== i + 1) ops.push({ kind: 'update', entity: 'note', id: item, patch: { position: i + 1 } });
      return;
    }
    const id = newId();
    ids.push(id);
    ops.push({ kind: 'create', entity: 'note', id, values: { ...at, text: item.line.slice(0, 2000), position: i + 1 } });
  });
  return { ops, ids, cut: lines.filter((l) => l.length > 2000).length };
}

/** The non-empty lines of pasted text, trimmed, bullets and numbering ("• ", "- ", "3. ") taken off. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*(?:[-*•‣◦–]|\d{1,3}[.)])\s+/, '').trim())
    .filter(Boolean);
}

/** Sets a touchpoint's emotion score, creating the emotion row the first time. Scores snap to
 * halves and stay within −2…+2. */
export function setEmotionOps(doc: WorkshopDoc, touchpointId: string, score: number, newId: () => string): TypedOp[] {
  const snapped = Math.max(-2, Math.min(2, roundHalfAway(score * 2) / 2));
  const existing = emotionOf(doc.rows, touchpointId);
  if (existing) return [{ kind: 'update', entity: 'emotion', id: existing.id, patch: { score: snapped } }];
  return [{ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId, score: snapped } }];
}

/** The template's prompt notes still in the journey as the template wrote them (grey, text
 * unchanged): the ones "Clear prompt notes" removes. Notes the room has edited are kept. */
export function untouchedPromptIds(doc: WorkshopDoc, journeyId: string, template: JourneyTemplate | undefined): string[] {
  if (!template) return [];
  const prompts = new Set(template.stages.flatMap((s) => s.prompts.map((p) => p.text)));
  return Object.values(doc.rows.note)
    .filter((n) => n.journeyId === journeyId && n.color === 'grey' && prompts.has(n.text))
    .map((n) => n.id);
}
