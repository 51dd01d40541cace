/**
 * The room (docs/room.md): participants join from their phones over the local network and add to
 * the one activity the facilitator has put on show. These are the words main, the facilitator's
 * screen and the phone page share: what a phone is shown, what the facilitator asks to show, and
 * what the facilitator's screen is told about the room.
 */
import type { NOTE_COLORS } from './model/vocab';

/** A note sent from a phone is at most this long, and a phone sends at most this many. */
export const ROOM_NOTE_MAX = 280;
export const ROOM_NOTES_PER_PARTICIPANT = 30;
/** A first name, as a participant gives it. */
export const ROOM_NAME_MAX = 40;

/** The quick survey scales a room question can use (the same as an imported survey's). */
export const ROOM_SURVEY_KINDS = ['csat', 'ces'] as const;
export type RoomSurveyKind = (typeof ROOM_SURVEY_KINDS)[number];

/** What a phone is shown: the activity on show, and nothing of the workshop beyond it. */
export type Activity =
  | { kind: 'notes'; id: string; prompt: string; place: string }
  | { kind: 'rate'; id: string; stages: { id: string; name: string }[] }
  | { kind: 'vote'; id: string; dots: number; gaps: { id: string; title: string }[] }
  | { kind: 'survey'; id: string; survey: RoomSurveyKind; touchpoints: { id: string; name: string }[] };

/** Where the notes of a prompt land when the facilitator approves them. */
export interface NoteLanding {
  journeyId: string;
  stageId: string;
  laneId: string;
  color: (typeof NOTE_COLORS)[number];
}

/** What the facilitator puts on show: the activity, and for a prompt where its notes land. */
export type RoomShow =
  | { activity: Extract<Activity, { kind: 'notes' }>; landing: NoteLanding }
  | { activity: Extract<Activity, { kind: 'rate' }>; journeyId: string }
  | { activity: Extract<Activity, { kind: 'vote' }> }
  | { activity: Extract<Activity, { kind: 'survey' }>; journeyId: string };

/** One thing a phone sent, waiting for the facilitator or already landed. `at` is epoch ms. */
interface Sent {
  id: string;
  /** The phone's id in this room (not its access token). */
  participant: string;
  author: string;
  activityId: string;
  at: number;
  landed: boolean;
}
export type RoomNote = Sent & { text: string; landing: NoteLanding; prompt: string };
export type RoomRating = Sent & { stageId: string; score: number; journeyId: string };
export type RoomVotes = Sent & { gapIds: string[]; dots: number; activityGapIds: string[] };
export type RoomAnswer = Sent & { touchpointId: string; score: number; survey: RoomSurveyKind; journeyId: string };

export type RoomStatus =
  | { open: false; version: number; error?: string }
  | {
      open: true;
      version: number;
      workshopId: string;
      code: string;
      /** Addresses a phone can open, the likeliest first. */
      addresses: string[];
      openedAt: number;
      joined: number;
      landAtOnce: boolean;
      showing: RoomShow | null;
      /** Notes waiting for the facilitator (landed and hidden ones are gone from here). */
      notes: RoomNote[];
      /** Every phone's latest rating, dots and answers for the room's activities, landed or not. */
      ratings: RoomRating[];
      votes: RoomVotes[];
      answers: RoomAnswer[];
    };

/** The advice is shown when nobody has joined a minute after opening: venue Wi-Fi often keeps
 * devices apart, and the laptop's own hotspot is the way round it. */
export const NO_PHONE_AFTER_MS = 60_000;

export function needsJoinAdvice(status: RoomStatus, now: number): boolean {
  return status.open && status.joined === 0 && now - status.openedAt >= NO_PHONE_AFTER_MS;
}

/** The address a phone types: the first one, without the scheme (the QR code carries it whole). */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
