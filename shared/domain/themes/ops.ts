/**
 * What a facilitator does with themes, as operations (docs/themes.md): accept the proposed themes
 * (each a theme row, its notes and evidence pointing at it), move a note to another theme, rename,
 * and lead somewhere: a gap with the theme's notes as its evidence, a note on the map, or the
 * theme's name as a tag on its notes. Each is one edit, so one undo takes it back.
 */
import type { TypedOp, WorkshopDoc } from '../../model/ops';
import { byPosition, nextPosition } from '../../model/positions';
import type { NoteColor } from '../../model/vocab';
import { msg } from '../../strings';
import { lanesOf, notesIn, stagesOf } from '../journey';

export interface ThemeDraft {
  name: string;
  /** Note and evidence ids. */
  ids: string[];
}

const COLORS: NoteColor[] = ['yellow', 'blue', 'green', 'pink', 'orange', 'purple', 'grey'];

export function themesOf(doc: WorkshopDoc, journeyId: string) {
  return byPosition(Object.values(doc.rows.theme).filter((t) => t.journeyId === journeyId));
}

/** A theme's members: its notes in map order, then its evidence. */
export function membersOf(doc: WorkshopDoc, themeId: string) {
  const notes = byPosition(Object.values(doc.rows.note).filter((n) => n.themeId === themeId));
  const evidence = byPosition(Object.values(doc.rows.evidence).filter((e) => e.themeId === themeId));
  return { notes, evidence };
}

/** The accepted themes: empty ones are left out; a name left blank gets a plain one. */
export function acceptThemesOps(doc: WorkshopDoc, journeyId: string, drafts: readonly ThemeDraft[], newId: () => string): TypedOp[] {
  const ops: TypedOp[] = [];
  let position = nextPosition(themesOf(doc, journeyId));
  let colour = themesOf(doc, journeyId).length;
  for (const d of drafts) {
    const ids = d.ids.filter((id) => doc.rows.note[id] || doc.rows.evidence[id]);
    if (ids.length === 0) continue;
    const themeId = newId();
    ops.push({ kind: 'create', entity: 'theme', id: themeId, values: { journeyId, name: (d.name.trim() || msg.themes.untitled).slice(0, 200), color: COLORS[colour++ % COLORS.length]!, position: position++ } });
    for (const id of ids) ops.push({ kind: 'update', entity: doc.rows.note[id] ? 'note' : 'evidence', id, patch: { themeId } });
  }
  return ops;
}

/** A note or a piece of evidence moved to another theme (or out of any, with null). */
export function moveToThemeOps(doc: WorkshopDoc, id: string, themeId: string | null): TypedOp[] {
  const entity = doc.rows.note[id] ? 'note' : doc.rows.evidence[id] ? 'evidence' : null;
  if (!entity) return [];
  return [{ kind: 'update', entity, id, patch: { themeId } }];
}

/**
 * A theme becomes a gap at a touchpoint: titled with the theme's name, its notes become evidence
 * (quotes, saying which stage they came from) linked to the gap, and its evidence is linked too.
 */
export function themeToGapOps(doc: WorkshopDoc, themeId: string, touchpointId: string, newId: () => string): { ops: TypedOp[]; gapId: string } {
  const theme = doc.rows.theme[themeId];
  const tp = doc.rows.touchpoint[touchpointId];
  const gapId = newId();
  if (!theme || !tp) return { ops: [], gapId };
  const { notes, evidence } = membersOf(doc, themeId);
  const gapsHere = Object.values(doc.rows.gap).filter((g) => g.touchpointId === touchpointId);
  const ops: TypedOp[] = [{ kind: 'create', entity: 'gap', id: gapId, values: { touchpointId, title: theme.name.slice(0, 200), position: nextPosition(gapsHere) } }];
  let position = nextPosition(Object.values(doc.rows.evidence));
  for (const n of notes) {
    const evidenceId = newId();
    const stage = doc.rows.stage[n.stageId]?.name ?? '';
    ops.push({ kind: 'create', entity: 'evidence', id: evidenceId, values: { kind: 'quote', text: n.text.slice(0, 10_000), source: msg.themes.noteSource(stage, n.author).slice(0, 200), position: position++ } });
    ops.push({ kind: 'create', entity: 'evidenceLink', id: newId(), values: { evidenceId, gapId, personaId: null, touchpointId: null } });
  }
  for (const e of evidence) ops.push({ kind: 'create', entity: 'evidenceLink', id: newId(), values: { evidenceId: e.id, gapId, personaId: null, touchpointId: null } });
  return { ops, gapId };
}

/** A theme becomes one note on the map, its notes listed in the note's description. */
export function themeToNoteOps(doc: WorkshopDoc, themeId: string, place: { stageId: string; laneId: string }, newId: () => string): TypedOp[] {
  const theme = doc.rows.theme[themeId];
  const stage = doc.rows.stage[place.stageId];
  if (!theme || !stage || !doc.rows.lane[place.laneId]) return [];
  const { notes, evidence } = membersOf(doc, themeId);
  const description = [...notes.map((n) => `• ${n.text}`), ...evidence.map((e) => `• ${e.text}`)].join('\n').slice(0, 10_000);
  return [
    {
      kind: 'create',
      entity: 'note',
      id: newId(),
      values: { journeyId: stage.journeyId, stageId: stage.id, laneId: place.laneId, text: theme.name.slice(0, 2000), description, color: theme.color, position: nextPosition(notesIn(doc.rows, stage.id, place.laneId)) },
    },
  ];
}

/** The theme's name as a tag on each of its notes (once). */
export function labelNotesOps(doc: WorkshopDoc, themeId: string): TypedOp[] {
  const theme = doc.rows.theme[themeId];
  if (!theme) return [];
  const tag = theme.name.trim().slice(0, 100);
  if (!tag) return [];
  return membersOf(doc, themeId)
    .notes.filter((n) => !n.tags.includes(tag) && n.tags.length < 100)
    .map((n) => ({ kind: 'update', entity: 'note', id: n.id, patch: { tags: [...n.tags, tag] } }) as TypedOp);
}

/** The stage most of a theme's notes are at, to offer its touchpoints first. */
export function themeStage(doc: WorkshopDoc, themeId: string): string | null {
  const count = new Map<string, number>();
  for (const n of membersOf(doc, themeId).notes) count.set(n.stageId, (count.get(n.stageId) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** A journey's themes as the report prints them: name and what its notes and evidence say. */
export function reportThemes(doc: WorkshopDoc, journeyId: string): { name: string; items: string[] }[] {
  return themesOf(doc, journeyId)
    .map((t) => {
      const { notes, evidence } = membersOf(doc, t.id);
      return { name: t.name || msg.themes.untitled, items: [...notes.map((n) => n.text), ...evidence.map((e) => e.text)] };
    })
    .filter((t) => t.items.length > 0);
}

/**
 * What can be grouped, as the dialog offers it: the notes selected on the map, each lane's, each
 * stage's, the room's answers to each question, and every note of the journey (notes with text).
 */
export function themeSources(doc: WorkshopDoc, journeyId: string, selected: readonly string[]): { key: string; label: string; ids: string[] }[] {
  const T = msg.themes;
  const notes = byPosition(Object.values(doc.rows.note).filter((n) => n.journeyId === journeyId && n.text.trim()));
  const out: { key: string; label: string; ids: string[] }[] = [];
  const picked = notes.filter((n) => selected.includes(n.id)).map((n) => n.id);
  if (picked.length) out.push({ key: 'selected', label: T.selected(picked.length), ids: picked });
  for (const l of lanesOf(doc.rows, journeyId)) {
    const ids = notes.filter((n) => n.laneId === l.id).map((n) => n.id);
    if (ids.length) out.push({ key: `lane:${l.id}`, label: T.lane(l.name, ids.length), ids });
  }
  for (const s of stagesOf(doc.rows, journeyId)) {
    const ids = notes.filter((n) => n.stageId === s.id).map((n) => n.id);
    if (ids.length) out.push({ key: `stage:${s.id}`, label: T.stage(s.name, ids.length), ids });
  }
  for (const prompt of [...new Set(notes.filter((n) => n.roomPrompt).map((n) => n.roomPrompt))]) {
    const ids = notes.filter((n) => n.roomPrompt === prompt).map((n) => n.id);
    out.push({ key: `room:${prompt}`, label: T.room(prompt, ids.length), ids });
  }
  out.push({ key: 'all', label: T.all(notes.length), ids: notes.map((n) => n.id) });
  return out;
}
