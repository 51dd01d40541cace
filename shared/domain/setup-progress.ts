/**
 * How complete the Setup step is: what a facilitator should have agreed before the room moves on.
 * Pure, so the rail, the report and the tests all count the same way.
 */
import type { WorkshopRow } from '../model/entities';
import type { Tables } from '../model/ops';

export type SetupItem = 'client' | 'date' | 'facilitator' | 'industry' | 'participants' | 'scope' | 'vision';

export interface Progress {
  done: number;
  total: number;
  missing: SetupItem[];
}

const filled = (s: string) => s.trim().length > 0;

export function setupProgress(workshop: WorkshopRow, rows: Pick<Tables, 'participant'>): Progress {
  const checks: Record<SetupItem, boolean> = {
    client: filled(workshop.client),
    date: workshop.workshopDate !== null,
    facilitator: filled(workshop.facilitator),
    industry: workshop.industry !== null,
    participants: Object.values(rows.participant).some((p) => filled(p.name)),
    scope: filled(workshop.scopeJourney) || filled(workshop.scopeProduct) || filled(workshop.scopeSegments),
    vision: filled(workshop.vision),
  };
  const missing = (Object.keys(checks) as SetupItem[]).filter((k) => !checks[k]);
  return { done: Object.keys(checks).length - missing.length, total: Object.keys(checks).length, missing };
}
