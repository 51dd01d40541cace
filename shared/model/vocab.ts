/**
 * The closed vocabularies of the CX method (docs/method.md). Stored values are stable English
 * identifiers; what the user reads comes from the strings catalogue.
 */
export const INDUSTRIES = ['b2b', 'software', 'retail', 'healthcare', 'hospitality', 'nonprofit', 'membership', 'education', 'public', 'local', 'other'] as const;
export type Industry = (typeof INDUSTRIES)[number];

/**
 * The channel and team keys stored before each workshop had its own lists (migration 0080). A
 * value is now the name the workshop uses; these keys are still read from older files and tests,
 * and shown by their names (shared/domain/vocabulary.ts).
 */
export const LEGACY_CHANNELS = ['web', 'app', 'email', 'phone', 'chat', 'in_person', 'social', 'mail', 'other'] as const;
export const LEGACY_TEAMS = ['marketing', 'sales', 'product', 'service', 'billing', 'onboarding', 'other'] as const;
export const IMPORTANCE = ['high', 'medium', 'low'] as const;
export const AVATAR_KINDS = ['initials', 'illustration', 'image'] as const;

export const LANE_KINDS = [
  'goals',
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pain_points',
  'opportunities',
  'custom',
] as const;

export const NOTE_COLORS = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple', 'grey'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

export const BLUEPRINT_LAYERS = ['evidence', 'customer_action', 'front_stage', 'back_stage', 'support', 'system'] as const;

export const GAP_COMPONENTS = ['outcome', 'interaction', 'effort', 'consistency'] as const;
export const EMOTIONAL_DRIVERS = ['trust', 'individuals', 'easy', 'empathy', 'promise', 'put_right'] as const;
export const ACTUAL_SOURCES = ['manual', 'csat', 'ces'] as const;

export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;

export const METRIC_KINDS = [
  'csat',
  'nps',
  'ces',
  'fcr',
  'resolution_time',
  'conversion',
  'retention',
  'churn',
  'time_to_value',
  'custom',
] as const;
export const COLLECTION_METHODS = ['survey', 'interview', 'analytics', 'support_data'] as const;

export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const EVIDENCE_KINDS = ['quote', 'interview', 'survey', 'support', 'analytics', 'other'] as const;

/** The workshop's steps, in order (the rail, timers and facilitator notes are per step). */
export const STEP_IDS = ['setup', 'listen', 'personas', 'journey', 'blueprint', 'gaps', 'actions', 'measure', 'report'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** How much an item matters, in the words journey-mapping tools use. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
