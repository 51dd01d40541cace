/**
 * The evidence behind a touchpoint, opened from its card on the map (its Evidence button, or E
 * with the touchpoint chosen by keyboard): each piece as what it is, with a way to Listen where
 * evidence is added and linked. Esc or Close returns to the map.
 */
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { evidenceFor } from '../../shared/domain/evidence';
import type { WorkshopDoc } from '../../shared/model/ops';
import type { TouchpointBox } from '../../shared/layout/journey-layout';
import { msg } from '../../shared/strings';
import { EvidenceItem } from '../ui/EvidenceItem';

const WIDTH = 340;
const HEIGHT = 320;

/** Below the card if it fits, else above it; never past the map's edges. */
function placeWithin(p: { box: TouchpointBox; zoom: number; pan: { x: number; y: number }; bounds: { width: number; height: number } }) {
  const left = Math.max(8, Math.min(p.box.x * p.zoom + p.pan.x, p.bounds.width - WIDTH - 8));
  const below = (p.box.y + p.box.height) * p.zoom + p.pan.y + 6;
  const above = p.box.y * p.zoom + p.pan.y - HEIGHT - 6;
  const top = below + HEIGHT <= p.bounds.height || above < 0 ? Math.max(8, Math.min(below, p.bounds.height - HEIGHT - 8)) : above;
  return { left, top, width: WIDTH, maxHeight: HEIGHT };
}

export function EvidencePopover(props: {
  doc: WorkshopDoc;
  box: TouchpointBox;
  zoom: number;
  pan: { x: number; y: number };
  /** The map's visible size: the panel is kept inside it. */
  bounds: { width: number; height: number };
  onClose(): void;
}) {
  const t = props.doc.rows.touchpoint[props.box.id];
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  if (!t) return null;
  const evidence = evidenceFor(props.doc, { touchpointId: t.id });
  const title = msg.journey.touchpoint.evidenceTitle(t.name);
  return (
    <div
      role="dialog"
      aria-label={title}
      className="map-popover"
      style={placeWithin(props)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <header className="map-popover-head">
        <h3>{title}</h3>
        <button ref={close} type="button" className="icon-btn" aria-label={msg.common.close} onClick={props.onClose}>
          <X size={16} aria-hidden />
        </button>
      </header>
      <ul className="gap-evidence">
        {evidence.map((e) => (
          <EvidenceItem key={e.id} doc={props.doc} evidence={e} />
        ))}
      </ul>
      <a className="map-popover-link" href={`#/w/${props.doc.workshop.id}/listen`}>
        {msg.journey.touchpoint.evidenceOnListen}
      </a>
    </div>
  );
}
