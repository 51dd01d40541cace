/**
 * Open or folded, for the rail and the guide: follows the window's width until the facilitator
 * chooses, then keeps the choice for that size of screen (rules in panels.ts).
 */
import { useCallback, useEffect, useState } from 'react';
import { panelChoiceKey, panelOpen, type Panel } from './panels';

// Choices made in this window, for a browser without storage (it forgets them on reload).
const made = new Map<string, string>();

function readChoice(key: string): string | null {
  try {
    return localStorage.getItem(key) ?? made.get(key) ?? null;
  } catch {
    return made.get(key) ?? null;
  }
}

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function usePanel(panel: Panel, canvasStep = false): [boolean, () => void] {
  const width = useWindowWidth();
  const key = panelChoiceKey(panel, width, canvasStep);
  const [, setVersion] = useState(0);
  const open = panelOpen(readChoice(key), panel, width, canvasStep);
  const toggle = useCallback(() => {
    made.set(key, String(!open));
    try {
      localStorage.setItem(key, String(!open));
    } catch {
      // kept in `made` until the window closes
    }
    setVersion((v) => v + 1);
  }, [key, open]);
  return [open, toggle];
}
