/**
 * Order is explicit: every ordered row has a `position`. These helpers compute the positions a
 * reorder needs, as the smallest set of updates.
 */

export interface Positioned {
  id: string;
  position: number;
}

export function byPosition<T extends Positioned>(rows: Iterable<T>): T[] {
  return [...rows].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/** The position for a row appended after all of `rows`. */
export function nextPosition(rows: Iterable<Positioned>): number {
  let max = 0;
  for (const r of rows) max = Math.max(max, r.position);
  return Math.floor(max) + 1;
}

/**
 * Move the row `id` to index `toIndex` of the ordered list; returns the position updates needed.
 * Rows are renumbered 1..n so positions stay small whole numbers however often people reorder.
 */
export function moveTo<T extends Positioned>(rows: Iterable<T>, id: string, toIndex: number): { id: string; position: number }[] {
  const ordered = byPosition(rows);
  const from = ordered.findIndex((r) => r.id === id);
  if (from < 0) return [];
  const clamped = Math.max(0, Math.min(ordered.length - 1, toIndex));
  if (clamped === from) return [];
  const [moved] = ordered.splice(from, 1);
  ordered.splice(clamped, 0, moved!);
  const updates: { id: string; position: number }[] = [];
  ordered.forEach((r, i) => {
    if (r.position !== i + 1) updates.push({ id: r.id, position: i + 1 });
  });
  return updates;
}
