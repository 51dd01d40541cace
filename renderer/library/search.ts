/** Library search: every word typed must appear in the title, client or facilitator (any case, any accents). */
import type { WorkshopSummary } from '../../shared/api';

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function matchesSearch(w: Pick<WorkshopSummary, 'title' | 'client' | 'facilitator'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${w.title} ${w.client} ${w.facilitator}`);
  return words.every((word) => haystack.includes(word));
}
