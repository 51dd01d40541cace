/**
 * An item's colour in an OpenJourney file (`iconColor`, any CSS colour, the card's background in
 * the reference editor) and a sticky note's colour here (one of a few named fills). The file's own
 * value is kept on the row, so it goes back out unchanged unless someone recolours the note.
 */
import { NOTE_FILL } from '../../layout/palette';
import { NOTE_COLORS, type NoteColor } from '../../model/vocab';

const SEVERITY_COLOR: Record<string, NoteColor> = { high: 'pink', medium: 'orange', low: 'yellow' };

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** White is what the reference editor writes for "no colour". */
const isNone = (hex: string) => !hex.trim() || /^(#fff(fff)?|transparent|white)$/i.test(hex.trim());

/** The note colour nearest to a file's colour, or null for none or one that is not a hex colour. */
export function nearestNoteColor(hex: string): NoteColor | null {
  if (isNone(hex)) return null;
  const c = rgb(hex);
  if (!c) return null;
  let best: NoteColor = 'yellow';
  let bestDistance = Infinity;
  for (const name of NOTE_COLORS) {
    const p = rgb(NOTE_FILL[name]!)!;
    const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2;
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** A note's colour on import: the file's colour, else what its severity suggests, else yellow. */
export function noteColorFor(iconColor: string, severity: string | null | undefined): NoteColor {
  return nearestNoteColor(iconColor) ?? (severity && Object.hasOwn(SEVERITY_COLOR, severity) ? SEVERITY_COLOR[severity]! : 'yellow');
}

/** The colour to write back: the file's own while the note still shows it, else the note's fill;
 * nothing when the note has the colour an import would give it anyway. */
export function iconColorFor(note: { color: NoteColor; iconColor: string; severity: string | null }): string {
  if (noteColorFor(note.iconColor, note.severity) === note.color) return note.iconColor;
  return NOTE_FILL[note.color]!;
}
