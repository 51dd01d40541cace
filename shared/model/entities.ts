/**
 * The entities of a workshop (docs/method.md, "Words used in the code") and the workshop itself, as field specs.
 * Every child row also carries `id` and `workshopId`; those are managed by the op layer, never
 * patched. The SQL schema in electron/db/migrations must agree with this file, and a unit test
 * checks that it does.
 */
import { msg } from '../strings';
import { AVATAR_DATA_URL } from '../domain/avatar-image';
import { f, type FieldSpecs, type ValuesOf } from './fields';
import { ENTITY_NAMES, type EntityName } from './entity-names';
import {
  ACTION_STATUSES,
  ACTUAL_SOURCES,
  AVATAR_KINDS,
  BLUEPRINT_LAYERS,
  COLLECTION_METHODS,
  EMOTIONAL_DRIVERS,
  EVIDENCE_KINDS,
  GAP_COMPONENTS,
  IMPORTANCE,
  INDUSTRIES,
  LANE_KINDS,
  METRIC_KINDS,
  NOTE_COLORS,
  STEP_IDS,
  SEVERITIES,
  SURVEY_KINDS,
} from './vocab';

export { ENTITY_NAMES, type EntityName };

const SHORT = 200;
const MEDIUM = 2000;
const LONG = 10000;
/** A team or channel name, and how many a workshop's list holds. */
const TERM = 60;
const TERMS = 60;

/**
 * What another journey-mapping tool says about a note or a touchpoint (migration 0110): kept so
 * nothing brought in is lost, shown in the detail panel, table and report. `sourceId` is the id the
 * item had in the file it came from, written back out when it is exported.
 */
const ITEM_WORDS = {
  sentiment: f.text(40),
  severity: f.enumOf(SEVERITIES, true),
  tags: f.list(100, 100),
  icon: f.text(SHORT),
  iconColor: f.text(40),
  purpose: f.text(60),
  sourceId: f.text(100),
} as const;

/** Who in the room sent a row from a phone (migration 0120): the phone's id for that room and
 * the first name given, both empty for rows typed on the laptop. */
const FROM_THE_ROOM = {
  fromRoom: f.text(40),
  author: f.text(40),
} as const;

/** The editable fields of a workshop (its Setup step). Timestamps are kept by main. */
export const WORKSHOP_FIELDS = {
  title: f.text(SHORT, { required: true, requiredMessage: msg.validation.workshopTitleRequired }),
  client: f.text(SHORT),
  workshopDate: f.date(),
  facilitator: f.text(SHORT),
  industry: f.enumOf(INDUSTRIES, true),
  scopeJourney: f.text(MEDIUM),
  scopeProduct: f.text(MEDIUM),
  scopeSegments: f.text(MEDIUM),
  vision: f.text(LONG),
  votesPerParticipant: f.int(1, 20),
  votesRevealed: f.bool(),
  // Set when a round is started from another (shared/domain/rounds.ts), not typed by anyone.
  round: f.int(1, 999),
  previousRoundId: f.text(36),
  // The self-assessment interview in progress (shared/domain/interview.ts), as JSON; empty if none.
  // Room for twenty steps answered in full (3 × 2,000 characters each) and the rest.
  interview: f.text(LONG * 16),
  // What the report holds and on what paper (shared/domain/report-plan.ts).
  reportSections: f.text(400),
  reportPageSize: f.enumOf(['a4', 'letter']),
  // Which survey period the figures use: '' the latest, 'all' every period pooled, or one period's key.
  surveyPeriod: f.text(60),
  // The client's own teams and channels, as its pickers offer them (shared/domain/vocabulary.ts).
  teams: f.list(TERMS, TERM),
  channels: f.list(TERMS, TERM),
  // Names survey files use for the journey's places, as the user mapped them: JSON, file word → place.
  surveyNames: f.text(LONG * 2),
  // The client's logo for the report cover: a data: URL of a checked image, like a persona's photo.
  clientLogo: f.text(800_000, { pattern: AVATAR_DATA_URL, patternMessage: msg.validation.notAnImage }),
} as const satisfies FieldSpecs;

export const ENTITY_FIELDS = {
  participant: {
    name: f.text(SHORT),
    role: f.text(SHORT),
    position: f.position(),
  },
  persona: {
    name: f.text(SHORT),
    role: f.text(SHORT),
    bio: f.text(MEDIUM),
    goals: f.text(MEDIUM),
    needs: f.text(MEDIUM),
    painPoints: f.text(MEDIUM),
    behaviours: f.text(MEDIUM),
    channels: f.list(TERMS, TERM),
    quote: f.text(MEDIUM),
    importance: f.enumOf(IMPORTANCE, true),
    importanceWhy: f.text(MEDIUM),
    avatarKind: f.enumOf(AVATAR_KINDS),
    avatarIllustration: f.text(60),
    // A data: URL of a checked image (see shared/domain/avatar-image.ts); 512 KB as base64 fits.
    avatarImage: f.text(800_000, { pattern: AVATAR_DATA_URL, patternMessage: msg.validation.notAnImage }),
    position: f.position(),
  },
  journey: {
    personaId: f.ref('persona', 'set null', true),
    name: f.text(SHORT),
    pointOfView: f.text(MEDIUM),
    templateId: f.text(100),
    position: f.position(),
  },
  lane: {
    journeyId: f.ref('journey', 'cascade'),
    kind: f.enumOf(LANE_KINDS),
    name: f.text(SHORT),
    hidden: f.bool(),
    sourceId: f.text(100),
    position: f.position(),
  },
  stage: {
    journeyId: f.ref('journey', 'cascade'),
    name: f.text(SHORT),
    description: f.text(MEDIUM),
    // Consecutive stages with the same phase name are drawn as one phase above them.
    phase: f.text(SHORT),
    sourceId: f.text(100),
    position: f.position(),
  },
  // A theme from grouping notes (migration 0130, docs/themes.md); its notes and evidence point at it.
  theme: {
    journeyId: f.ref('journey', 'set null', true),
    name: f.text(SHORT),
    color: f.enumOf(NOTE_COLORS),
    position: f.position(),
  },
  touchpoint: {
    journeyId: f.ref('journey', 'cascade'),
    stageId: f.ref('stage', 'cascade'),
    name: f.text(SHORT),
    description: f.text(MEDIUM),
    // Names from the workshop's own lists (shared/domain/vocabulary.ts).
    channel: f.text(TERM),
    team: f.text(TERM),
    momentOfTruth: f.bool(),
    originId: f.text(36),
    ...ITEM_WORDS,
    position: f.position(),
  },
  note: {
    journeyId: f.ref('journey', 'cascade'),
    stageId: f.ref('stage', 'cascade'),
    laneId: f.ref('lane', 'cascade'),
    text: f.text(MEDIUM),
    color: f.enumOf(NOTE_COLORS),
    description: f.text(LONG),
    // On the emotion scale; a scored note is a point on the curve at its stage.
    score: f.real(-2, 2, true),
    momentOfTruth: f.bool(),
    ...ITEM_WORDS,
    ...FROM_THE_ROOM,
    themeId: f.ref('theme', 'set null', true),
    // The room's question a phone answered with this note (migration 0130), to group its answers.
    roomPrompt: f.text(200),
    position: f.position(),
  },
  emotion: {
    touchpointId: f.ref('touchpoint', 'cascade'),
    score: f.real(-2, 2),
    comment: f.text(MEDIUM),
  },
  blueprintItem: {
    journeyId: f.ref('journey', 'cascade'),
    stageId: f.ref('stage', 'cascade'),
    touchpointId: f.ref('touchpoint', 'set null', true),
    // Set instead of a touchpoint when the item came with a note from another tool (migration 0110).
    noteId: f.ref('note', 'set null', true),
    layer: f.enumOf(BLUEPRINT_LAYERS),
    text: f.text(MEDIUM),
    role: f.text(SHORT),
    timing: f.text(SHORT),
    how: f.text(MEDIUM),
    team: f.text(TERM),
    position: f.position(),
  },
  gap: {
    touchpointId: f.ref('touchpoint', 'cascade'),
    title: f.text(SHORT),
    intended: f.text(MEDIUM),
    intendedScore: f.int(1, 5, true),
    actual: f.text(MEDIUM),
    actualScore: f.int(1, 5, true),
    actualSource: f.enumOf(ACTUAL_SOURCES),
    component: f.enumOf(GAP_COMPONENTS, true),
    driver: f.enumOf(EMOTIONAL_DRIVERS, true),
    severity: f.int(1, 5, true),
    frequency: f.int(1, 5, true),
    originId: f.text(36),
    position: f.position(),
  },
  vote: {
    gapId: f.ref('gap', 'cascade'),
    participantId: f.ref('participant', 'cascade', true),
    count: f.int(0, 999),
    ...FROM_THE_ROOM,
  },
  metric: {
    touchpointId: f.ref('touchpoint', 'cascade', true),
    stageId: f.ref('stage', 'cascade', true),
    kind: f.enumOf(METRIC_KINDS),
    customName: f.text(SHORT),
    method: f.enumOf(COLLECTION_METHODS, true),
    baseline: f.real(-1e12, 1e12, true),
    // The period the baseline was taken in, and the value now with its period.
    baselinePeriod: f.text(60),
    current: f.real(-1e12, 1e12, true),
    currentPeriod: f.text(60),
    target: f.real(-1e12, 1e12, true),
    unit: f.text(40),
    reviewDate: f.date(),
    originId: f.text(36),
    position: f.position(),
  },
  action: {
    title: f.text(SHORT),
    description: f.text(LONG),
    owner: f.text(SHORT),
    team: f.text(TERM),
    dueDate: f.date(),
    status: f.enumOf(ACTION_STATUSES),
    impact: f.int(1, 5, true),
    effort: f.int(1, 5, true),
    wow: f.bool(),
    metricId: f.ref('metric', 'set null', true),
    originId: f.text(36),
    position: f.position(),
  },
  actionGap: {
    actionId: f.ref('action', 'cascade'),
    gapId: f.ref('gap', 'cascade'),
  },
  evidence: {
    kind: f.enumOf(EVIDENCE_KINDS),
    text: f.text(LONG),
    source: f.text(SHORT),
    collectedOn: f.date(),
    themeId: f.ref('theme', 'set null', true),
    position: f.position(),
  },
  evidenceLink: {
    evidenceId: f.ref('evidence', 'cascade'),
    personaId: f.ref('persona', 'cascade', true),
    touchpointId: f.ref('touchpoint', 'cascade', true),
    gapId: f.ref('gap', 'cascade', true),
  },
  surveyImport: {
    journeyId: f.ref('journey', 'set null', true),
    fileName: f.text(SHORT),
    kind: f.enumOf(SURVEY_KINDS),
    importedOn: f.date(),
    // The first and last day its answers were given (shared/domain/periods.ts).
    periodStart: f.date(),
    periodEnd: f.date(),
    // The room question its answers were given to, when they came from phones (migration 0120).
    fromRoom: f.text(40),
    position: f.position(),
  },
  surveyResponse: {
    importId: f.ref('surveyImport', 'cascade'),
    score: f.real(0, 10),
    comment: f.text(MEDIUM),
    touchpointId: f.ref('touchpoint', 'set null', true),
    stageId: f.ref('stage', 'set null', true),
    respondedOn: f.date(),
    line: f.int(0, 10_000_000),
  },
  // One per step: its exercise timer and the facilitator's private notes. The timer stores when
  // it ends (epoch ms), not a counter, so it survives a reload and a restart.
  stepState: {
    step: f.enumOf(STEP_IDS),
    timerSeconds: f.int(0, 24 * 3600),
    timerRemaining: f.int(0, 24 * 3600),
    timerEndsAt: f.real(0, 1e14, true),
    notes: f.text(LONG),
  },
} as const satisfies Record<EntityName, FieldSpecs>;

/** SQL table of each entity. Plain names; `action` and others are not SQL keywords in SQLite. */
export const TABLE_OF: Record<EntityName | 'workshop', string> = {
  workshop: 'workshop',
  participant: 'participant',
  persona: 'persona',
  journey: 'journey',
  lane: 'lane',
  stage: 'stage',
  theme: 'theme',
  touchpoint: 'touchpoint',
  note: 'note',
  emotion: 'emotion',
  blueprintItem: 'blueprint_item',
  gap: 'gap',
  vote: 'vote',
  metric: 'metric',
  action: 'action',
  actionGap: 'action_gap',
  evidence: 'evidence',
  evidenceLink: 'evidence_link',
  surveyImport: 'survey_import',
  surveyResponse: 'survey_response',
  stepState: 'step_state',
};

export type WorkshopFields = ValuesOf<typeof WORKSHOP_FIELDS>;

/** `rev`: raised by one on every change to the row (docs/sessions.md); `lastSeq`: the number of
 * the last batch stored in the workshop. Both are kept by main, never edited. */
export interface WorkshopRow extends WorkshopFields {
  id: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  rev?: number;
  lastSeq?: number;
}

export type RowOf<E extends EntityName> = ValuesOf<(typeof ENTITY_FIELDS)[E]> & { id: string; workshopId: string; rev?: number };
export type AnyRow = { id: string; workshopId: string; rev?: number } & Record<string, unknown>;

/** A reference from one entity's field to another entity. */
export interface RefEdge {
  from: EntityName;
  field: string;
  to: EntityName;
  onDelete: 'cascade' | 'set null';
}

export const REF_EDGES: readonly RefEdge[] = ENTITY_NAMES.flatMap((from) =>
  Object.entries(ENTITY_FIELDS[from] as FieldSpecs).flatMap(([field, spec]) =>
    spec.type === 'ref' ? [{ from, field, to: spec.entity, onDelete: spec.onDelete }] : [],
  ),
);

export function isEntityName(value: unknown): value is EntityName {
  return typeof value === 'string' && (ENTITY_NAMES as readonly string[]).includes(value);
}

export function fieldsOf(entity: EntityName | 'workshop'): FieldSpecs {
  return entity === 'workshop' ? WORKSHOP_FIELDS : ENTITY_FIELDS[entity];
}
