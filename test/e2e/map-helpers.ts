/**
 * Finding things on the journey canvas the way a person does, by where they are drawn. The canvas
 * publishes its geometry (map layout, zoom, pan) on its element; these turn map coordinates into
 * page coordinates for the mouse.
 */
import type { Page } from '@playwright/test';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Geometry {
  layout: {
    width: number;
    height: number;
    columns: (Box & { stageId: string })[];
    rows: (Box & { laneId: string; kind: string })[];
    notes: (Box & { id: string; stageId: string; laneId: string })[];
    touchpoints: (Box & { id: string })[];
    emotions: { key: string; touchpointId?: string; noteId?: string; x: number; y: number; score: number | null }[];
    emotionRow: Box | null;
  };
  zoom: number;
  pan: { x: number; y: number };
  /** The line of measured results drawn on each touchpoint, by touchpoint id. */
  details: Record<string, string>;
  /** How many pieces of evidence each touchpoint's Evidence button counts. */
  evidence: Record<string, number>;
}

export async function geometry(page: Page): Promise<Geometry> {
  return page.getByTestId('journey-canvas').evaluate((el) => (el as unknown as { mapGeometry: Geometry }).mapGeometry);
}

/** Page coordinates of a map point. */
export async function toPage(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const g = await geometry(page);
  const box = (await page.getByTestId('journey-canvas').boundingBox())!;
  return { x: box.x + g.pan.x + x * g.zoom, y: box.y + g.pan.y + y * g.zoom };
}

export async function cellCentre(page: Page, stageIndex: number, laneKind: string): Promise<{ x: number; y: number }> {
  const { layout } = await geometry(page);
  const col = layout.columns[stageIndex]!;
  const row = layout.rows.find((r) => r.kind === laneKind)!;
  return toPage(page, col.x + col.width / 2, row.y + row.height - 20);
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Page coordinates of a touchpoint card's Evidence button (drawn at its right, on the second line). */
export async function evidenceButton(page: Page, touchpointId: string): Promise<{ x: number; y: number }> {
  const { layout } = await geometry(page);
  const box = layout.touchpoints.find((t) => t.id === touchpointId)!;
  return toPage(page, box.x + box.width - 12 - 42, box.y + 46);
}
