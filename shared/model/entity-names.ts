/**
 * Every child entity of a workshop, parents before children. Order matters: creating rows in this
 * order never references a row that does not exist yet (used by duplicate, import and undo).
 */
export const ENTITY_NAMES = [
  'participant',
  'persona',
  'journey',
  'lane',
  'stage',
  'theme',
  'touchpoint',
  'note',
  'emotion',
  'blueprintItem',
  'gap',
  'vote',
  'metric',
  'action',
  'actionGap',
  'evidence',
  'evidenceLink',
  'surveyImport',
  'surveyResponse',
  'stepState',
] as const;

export type EntityName = (typeof ENTITY_NAMES)[number];
