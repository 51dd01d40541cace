/**
 * Canvas colours come from the same CSS variables as the rest of the UI, so the map follows the
 * light or dark theme. Note colours are chosen to stay readable with dark text in both themes,
 * and each has a distinct lightness so they remain tellable apart in greyscale.
 */
import { useEffect, useState } from 'react';
import { THEME_EVENT } from '../theme';

export interface CanvasColors {
  bg: string;
  surface: string;
  surface2: string;
  border: string;
  borderStrong: string;
  text: string;
  muted: string;
  accent: string;
  accentWeak: string;
  danger: string;
  onAccent: string;
}

export { NOTE_FILL, NOTE_TEXT } from '../../shared/layout/palette';

function read(): CanvasColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    bg: v('--bg'),
    surface: v('--surface'),
    surface2: v('--surface-2'),
    border: v('--border'),
    borderStrong: v('--border-strong'),
    text: v('--text'),
    muted: v('--text-muted'),
    accent: v('--accent'),
    accentWeak: v('--accent-weak'),
    danger: v('--danger'),
    onAccent: v('--on-accent'),
  };
}

export function useCanvasColors(): CanvasColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    mq.addEventListener('change', update);
    window.addEventListener(THEME_EVENT, update);
    return () => {
      mq.removeEventListener('change', update);
      window.removeEventListener(THEME_EVENT, update);
    };
  }, []);
  return colors;
}
