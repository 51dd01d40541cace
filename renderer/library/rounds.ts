/**
 * The library's rows with rounds grouped: each workshop's later rounds listed under its first
 * round, in round order, and the group placed where its most recently edited round would be.
 * Pure, so it is tested without a browser.
 */
import type { WorkshopSummary } from '../../shared/api';

export interface LibraryRow {
  workshop: WorkshopSummary;
  /** A later round, shown indented under the round it continues. */
  later: boolean;
  /** "Round 1", "Round 2"; null for a workshop with no other rounds. */
  round: number | null;
}

export function groupRounds(list: readonly WorkshopSummary[]): LibraryRow[] {
  const byId = new Map(list.map((w) => [w.id, w]));
  const rootOf = (w: WorkshopSummary): string => {
    const seen = new Set<string>();
    let at = w;
    while (at.previousRoundId && byId.has(at.previousRoundId) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.previousRoundId)!;
    }
    return at.id;
  };
  // The list comes most recently edited first: a group takes the place of its first member there.
  const groups = new Map<string, WorkshopSummary[]>();
  for (const w of list) {
    const root = rootOf(w);
    const group = groups.get(root) ?? [];
    group.push(w);
    groups.set(root, group);
  }
  const rows: LibraryRow[] = [];
  for (const [root, members] of groups) {
    const ordered = [byId.get(root)!, ...members.filter((m) => m.id !== root).sort((a, b) => a.round - b.round || a.createdAt.localeCompare(b.createdAt))];
    const several = ordered.length > 1;
    for (const w of ordered) rows.push({ workshop: w, later: w.id !== root, round: several || w.round > 1 ? w.round : null });
  }
  return rows;
}
