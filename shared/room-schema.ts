/**
 * What the facilitator asks to put on show in the room, checked in main before phones see it
 * (kept apart from shared/room.ts so the phone page does not carry the validator).
 */
import { z } from 'zod';
import { uuidSchema } from './model/fields';
import { NOTE_COLORS } from './model/vocab';
import { ROOM_SURVEY_KINDS, type RoomShow } from './room';

const id = z.string().min(1).max(100);
const named = z.strictObject({ id: uuidSchema, name: z.string().max(200) });
const landing = z.strictObject({ journeyId: uuidSchema, stageId: uuidSchema, laneId: uuidSchema, color: z.enum(NOTE_COLORS) });

/** Checked in main before anything is put on show: phones see exactly this. */
export const roomShowSchema = z.union([
  z.strictObject({
    activity: z.strictObject({ kind: z.literal('notes'), id, prompt: z.string().trim().min(1, { error: 'Write the question for the room.' }).max(200), place: z.string().max(200) }),
    landing,
  }),
  z.strictObject({
    activity: z.strictObject({ kind: z.literal('rate'), id, stages: z.array(named).min(1, { error: 'The journey has no stages to rate.' }).max(60) }),
    journeyId: uuidSchema,
  }),
  z.strictObject({
    activity: z.strictObject({ kind: z.literal('vote'), id, dots: z.number().int().min(1).max(20), gaps: z.array(z.strictObject({ id: uuidSchema, title: z.string().max(200) })).min(1, { error: 'There are no gaps to vote on yet.' }).max(200) }),
  }),
  z.strictObject({
    activity: z.strictObject({ kind: z.literal('survey'), id, survey: z.enum(ROOM_SURVEY_KINDS), touchpoints: z.array(named).min(1, { error: 'Choose a journey with touchpoints.' }).max(100) }),
    journeyId: uuidSchema,
  }),
]) satisfies z.ZodType<RoomShow>;

