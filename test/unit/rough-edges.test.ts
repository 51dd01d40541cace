import { describe, expect, it } from 'vitest';
import { layoutMatrix, type Rect } from '../../renderer/steps/Actions/matrix-layout';
import { initialsOf } from '../../renderer/ui/Avatar';
import { quoted, unquoted } from '../../shared/domain/quotes';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const area = { x: 56, y: 24, width: 640, height: 448 };
const width = (t: string) => t.length * 7;

describe('the impact and effort matrix', () => {
  it('puts actions scored alike side by side, never on the same spot', () => {
    const dots = layoutMatrix(
      [
        { id: 'a', title: 'Call back within the hour', impact: 4, effort: 2 },
        { id: 'b', title: 'Parking signs', impact: 4, effort: 2 },
        { id: 'c', title: 'Text reminders', impact: 4, effort: 2 },
      ],
      area,
      width,
    );
    const spots = new Set(dots.map((d) => `${d.x}:${d.y}`));
    expect(spots.size).toBe(3);
    for (const d of dots) for (const e of dots) if (d !== e) expect(Math.hypot(d.x - e.x, d.y - e.y)).toBeGreaterThanOrEqual(20);
  });

  it('lays titles out without one covering another, a dot or a quadrant’s name', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, title: `Action number ${i} with a long name`, impact: 3 + (i % 2), effort: 2 + (i % 3) }));
    const reserved = [{ x: 66, y: 32, width: 90, height: 20 }];
    const dots = layoutMatrix(items, area, width, reserved);
    const labels = dots.flatMap((d) => (d.label ? [d.label] : []));
    expect(labels.length).toBeGreaterThan(6);
    for (const a of labels) {
      for (const b of labels) if (a !== b) expect(overlap(a, b)).toBe(false);
      for (const d of dots) expect(overlap(a, { x: d.x - 9, y: d.y - 9, width: 18, height: 18 })).toBe(false);
      expect(overlap(a, reserved[0]!)).toBe(false);
    }
  });
});

describe('names and quotes', () => {
  it('takes initials from words, not from numbers or punctuation', () => {
    expect(initialsOf('Sam, 34')).toBe('S');
    expect(initialsOf('Margaret O’Neill, 67')).toBe('MO');
    expect(initialsOf('Émile Zola')).toBe('ÉZ');
    expect(initialsOf('42')).toBe('?');
  });

  it('prints someone’s words in one pair of quotes, whatever was typed around them', () => {
    expect(quoted('"I just want a call back."')).toBe('“I just want a call back.”');
    expect(quoted('“Already quoted”')).toBe('“Already quoted”');
    expect(quoted(" 'single' ")).toBe('“single”');
    expect(quoted('«Bonjour»')).toBe('“Bonjour”');
    expect(quoted('Plain words')).toBe('“Plain words”');
    expect(quoted('Ask the patients’')).toBe('“Ask the patients’”');
    expect(unquoted('""')).toBe('');
    expect(quoted('')).toBe('');
  });
});
