/**
 * A persona's picture: their image, one of the built-in illustrations (drawn here, offline), or
 * their initials on a colour picked from the name.
 */
import type { RowOf } from '../../shared/model/entities';

export const ILLUSTRATIONS = [
  { bg: '#d6efe9', skin: '#f2c9a5', hair: '#3b2a20', shirt: '#0d7a72', style: 'short' },
  { bg: '#fde6d6', skin: '#c98a62', hair: '#1f1a17', shirt: '#b4531b', style: 'long' },
  { bg: '#e4e7fb', skin: '#8d5a3c', hair: '#121014', shirt: '#4353c4', style: 'bun' },
  { bg: '#fbe3ec', skin: '#f5d2b8', hair: '#b9762f', shirt: '#b83267', style: 'long' },
  { bg: '#e8f3d9', skin: '#e0ae85', hair: '#6b6b6b', shirt: '#4f7d1c', style: 'bald' },
  { bg: '#f3e9fb', skin: '#a86b47', hair: '#2b1d16', shirt: '#7a3fb0', style: 'curly' },
  { bg: '#fff3cf', skin: '#f0c7a0', hair: '#d9a441', shirt: '#8a5a00', style: 'short' },
  { bg: '#e2eef8', skin: '#6e4630', hair: '#0f0c0b', shirt: '#1f5f99', style: 'curly' },
] as const;

const HUES = [174, 24, 231, 334, 88, 272, 45, 205];

function hueOf(name: string): number {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return HUES[h % HUES.length]!;
}

/** The first letters of the first and last words that are words: "Sam, 34" is "S", not "S3";
 * "Margaret O'Neill" is "MO". Letters of any script count. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/[\s,;/()–—-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0) return '?';
  const letter = (w: string) => [...w][0]!;
  const first = letter(words[0]!);
  const last = words.length > 1 ? letter(words[words.length - 1]!) : '';
  return (first + last).toLocaleUpperCase();
}

export function Illustration({ index, size }: { index: number; size: number }) {
  const v = ILLUSTRATIONS[index % ILLUSTRATIONS.length]!;
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden focusable="false">
      <circle cx="50" cy="50" r="50" fill={v.bg} />
      <path d="M14 100c2-22 17-32 36-32s34 10 36 32z" fill={v.shirt} />
      {v.style === 'long' && <path d="M27 46c0-22 10-31 23-31s23 9 23 31v26H27z" fill={v.hair} />}
      <circle cx="50" cy="44" r="18" fill={v.skin} />
      {v.style === 'short' && <path d="M31 42c0-13 8-21 19-21s19 8 19 21c-5-7-12-9-19-9s-14 2-19 9z" fill={v.hair} />}
      {v.style === 'long' && <path d="M31 42c1-12 8-19 19-19s18 7 19 19c-8-4-13-10-15-13-4 6-13 11-23 13z" fill={v.hair} />}
      {v.style === 'bun' && (
        <>
          <circle cx="50" cy="20" r="8" fill={v.hair} />
          <path d="M32 40c0-12 8-18 18-18s18 6 18 18c-6-6-12-8-18-8s-12 2-18 8z" fill={v.hair} />
        </>
      )}
      {v.style === 'curly' && (
        <path d="M30 42c-3-8 1-16 7-18 2-6 9-8 13-6 4-3 11-1 13 4 7 1 10 10 7 20-3-6-8-9-20-9s-17 3-20 9z" fill={v.hair} />
      )}
      {v.style === 'bald' && <path d="M33 38c2-9 9-13 17-13s15 4 17 13c-5-3-11-4-17-4s-12 1-17 4z" fill={v.hair} opacity="0.5" />}
    </svg>
  );
}

export function Avatar({ persona, size = 56 }: { persona: RowOf<'persona'>; size?: number }) {
  if (persona.avatarKind === 'image' && persona.avatarImage) {
    return <img className="avatar" src={persona.avatarImage} width={size} height={size} alt="" />;
  }
  if (persona.avatarKind === 'illustration') {
    const index = Math.max(0, Number.parseInt(persona.avatarIllustration || '0', 10) || 0);
    return (
      <span className="avatar">
        <Illustration index={index} size={size} />
      </span>
    );
  }
  const hue = hueOf(persona.name || persona.id);
  return (
    <span
      className="avatar avatar-initials"
      aria-hidden
      style={{ width: size, height: size, fontSize: size * 0.38, background: `hsl(${hue} 55% 88%)`, color: `hsl(${hue} 60% 24%)` }}
    >
      {initialsOf(persona.name)}
    </span>
  );
}
