/**
 * Each workshop's own words for its teams and channels (docs/method.md, "The client's own
 * words"). A touchpoint, blueprint item or action stores the name itself, so a renamed team is
 * one batch of edits (undone as one) and a file read elsewhere needs no lookup table. The
 * workshop keeps the list its pickers offer; a name used by a row but missing from the list (an
 * older file, an import) is still offered and counted.
 */
import { msg } from '../strings';
import type { TypedOp, WorkshopDoc } from '../model/ops';

export type TermKind = 'team' | 'channel';

const LIST_FIELD = { team: 'teams', channel: 'channels' } as const;

/** How a stored value reads: a key stored before workshops had their own lists reads as its old name. */
export function termLabel(kind: TermKind, value: string): string {
  const legacy = kind === 'team' ? msg.teams : msg.channels;
  return Object.hasOwn(legacy, value) ? legacy[value]! : value;
}

/** The list a new workshop in this industry starts with. */
export function defaultTerms(kind: TermKind, industry: string | null): string[] {
  const lists = kind === 'team' ? msg.vocabulary.defaultTeams : msg.vocabulary.defaultChannels;
  return [...(lists[industry ?? 'default'] ?? lists.default!)];
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** Every use of a term: [entity, id, field, the value's name]. Persona channels are a list. */
function uses(doc: WorkshopDoc, kind: TermKind): { entity: 'touchpoint' | 'blueprintItem' | 'action' | 'persona'; id: string; name: string }[] {
  const out: { entity: 'touchpoint' | 'blueprintItem' | 'action' | 'persona'; id: string; name: string }[] = [];
  const { touchpoint, blueprintItem, action, persona } = doc.rows;
  if (kind === 'team') {
    for (const t of Object.values(touchpoint)) if (t.team) out.push({ entity: 'touchpoint', id: t.id, name: termLabel(kind, t.team) });
    for (const b of Object.values(blueprintItem)) if (b.team) out.push({ entity: 'blueprintItem', id: b.id, name: termLabel(kind, b.team) });
    for (const a of Object.values(action)) if (a.team) out.push({ entity: 'action', id: a.id, name: termLabel(kind, a.team) });
  } else {
    for (const t of Object.values(touchpoint)) if (t.channel) out.push({ entity: 'touchpoint', id: t.id, name: termLabel(kind, t.channel) });
    for (const p of Object.values(persona)) for (const c of p.channels) out.push({ entity: 'persona', id: p.id, name: termLabel(kind, c) });
  }
  return out;
}

/** The names the workshop's pickers offer: its list, then any name in use that the list lacks. */
export function termsOf(doc: WorkshopDoc, kind: TermKind): string[] {
  const list = [...doc.workshop[LIST_FIELD[kind]]];
  for (const u of uses(doc, kind)) if (!list.some((n) => same(n, u.name))) list.push(u.name);
  return list;
}

/** How many rows use a name. */
export function termUseCount(doc: WorkshopDoc, kind: TermKind, name: string): number {
  return new Set(uses(doc, kind).filter((u) => same(u.name, name)).map((u) => `${u.entity}:${u.id}`)).size;
}

/** The existing name a typed one matches, ignoring case and outer spaces. */
export function findTerm(doc: WorkshopDoc, kind: TermKind, name: string): string | undefined {
  return termsOf(doc, kind).find((n) => same(n, name));
}

const listOp = (doc: WorkshopDoc, kind: TermKind, list: string[]): TypedOp =>
  kind === 'team' ? { kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { teams: list } } : { kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { channels: list } };

/** Adds a name to the list (nothing if it is there already, in any case). */
export function addTermOps(doc: WorkshopDoc, kind: TermKind, name: string): TypedOp[] {
  const clean = name.trim();
  if (!clean || doc.workshop[LIST_FIELD[kind]].some((n) => same(n, clean))) return [];
  return [listOp(doc, kind, [...termsOf(doc, kind), clean])];
}

/**
 * Renames `from` to `to` in the list and in every row that uses it. When `to` is already a name
 * in the list, this is a merge: `from` leaves the list and its rows take `to`.
 */
export function renameTermOps(doc: WorkshopDoc, kind: TermKind, from: string, to: string): TypedOp[] {
  const existing = findTerm(doc, kind, to);
  // A change of case only is a rename, not a merge with itself.
  const merging = existing !== undefined && !same(existing, from);
  const target = merging ? existing : to.trim();
  if (!target || target === from) return [];
  const list = termsOf(doc, kind).flatMap((n) => (same(n, from) ? (merging ? [] : [target]) : [n]));
  const ops: TypedOp[] = [listOp(doc, kind, list)];
  const done = new Set<string>();
  for (const u of uses(doc, kind)) {
    if (!same(u.name, from) || done.has(`${u.entity}:${u.id}`)) continue;
    done.add(`${u.entity}:${u.id}`);
    if (u.entity === 'persona') {
      const channels = doc.rows.persona[u.id]!.channels.map((c) => (same(termLabel(kind, c), from) ? target : c));
      ops.push({ kind: 'update', entity: 'persona', id: u.id, patch: { channels: channels.filter((c, i) => channels.findIndex((d) => same(d, c)) === i) } });
    } else if (kind === 'team') {
      ops.push({ kind: 'update', entity: u.entity, id: u.id, patch: { team: target } } as TypedOp);
    } else {
      ops.push({ kind: 'update', entity: 'touchpoint', id: u.id, patch: { channel: target } });
    }
  }
  return ops;
}

/** Takes an unused name off the list; a name still in use must be merged instead. */
export function removeTermOps(doc: WorkshopDoc, kind: TermKind, name: string): TypedOp[] {
  if (termUseCount(doc, kind, name) > 0) return [];
  return [listOp(doc, kind, termsOf(doc, kind).filter((n) => !same(n, name)))];
}

/**
 * When the industry changes, a list nobody has edited (still the old industry's defaults) becomes
 * the new industry's defaults, keeping any name in use; an edited list is the client's and stays.
 */
export function industryTermOps(doc: WorkshopDoc, industry: string | null): TypedOp[] {
  const ops: TypedOp[] = [];
  for (const kind of ['team', 'channel'] as const) {
    const list = doc.workshop[LIST_FIELD[kind]];
    const before = defaultTerms(kind, doc.workshop.industry);
    if (list.length !== before.length || list.some((n, i) => n !== before[i])) continue;
    const next = defaultTerms(kind, industry);
    for (const u of uses(doc, kind)) if (!next.some((n) => same(n, u.name))) next.push(u.name);
    ops.push(listOp(doc, kind, next));
  }
  return ops;
}
