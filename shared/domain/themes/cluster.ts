/**
 * Grouping notes into themes, offline and deterministic (docs/themes.md): each note becomes a
 * TF-IDF vector of its lemmas and concepts (words.ts); notes are joined bottom-up, the two most
 * alike groups first (average cosine similarity between their notes), until no two groups are
 * alike enough. Notes alone in their group, empty ones and those not in English go to "Other".
 * Each theme is named by its most representative words.
 *
 * The same notes in the same order always give the same themes: ties go to the earlier note.
 */
import { looksEnglish, termsOf, type Term } from './words';

export interface ThemeInput {
  id: string;
  text: string;
}

export interface ProposedTheme {
  name: string;
  /** The note ids, in the order given. */
  ids: string[];
  /** The theme for what could not be grouped. */
  other: boolean;
}

export interface ClusterOptions {
  /** Two groups join while their average similarity is at least this. */
  threshold?: number;
  /** Called now and then with the share done (0–1), for a progress bar. */
  progress?(done: number): void;
  /** Words as written, without lemmas or concepts: the baseline the bench compares with. */
  plainWords?: boolean;
}

/** Tuned on the labelled workshops in test/fixtures/themes (the bench prints the agreement). */
export const DEFAULT_THRESHOLD = 0.12;
export const OTHER_NAME = 'Other';

type Vector = Map<string, number>;

function vectors(notes: readonly ThemeInput[], plain: boolean): { vecs: (Vector | null)[]; words: Map<string, Map<string, number>> } {
  const terms: (Term[] | null)[] = notes.map((n) => (looksEnglish(n.text) ? termsOf(n.text, plain) : null));
  const df = new Map<string, number>();
  for (const ts of terms) for (const k of new Set((ts ?? []).map((t) => t.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = notes.length;
  // The words that wrote each term, to name themes by what people actually said.
  const words = new Map<string, Map<string, number>>();
  const vecs = terms.map((ts) => {
    if (!ts || ts.length === 0) return null;
    const v: Vector = new Map();
    for (const t of ts) {
      const idf = Math.log((n + 1) / ((df.get(t.key) ?? 0) + 1)) + 1;
      v.set(t.key, (v.get(t.key) ?? 0) + t.weight * idf);
      const w = words.get(t.key) ?? new Map<string, number>();
      w.set(t.word, (w.get(t.word) ?? 0) + 1);
      words.set(t.key, w);
    }
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    norm = Math.sqrt(norm);
    for (const [k, x] of v) v.set(k, x / norm);
    return v;
  });
  return { vecs, words };
}

function cosine(a: Vector, b: Vector): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, x] of small) {
    const y = big.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

export function proposeThemes(notes: readonly ThemeInput[], opts: ClusterOptions = {}): ProposedTheme[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const { vecs, words } = vectors(notes, opts.plainWords ?? false);
  const live = vecs.map((v, i) => (v ? i : -1)).filter((i) => i >= 0);
  const m = live.length;
  // Similarity between groups, kept as a flat matrix and updated on each join (average linkage).
  const sim = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const s = cosine(vecs[live[a]!]!, vecs[live[b]!]!);
      sim[a * m + b] = s;
      sim[b * m + a] = s;
    }
    if (a % 50 === 0) opts.progress?.((0.4 * a) / Math.max(1, m));
  }
  const members: number[][] = live.map((i) => [i]);
  const alive = new Uint8Array(m).fill(1);
  for (let step = 0; step < m - 1; step++) {
    let best = -1;
    let ba = -1;
    let bb = -1;
    for (let a = 0; a < m; a++) {
      if (!alive[a]) continue;
      const row = a * m;
      for (let b = a + 1; b < m; b++) {
        if (alive[b] && sim[row + b]! > best) {
          best = sim[row + b]!;
          ba = a;
          bb = b;
        }
      }
    }
    if (ba < 0 || best < threshold) break;
    const na = members[ba]!.length;
    const nb = members[bb]!.length;
    for (let c = 0; c < m; c++) {
      if (!alive[c] || c === ba || c === bb) continue;
      const s = (sim[ba * m + c]! * na + sim[bb * m + c]! * nb) / (na + nb);
      sim[ba * m + c] = s;
      sim[c * m + ba] = s;
    }
    members[ba] = [...members[ba]!, ...members[bb]!];
    members[bb] = [];
    alive[bb] = 0;
    if (step % 25 === 0) opts.progress?.(0.4 + (0.6 * step) / Math.max(1, m));
  }

  const themes: ProposedTheme[] = [];
  const other: number[] = vecs.map((v, i) => (v ? -1 : i)).filter((i) => i >= 0);
  for (let a = 0; a < m; a++) {
    if (!alive[a]) continue;
    const group = members[a]!.sort((x, y) => x - y);
    if (group.length < 2) other.push(...group);
    else themes.push({ name: nameOf(group.map((i) => vecs[i]!), words), ids: group.map((i) => notes[i]!.id), other: false });
  }
  // Biggest themes first; among equals, the one whose first note came first.
  const firstIndex = new Map(notes.map((n, i) => [n.id, i]));
  themes.sort((x, y) => y.ids.length - x.ids.length || firstIndex.get(x.ids[0]!)! - firstIndex.get(y.ids[0]!)!);
  if (other.length) themes.push({ name: OTHER_NAME, ids: other.sort((x, y) => x - y).map((i) => notes[i]!.id), other: true });
  opts.progress?.(1);
  return themes;
}

/** A theme's name: its two or three most weighty terms across its notes, as people wrote them. */
function nameOf(vs: Vector[], words: Map<string, Map<string, number>>): string {
  const total = new Map<string, number>();
  for (const v of vs) for (const [k, x] of v) total.set(k, (total.get(k) ?? 0) + x);
  const ranked = [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const picked: string[] = [];
  for (const [key] of ranked) {
    const word = [...(words.get(key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (!word || picked.includes(word)) continue;
    picked.push(word);
    if (picked.length === 3) break;
  }
  const name = picked.join(', ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The adjusted Rand index of two labellings of the same items (Hubert and Arabie): 1 for the
 * same grouping, about 0 for a grouping no better than chance.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const x of table.values()) index += c2(x);
  let sa = 0;
  for (const x of rows.values()) sa += c2(x);
  let sb = 0;
  for (const x of cols.values()) sb += c2(x);
  const expected = (sa * sb) / c2(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
