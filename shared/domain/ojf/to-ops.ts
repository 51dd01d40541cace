/**
 * An OpenJourney file as the operations that create it as a journey here. Every field has a home
 * (docs/openjourney.md): swimlanes become lanes with their own names, each item of the touchpoint
 * lane a touchpoint and every other item a note, both keeping description, score, sentiment,
 * severity, tags, icon, purpose and id; blueprint entries become blueprint items of their item.
 * What still cannot be kept (a stage's own emotion score, fields the format does not define, text
 * beyond a field's limit) is listed by item, never dropped silently.
 *
 * Scores: the file's run −5…+5, ours −2…+2; they convert by a factor of 2.5 and are not rounded,
 * so a score goes back out exactly as it came in.
 */
import type { Op, TypedOp } from '../../model/ops';
import { msg } from '../../strings';
import { laneKindOf } from './lanes';
import { LAYER_OF } from './layers';
import { noteColorFor } from './colors';
import { ojfPersonaName, OJF_LAYERS, type OjfFile, type OjfNode } from './parse';
import { DEFAULT_LANES, type LaneKind } from '../journey';
import { termLabel } from '../vocabulary';

export interface OjfTarget {
  journeyId: string;
  position: number;
  /** The journey's name when the file has no title (the file's name). */
  name: string;
  /** The workshop's personas: the file's persona is linked to the one of the same name, if any. */
  personas: readonly { id: string; name: string; position: number }[];
}

export const fromOjfScore = (score: number) => score / 2.5;

export function ojfToOps(file: OjfFile, target: OjfTarget, newId: () => string): { ops: Op[]; unmapped: string[] } {
  const { journeyId } = target;
  const ops: TypedOp[] = [];
  const lost = { cut: [] as string[], overrides: [] as string[] };
  /** Text to a field's limit; what is cut is said, never silent. */
  const cutTo = (text: string, limit: number, where: string) => {
    if (text.length > limit) lost.cut.push(where);
    return text.slice(0, limit);
  };

  const personaId = linkPersona(file, target, newId, ops);
  ops.push({
    kind: 'create',
    entity: 'journey',
    id: journeyId,
    values: {
      name: cutTo(file.title?.trim() ? file.title : target.name, 200, msg.ojf.theTitle),
      pointOfView: cutTo(file.pointOfView ?? '', 2000, msg.ojf.thePointOfView),
      personaId,
      position: target.position,
    },
  });

  // Lanes in the file's order, with its names. A map here draws touchpoints and the emotion curve
  // in lanes of their own: the first swimlane of each kind is that lane; one is added where the
  // file has none, and a second of either kind holds notes.
  const laneOf = new Map<string, { id: string; kind: LaneKind }>();
  const lanes: { id: string; kind: LaneKind; name: string; sourceId: string }[] = [];
  for (const s of file.swimlanes) {
    let kind: LaneKind = laneKindOf(s.name) ?? 'custom';
    if ((kind === 'touchpoints' || kind === 'emotions') && lanes.some((l) => l.kind === kind)) kind = 'custom';
    const lane = { id: newId(), kind, name: cutTo(s.name, 200, msg.ojf.listItem('swimlanes', lanes.length + 1)), sourceId: s.id };
    lanes.push(lane);
    laneOf.set(s.id, lane);
  }
  // An added lane goes where a new map has it: before the first lane that comes after it there.
  const rank = (kind: LaneKind) => DEFAULT_LANES.indexOf(kind);
  for (const kind of ['touchpoints', 'emotions'] as const) {
    if (lanes.some((l) => l.kind === kind)) continue;
    const before = lanes.findIndex((l) => l.kind !== 'custom' && rank(l.kind) > rank(kind));
    lanes.splice(before === -1 ? lanes.length : before, 0, { id: newId(), kind, name: msg.journey.laneNames[kind]!, sourceId: '' });
  }
  lanes.forEach((l, i) => ops.push({ kind: 'create', entity: 'lane', id: l.id, values: { journeyId, kind: l.kind, name: l.name, sourceId: l.sourceId, position: i + 1 } }));

  const stageOf = new Map<string, string>();
  file.stages.forEach((s, i) => {
    const id = newId();
    stageOf.set(s.id, id);
    const where = msg.ojf.listItem('stages', i + 1);
    if (s.overrideEmotion !== undefined) lost.overrides.push(s.name || where);
    ops.push({ kind: 'create', entity: 'stage', id, values: { journeyId, name: cutTo(s.name, 200, where), sourceId: s.id, position: i + 1 } });
  });

  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };

  file.nodes.forEach((node: OjfNode, i) => {
    const stageId = stageOf.get(node.stageId)!;
    const lane = laneOf.get(node.swimlaneId)!;
    const where = node.title.trim() ? node.title : msg.ojf.itemNumber(i + 1);
    const tags = node.tags ?? [];
    if (tags.length > 100 || tags.some((t) => t.length > 100)) lost.cut.push(where);
    const details = {
      sentiment: cutTo(node.sentiment ?? '', 40, where),
      severity: node.severity ?? null,
      tags: tags.slice(0, 100).map((t) => t.slice(0, 100)),
      icon: cutTo(node.icon ?? '', 200, where),
      iconColor: cutTo(node.iconColor ?? '', 40, where),
      purpose: cutTo(node.purpose ?? '', 60, where),
      sourceId: cutTo(node.id ?? '', 100, where),
      momentOfTruth: node.isMomentOfTruth ?? false,
    };
    const owner: { touchpointId?: string; noteId?: string } = {};
    if (lane.kind === 'touchpoints') {
      const id = newId();
      owner.touchpointId = id;
      ops.push({
        kind: 'create',
        entity: 'touchpoint',
        id,
        values: {
          journeyId,
          stageId,
          name: cutTo(node.title, 200, where),
          description: cutTo(node.description ?? '', 2000, where),
          channel: tagged(details.tags, 'channel'),
          team: tagged(details.tags, 'team'),
          ...details,
          position: next(`tp:${stageId}`),
        },
      });
      if (node.score !== undefined) ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId: id, score: fromOjfScore(node.score) } });
    } else {
      const id = newId();
      owner.noteId = id;
      ops.push({
        kind: 'create',
        entity: 'note',
        id,
        values: {
          journeyId,
          stageId,
          laneId: lane.id,
          text: cutTo(node.title, 2000, where),
          description: node.description ?? '',
          score: node.score === undefined ? null : fromOjfScore(node.score),
          color: noteColorFor(details.iconColor, details.severity),
          ...details,
          position: next(`note:${stageId}:${lane.id}`),
        },
      });
    }
    for (const layer of OJF_LAYERS) {
      for (const entry of node.blueprint?.[layer] ?? []) {
        const ours = LAYER_OF[layer];
        ops.push({
          kind: 'create',
          entity: 'blueprintItem',
          id: newId(),
          values: {
            journeyId,
            stageId,
            touchpointId: owner.touchpointId ?? null,
            noteId: owner.noteId ?? null,
            layer: ours,
            role: cutTo(entry.who, 200, where),
            text: cutTo(entry.what, 2000, where),
            position: next(`bp:${stageId}:${ours}`),
          },
        });
      }
    }
  });

  const unmapped: string[] = [];
  if (lost.overrides.length) unmapped.push(msg.ojf.lost.overrides(lost.overrides));
  for (const u of file.unknown) unmapped.push(msg.ojf.lost.unknownFields(u.where, u.fields));
  for (const u of file.unreadable) unmapped.push(msg.ojf.lost.unreadable(u.where, u.value));
  if (lost.cut.length) unmapped.push(msg.ojf.lost.cut([...new Set(lost.cut)]));
  return { ops, unmapped };
}

/** The channel or team a tag names ("channel:Website"); an old key reads as its name. */
function tagged(tags: readonly string[], kind: 'channel' | 'team'): string {
  const value = tags.map((t) => new RegExp(`^${kind}:(.+)$`).exec(t)?.[1]?.trim()).find((c) => !!c);
  return value ? termLabel(kind, value).slice(0, 60) : '';
}

/** The workshop's persona of the file's persona name, or a new one made from the file. */
function linkPersona(file: OjfFile, target: OjfTarget, newId: () => string, ops: TypedOp[]): string | null {
  const name = ojfPersonaName(file);
  if (!name) return null;
  const same = target.personas.find((p) => p.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase());
  if (same) return same.id;
  const id = newId();
  const bio = typeof file.persona === 'object' ? (file.persona.description ?? '') : '';
  const position = Math.max(0, ...target.personas.map((p) => p.position)) + 1;
  ops.push({ kind: 'create', entity: 'persona', id, values: { name: name.slice(0, 200), bio: bio.slice(0, 2000), position } });
  return id;
}
