/** Zoom out, the zoom level, zoom in, and fit: the same four controls over every canvas. */
import { Maximize, Minus, Plus } from 'lucide-react';
import { msg } from '../../shared/strings';
import type { CanvasUiStore } from './map-ui';
import { requestZoom } from './viewport';

export function ZoomControls({ store }: { store: CanvasUiStore }) {
  const zoom = store((s) => s.zoom);
  return (
    <>
      <button type="button" className="icon-btn" aria-label={msg.journey.zoomOut} title={msg.journey.zoomOut} onClick={() => requestZoom('out')}>
        <Minus size={16} aria-hidden />
      </button>
      <span className="zoom-level" aria-live="polite">
        {msg.journey.zoomLevel(Math.round(zoom * 100))}
      </span>
      <button type="button" className="icon-btn" aria-label={msg.journey.zoomIn} title={msg.journey.zoomIn} onClick={() => requestZoom('in')}>
        <Plus size={16} aria-hidden />
      </button>
      <button type="button" className="icon-btn" aria-label={msg.journey.fit} title={msg.journey.fit} onClick={() => requestZoom('fit')}>
        <Maximize size={16} aria-hidden />
      </button>
    </>
  );
}
