/**
 * What the facilitator puts on show in the room, built from the workshop (docs/room.md): phones
 * see names and titles only, never notes, evidence or anything else of the workshop.
 */
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import type { NoteColor } from '../model/vocab';
import type { RoomShow, RoomSurveyKind } from '../room';
import { msg } from '../strings';
import { journeyTouchpoints, lanesOf, stagesOf } from './journey';

export type ShowChoice =
  | { kind: 'notes'; prompt: string; journeyId: string; stageId: string; laneId: string; color: NoteColor }
  | { kind: 'rate'; journeyId: string }
  | { kind: 'vote' }
  | { kind: 'survey'; journeyId: string; survey: RoomSurveyKind };

/** The show for a choice, or a sentence saying why there is nothing to show. */
export function roomShow(doc: WorkshopDoc, choice: ShowChoice, id: string): RoomShow | string {
  if (choice.kind === 'notes') {
    const stage = doc.rows.stage[choice.stageId];
    const lane = doc.rows.lane[choice.laneId];
    if (!stage || !lane) return msg.room.noStages;
    if (!choice.prompt.trim()) return msg.room.promptRequired;
    return {
      activity: { kind: 'notes', id, prompt: choice.prompt.trim().slice(0, 200), place: msg.room.place(stage.name, lane.name).slice(0, 200) },
      landing: { journeyId: choice.journeyId, stageId: stage.id, laneId: lane.id, color: choice.color },
    };
  }
  if (choice.kind === 'rate') {
    const stages = stagesOf(doc.rows, choice.journeyId);
    if (stages.length === 0) return msg.room.noStages;
    return { activity: { kind: 'rate', id, stages: stages.slice(0, 60).map((s) => ({ id: s.id, name: s.name.slice(0, 200) })) }, journeyId: choice.journeyId };
  }
  if (choice.kind === 'vote') {
    const gaps = byPosition(Object.values(doc.rows.gap)).filter((g) => doc.rows.touchpoint[g.touchpointId]);
    if (gaps.length === 0) return msg.room.noGaps;
    return {
      activity: {
        kind: 'vote',
        id,
        dots: doc.workshop.votesPerParticipant,
        gaps: gaps.slice(0, 200).map((g) => ({ id: g.id, title: (g.title || doc.rows.touchpoint[g.touchpointId]!.name).slice(0, 200) })),
      },
    };
  }
  const touchpoints = journeyTouchpoints(doc.rows, choice.journeyId);
  if (touchpoints.length === 0) return msg.room.noTouchpoints;
  return { activity: { kind: 'survey', id, survey: choice.survey, touchpoints: touchpoints.slice(0, 100).map((t) => ({ id: t.id, name: t.name.slice(0, 200) })) }, journeyId: choice.journeyId };
}

/** The lanes a prompt's notes can land in: every visible lane that holds sticky notes. */
export function noteLanes(doc: WorkshopDoc, journeyId: string) {
  return lanesOf(doc.rows, journeyId, false).filter((l) => l.kind !== 'touchpoints' && l.kind !== 'emotions');
}
