/**
 * Where the impact/effort matrix draws each action: actions in the same cell sit side by side
 * (never on top of one another, so the dot under the pointer is the one that moves), and each
 * title goes in the first free place around its dot: right, left, a line up or down, above or
 * below. A title with no free place is not drawn; it shows while its dot is hovered or dragged.
 * Pure, so the placement is tested without a canvas.
 */

export interface MatrixItem {
  id: string;
  title: string;
  impact: number;
  effort: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MatrixDot {
  id: string;
  x: number;
  y: number;
  /** Where the title goes, or null when there is no room for it. */
  label: Rect | null;
  /** The title is not level with its dot: a line joins them. */
  leader: boolean;
}

export const DOT_RADIUS = 9;
const SPACING = 24;
const LABEL_HEIGHT = 16;
const LABEL_MAX = 170;
const GAP = 5;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function layoutMatrix(items: readonly MatrixItem[], area: Rect, measure: (text: string) => number, reserved: readonly Rect[] = []): MatrixDot[] {
  const cellH = area.height / 5;
  const cells = new Map<string, MatrixItem[]>();
  for (const item of items) {
    const key = `${item.impact}:${item.effort}`;
    cells.set(key, [...(cells.get(key) ?? []), item]);
  }
  const dots: MatrixDot[] = [];
  for (const members of cells.values()) {
    const { impact, effort } = members[0]!;
    const cx = area.x + ((effort - 0.5) / 5) * area.width;
    const cy = area.y + ((5.5 - impact) / 5) * area.height;
    // Stacked down the cell first, so each title can sit level with its own dot; a second column
    // only when the cell is full.
    const perColumn = Math.max(1, Math.min(members.length, Math.floor(cellH / SPACING)));
    const columns = Math.ceil(members.length / perColumn);
    members.forEach((m, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      const inColumn = Math.min(perColumn, members.length - column * perColumn);
      dots.push({ id: m.id, x: cx + (column - (columns - 1) / 2) * SPACING, y: cy + (row - (inColumn - 1) / 2) * SPACING, label: null, leader: false });
    });
  }
  const taken: Rect[] = [...reserved, ...dots.map((d) => ({ x: d.x - DOT_RADIUS, y: d.y - DOT_RADIUS, width: DOT_RADIUS * 2, height: DOT_RADIUS * 2 }))];
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  for (const dot of dots) {
    const width = Math.min(LABEL_MAX, Math.ceil(measure(titleOf.get(dot.id) ?? '')) + 2);
    const right = dot.x + DOT_RADIUS + GAP;
    const left = dot.x - DOT_RADIUS - GAP - width;
    const mid = dot.y - LABEL_HEIGHT / 2;
    const candidates: [number, number][] = [
      [right, mid],
      [left, mid],
      ...[1, -1, 2, -2].flatMap((k): [number, number][] => [
        [right, mid + k * LABEL_HEIGHT],
        [left, mid + k * LABEL_HEIGHT],
      ]),
      [dot.x - width / 2, dot.y + DOT_RADIUS + 2],
      [dot.x - width / 2, dot.y - DOT_RADIUS - 2 - LABEL_HEIGHT],
    ];
    for (const [i, [x, y]] of candidates.entries()) {
      const rect = { x, y, width, height: LABEL_HEIGHT };
      const inside = x >= area.x + 2 && x + width <= area.x + area.width - 2 && y >= area.y + 2 && y + LABEL_HEIGHT <= area.y + area.height - 2;
      if (inside && !taken.some((t) => overlaps(t, rect))) {
        dot.label = rect;
        dot.leader = i >= 2;
        taken.push(rect);
        break;
      }
    }
  }
  return dots;
}
