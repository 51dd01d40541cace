/**
 * What every canvas does with its view: follow the container's size, zoom about a point (wheel
 * with Ctrl, pinch, +/−), pan (wheel, Shift+wheel, space-drag), fit the content to the screen,
 * and answer the toolbar's zoom buttons. Shared by the journey map and the blueprint.
 */
import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { clampZoom, type CanvasUiStore } from './map-ui';

export const ZOOM_EVENT = 'touchpoint:canvas-zoom';

/** Sent by toolbars: zoom in, out, or fit whichever canvas is on screen. */
export function requestZoom(action: 'in' | 'out' | 'fit'): void {
  window.dispatchEvent(new CustomEvent(ZOOM_EVENT, { detail: { action } }));
}

/** Below this zoom a note's text is too small to read, so fitting stops there and fits the width. */
export const READABLE_ZOOM = 0.6;

/**
 * The view that fits a map to its box: the whole map when that leaves it readable; otherwise its
 * full width (a long map of many lanes is then panned downwards, rather than shrunk to grey bars).
 * Never larger than life.
 */
export function fitView(box: { width: number; height: number }, content: { width: number; height: number }): { zoom: number; pan: { x: number; y: number } } {
  const margin = 24;
  const across = (box.width - 2 * margin) / content.width;
  const down = (box.height - 2 * margin) / content.height;
  const whole = Math.min(across, down, 1);
  const zoom = clampZoom(whole >= READABLE_ZOOM ? whole : Math.min(across, 1));
  return { zoom, pan: { x: Math.max(margin, (box.width - content.width * zoom) / 2), y: margin } };
}

export function useViewport(
  store: CanvasUiStore,
  containerRef: RefObject<HTMLDivElement | null>,
  stageRef: RefObject<Konva.Stage | null>,
  content: { width: number; height: number },
) {
  const [size, setSize] = useState({ width: 800, height: 500 });
  const [spaceDown, setSpaceDown] = useState(false);

  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => ro.disconnect();
  }, [containerRef]);

  const zoomAt = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const { zoom: z, pan: p, setView } = store.getState();
      const next = clampZoom(z * factor);
      const point = at ?? { x: size.width / 2, y: size.height / 2 };
      const mapX = (point.x - p.x) / z;
      const mapY = (point.y - p.y) / z;
      setView(next, { x: point.x - mapX * next, y: point.y - mapY * next });
    },
    [size, store],
  );

  // The view fit() last set: while the view is still that one, a change of size fits again.
  const fittedView = useRef<{ zoom: number; pan: { x: number; y: number } } | null>(null);
  const fit = useCallback(() => {
    const view = fitView(size, content);
    fittedView.current = view;
    store.getState().setView(view.zoom, view.pan);
  }, [size, content.width, content.height, store]);

  useEffect(() => {
    const last = fittedView.current;
    const { zoom: z, pan: p } = store.getState();
    if (last && last.zoom === z && last.pan.x === p.x && last.pan.y === p.y) fit();
  }, [size.width, size.height]); // only a new size re-fits, not a change of content

  useEffect(() => {
    const handler = (e: Event) => {
      const { action } = (e as CustomEvent<{ action: 'in' | 'out' | 'fit' }>).detail;
      if (action === 'fit') fit();
      else zoomAt(action === 'in' ? 1.2 : 1 / 1.2);
    };
    window.addEventListener(ZOOM_EVENT, handler);
    return () => window.removeEventListener(ZOOM_EVENT, handler);
  }, [fit, zoomAt]);

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code === 'Space' && document.activeElement === containerRef.current) {
        e.preventDefault();
        setSpaceDown(true);
      }
    };
    const up = (e: KeyboardEvent) => e.code === 'Space' && setSpaceDown(false);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [containerRef]);

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const pointer = stageRef.current?.getPointerPosition() ?? undefined;
    if (e.evt.ctrlKey || e.evt.metaKey) {
      // Trackpad pinch arrives as ctrl+wheel.
      zoomAt(Math.exp(-e.evt.deltaY * 0.0025), pointer);
    } else {
      const { pan: p, zoom: z, setView } = store.getState();
      const dx = e.evt.shiftKey ? e.evt.deltaY : e.evt.deltaX;
      const dy = e.evt.shiftKey ? 0 : e.evt.deltaY;
      setView(z, { x: p.x - dx, y: p.y - dy });
    }
  };

  /** Keeps a box (in content coordinates) on screen, panning as little as possible. */
  const scrollIntoView = (box: { x: number; y: number; width: number; height: number }) => {
    const { zoom: z, pan: p, setView } = store.getState();
    let { x, y } = p;
    const left = box.x * z + x;
    const right = (box.x + box.width) * z + x;
    const top = box.y * z + y;
    const bottom = (box.y + Math.min(box.height, 300)) * z + y;
    if (left < 0) x -= left - 16;
    if (right > size.width) x -= right - size.width + 16;
    if (top < 0) y -= top - 16;
    if (bottom > size.height) y -= bottom - size.height + 16;
    if (x !== p.x || y !== p.y) setView(z, { x, y });
  };

  /** Props for the Konva Stage: size, view transform, wheel and space-drag panning. */
  const { zoom, pan } = store();
  const stageProps = {
    width: size.width,
    height: size.height,
    scaleX: zoom,
    scaleY: zoom,
    x: pan.x,
    y: pan.y,
    draggable: spaceDown,
    onWheel,
    onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => {
      if (e.target === stageRef.current) store.getState().setView(zoom, e.target.position());
    },
  };

  return { size, spaceDown, zoomAt, fit, scrollIntoView, stageProps };
}
