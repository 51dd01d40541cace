import type { WorkshopRow } from '../../shared/model/entities';

/** A workshop row with every field at its empty value, for pure tests. */
export function blankWorkshop(overrides: Partial<WorkshopRow> = {}): WorkshopRow {
  return {
    id: 'w', title: 'T', client: '', workshopDate: null, facilitator: '', industry: null, scopeJourney: '', scopeProduct: '',
    scopeSegments: '', vision: '', votesPerParticipant: 3, votesRevealed: false, round: 1, previousRoundId: '', interview: '', reportSections: '', reportPageSize: 'a4', surveyPeriod: '', teams: [], channels: [], surveyNames: '', clientLogo: '', createdAt: '', updatedAt: '', archivedAt: null,
    ...overrides,
  };
}
