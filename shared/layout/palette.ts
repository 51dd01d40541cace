/**
 * Colours that mean something, shared by the canvases and the exported PDF: the sticky-note
 * fills (each a distinct lightness, so they stay tellable apart in greyscale) and the heat map's
 * single hue from pale to dark (a larger gap is always darker, also for colour-blind readers).
 */
export const NOTE_FILL: Record<string, string> = {
  yellow: '#fde68a',
  pink: '#fbcfe8',
  blue: '#bfdbfe',
  green: '#bbf7d0',
  orange: '#fed7aa',
  purple: '#ddd6fe',
  grey: '#e5e7eb',
};
export const NOTE_TEXT = '#1c1917';

const HEAT = ['#fff3c4', '#fdd98b', '#f9b24f', '#e9792b', '#b8470f'];

export function heatColor(size: number): { fill: string; text: string } {
  const i = Math.max(0, Math.min(HEAT.length - 1, Math.round(size)));
  return { fill: HEAT[i]!, text: i >= 3 ? '#ffffff' : '#1c1917' };
}
