/**
 * The affinity board's layout (docs/themes.md): one column per theme, its name on top and its
 * notes below as cards, in the theme's order. Pure, like the map's layout, so the canvas and the
 * tests agree on where everything is.
 */
import { GEOMETRY, type Box, type Measure } from './journey-layout';

export const BOARD = {
  columnWidth: 232,
  gap: 16,
  padding: 16,
  headerHeight: 56,
  cardGap: 10,
  cardPadding: 10,
  cardMinHeight: 56,
} as const;

export interface BoardCard extends Box {
  id: string;
  themeId: string;
  text: string;
  color: string;
}

export interface BoardColumn extends Box {
  themeId: string;
  name: string;
  color: string;
  count: number;
}

export interface BoardLayout {
  width: number;
  height: number;
  columns: BoardColumn[];
  cards: BoardCard[];
}

export function boardLayout(themes: readonly { id: string; name: string; color: string; items: readonly { id: string; text: string; color: string }[] }[], measure: Measure): BoardLayout {
  const columns: BoardColumn[] = [];
  const cards: BoardCard[] = [];
  let height = 0;
  themes.forEach((t, i) => {
    const x = BOARD.padding + i * (BOARD.columnWidth + BOARD.gap);
    let y = BOARD.padding + BOARD.headerHeight + BOARD.cardGap;
    for (const item of t.items) {
      const textHeight = measure(item.text, BOARD.columnWidth - 2 * BOARD.cardPadding);
      const h = Math.max(BOARD.cardMinHeight, Math.ceil(textHeight) + 2 * BOARD.cardPadding);
      cards.push({ id: item.id, themeId: t.id, text: item.text, color: item.color, x, y, width: BOARD.columnWidth, height: h });
      y += h + BOARD.cardGap;
    }
    columns.push({ themeId: t.id, name: t.name, color: t.color, count: t.items.length, x, y: BOARD.padding, width: BOARD.columnWidth, height: y - BOARD.padding });
    height = Math.max(height, y);
  });
  const width = BOARD.padding * 2 + Math.max(0, themes.length * (BOARD.columnWidth + BOARD.gap) - BOARD.gap);
  return { width, height: height + BOARD.padding, columns, cards };
}

/** The theme column under a board point, if any (a card dropped there moves to that theme). */
export function columnAt(layout: BoardLayout, x: number): string | null {
  return layout.columns.find((c) => x >= c.x - BOARD.gap / 2 && x < c.x + c.width + BOARD.gap / 2)?.themeId ?? null;
}

/** The note font the map uses, so a card's text reads alike on both. */
export const BOARD_FONT = { size: GEOMETRY.noteFontSize, lineHeight: GEOMETRY.noteLineHeight };
