/**
 * Remembering the window's size and position between runs, and never restoring it off-screen
 * (a projector that was unplugged since last time, say).
 */
import fs from 'node:fs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN = { width: 800, height: 560 };

function isRect(v: unknown): v is Rect {
  const r = v as Rect;
  return !!r && [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n));
}

export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (!isRect(parsed.bounds)) return null;
    return { bounds: parsed.bounds, maximized: parsed.maximized === true, fullScreen: parsed.fullScreen === true };
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth bothering anyone about.
  }
}

/**
 * The bounds to open with: the saved ones if enough of the window (a 100×60 corner of the title
 * bar) is on some display, else the default size centred on the primary display.
 */
export function restoreBounds(saved: Rect | null, workAreas: readonly Rect[]): Partial<Rect> & { width: number; height: number } {
  const primary = workAreas[0];
  const fallback = primary
    ? {
        width: Math.min(DEFAULT_SIZE.width, primary.width),
        height: Math.min(DEFAULT_SIZE.height, primary.height),
      }
    : DEFAULT_SIZE;
  if (!saved) return fallback;
  const width = Math.max(MIN.width, saved.width);
  const height = Math.max(MIN.height, saved.height);
  const visible = workAreas.some(
    (a) => saved.x + 100 <= a.x + a.width && saved.x + width - 100 >= a.x && saved.y >= a.y && saved.y + 60 <= a.y + a.height,
  );
  return visible ? { x: saved.x, y: saved.y, width, height } : fallback;
}
