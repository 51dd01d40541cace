/**
 * What every canvas sets up the same way: its view store (reset when the journey changes), the
 * theme's colours, the font epoch for measuring, the Konva refs for its three layers, and the
 * read-only geometry published on its element for tests and assistive tooling. Also the
 * drag-layer moves of Konva's performance advice: lift a node while it is dragged, then put it
 * back where the layout says, leaving the store to decide where it goes.
 */
import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { useCanvasColors } from './colors';
import type { CanvasUiStore } from './map-ui';
import { useFontEpoch } from './measure';

export function useCanvasShell(store: CanvasUiStore, journeyId: string, geometryKey: string, geometry: () => unknown) {
  const ui = store();
  const colors = useCanvasColors();
  const fontEpoch = useFontEpoch();
  const containerRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const contentRef = useRef<Konva.Layer>(null);
  const dragRef = useRef<Konva.Layer>(null);

  useEffect(() => store.getState().reset(journeyId), [store, journeyId]);
  useEffect(() => {
    const el = containerRef.current as (HTMLDivElement & Record<string, unknown>) | null;
    if (el) el[geometryKey] = geometry();
  });

  /** While dragged, the node draws alone on the drag layer: one node per frame, not the map. */
  const lift = (node: Konva.Node) => {
    if (dragRef.current) node.moveTo(dragRef.current);
  };
  /** Back on the content layer, at the place the layout gives it. */
  const putBack = (node: Konva.Node, at: { x: number; y: number } | undefined) => {
    if (contentRef.current) node.moveTo(contentRef.current);
    if (at) node.position({ x: at.x, y: at.y });
  };

  return { ui, colors, fontEpoch, containerRef, stageRef, contentRef, dragRef, lift, putBack };
}
