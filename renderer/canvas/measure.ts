/**
 * Text height for the layout, measured by Konva itself with the note font, so what the layout
 * reserves is what Konva draws. Cached: a 2,000-note map measures each distinct text once.
 */
import Konva from 'konva';
import { useEffect, useState } from 'react';
import { GEOMETRY, type Measure } from '../../shared/layout/journey-layout';

export const FONT_FAMILY = "'Inter Variable', system-ui, sans-serif";

let probe: Konva.Text | null = null;
const cache = new Map<string, number>();

export const measureNoteText: Measure = (text, width) => {
  const key = `${width}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  probe ??= new Konva.Text({ fontFamily: FONT_FAMILY, fontSize: GEOMETRY.noteFontSize, lineHeight: GEOMETRY.noteLineHeight, wrap: 'word' });
  probe.setAttrs({ text: text || ' ', width });
  const h = probe.height();
  cache.set(key, h);
  return h;
};

/** Fonts arrive after the first paint; measurements taken before then are thrown away. */
export function clearMeasureCache(): void {
  cache.clear();
}

/** A number that changes once the web fonts have loaded: layouts depend on it so text measured
 * with a fallback font is measured again. */
export function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      clearMeasureCache();
      setEpoch((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, []);
  return epoch;
}
