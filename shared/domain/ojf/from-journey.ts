/**
 * One journey as an OpenJourney file, in the layout the reference editor writes today, so it opens
 * there: a title, the persona's name, every node with an id and every field (empty ones as the
 * editor writes them), and blueprint layers as lists of objects. Ids, colours and everything an
 * import kept are written back, so a file brought in goes back out as it came.
 */
import type { WorkshopDoc } from '../../model/ops';
import { byPosition } from '../../model/positions';
import type { RowOf } from '../../model/entities';
import { msg } from '../../strings';
import { emotionOf, journeyTouchpoints, lanesOf, stagesOf, type Lane } from '../journey';
import { iconColorFor } from './colors';
import { OJF_LAYER_OF } from './layers';
import { termLabel } from '../vocabulary';
import { LAYER_KEYS, OJF_LAYERS, type OjfLayer } from './parse';

export interface OjfNodeOut {
  id: string;
  stageId: string;
  swimlaneId: string;
  title: string;
  description: string;
  severity: string | null;
  score: number | null;
  sentiment: string;
  purpose: string;
  icon: string;
  iconColor: string;
  isMomentOfTruth: boolean;
  tags: string[];
  blueprint: Record<OjfLayer, Record<string, string>[]>;
}

export interface OjfOut {
  version: string;
  title: string;
  persona: string;
  pointOfView: string;
  stages: { id: string; name: string }[];
  swimlanes: { id: string; name: string }[];
  nodes: OjfNodeOut[];
}

export const toOjfScore = (ours: number) => Math.round(ours * 2.5 * 1e6) / 1e6;

/** The file, and what it could not hold (the format has no place for it), in words. */
export function journeyToOjf(doc: WorkshopDoc, journeyId: string): { file: OjfOut; unwritten: string[] } {
  const { rows } = doc;
  const journey = rows.journey[journeyId];
  const persona = journey?.personaId ? rows.persona[journey.personaId] : undefined;
  const unwritten: string[] = [];
  // Ids must be unique within the file; an id an import kept is used unless two rows share it.
  const used = new Set<string>();
  const idFor = (row: { id: string; sourceId: string }) => {
    const id = row.sourceId && !used.has(row.sourceId) ? row.sourceId : row.id;
    used.add(id);
    return id;
  };

  const stages = stagesOf(rows, journeyId);
  const stageIds = new Map(stages.map((s) => [s.id, idFor(s)]));
  const notes = byPosition(Object.values(rows.note).filter((n) => n.journeyId === journeyId));
  const touchpoints = journeyTouchpoints(rows, journeyId);
  const lanes = lanesOf(rows, journeyId).filter((l) => written(l, notes, touchpoints.length));
  const laneIds = new Map(lanes.map((l) => [l.id, idFor(l)]));
  let touchpointLane = lanes.find((l) => l.kind === 'touchpoints');
  const swimlanes = lanes.map((l) => ({ id: laneIds.get(l.id)!, name: l.name }));
  if (!touchpointLane && touchpoints.length) {
    swimlanes.push({ id: idFor({ id: 'touchpoints', sourceId: '' }), name: msg.journey.laneNames.touchpoints! });
    touchpointLane = { id: 'touchpoints' } as Lane;
    laneIds.set('touchpoints', swimlanes.at(-1)!.id);
  }

  const items = byPosition(Object.values(rows.blueprintItem).filter((b) => b.journeyId === journeyId));
  const blueprintOf = (owner: (b: RowOf<'blueprintItem'>) => boolean) => {
    const out = Object.fromEntries(OJF_LAYERS.map((l) => [l, [] as Record<string, string>[]])) as OjfNodeOut['blueprint'];
    for (const b of items.filter(owner)) {
      const layer = OJF_LAYER_OF[b.layer];
      const [who, what] = LAYER_KEYS[layer];
      out[layer].push({ [who]: b.role, [what]: b.text });
      if (b.timing || b.how || b.team) unwritten.push(msg.ojf.unwritten.blueprintDetails(b.text));
    }
    return out;
  };
  const orphans = items.filter((b) => !b.touchpointId && !b.noteId);
  if (orphans.length) unwritten.push(msg.ojf.unwritten.stageBlueprint(orphans.map((b) => b.text)));

  const nodes: OjfNodeOut[] = [];
  for (const t of touchpoints) {
    const score = emotionOf(rows, t.id)?.score;
    nodes.push({
      id: idFor(t),
      stageId: stageIds.get(t.stageId)!,
      swimlaneId: laneIds.get(touchpointLane!.id)!,
      title: t.name,
      description: t.description,
      severity: t.severity,
      score: score === undefined ? null : toOjfScore(score),
      sentiment: t.sentiment,
      purpose: t.purpose,
      icon: t.icon,
      iconColor: t.iconColor,
      isMomentOfTruth: t.momentOfTruth,
      tags: withTerms(t.tags, { channel: t.channel, team: t.team }),
      blueprint: blueprintOf((b) => b.touchpointId === t.id),
    });
  }
  for (const n of notes) {
    if (!laneIds.has(n.laneId) || !stageIds.has(n.stageId)) continue;
    nodes.push({
      id: idFor(n),
      stageId: stageIds.get(n.stageId)!,
      swimlaneId: laneIds.get(n.laneId)!,
      title: n.text,
      description: n.description,
      severity: n.severity,
      score: n.score === null ? null : toOjfScore(n.score),
      sentiment: n.sentiment,
      purpose: n.purpose,
      icon: n.icon,
      iconColor: iconColorFor(n),
      isMomentOfTruth: n.momentOfTruth,
      tags: n.tags,
      blueprint: blueprintOf((b) => b.noteId === n.id),
    });
  }

  return {
    file: {
      version: '1.0',
      title: journey?.name ?? '',
      persona: persona?.name ?? '',
      pointOfView: journey?.pointOfView ?? '',
      stages: stages.map((s) => ({ id: stageIds.get(s.id)!, name: s.name })),
      swimlanes,
      nodes,
    },
    unwritten,
  };
}

/** A lane is written unless it is one the import added for the map's own needs and still empty:
 * the emotion curve's lane (scores travel on items) or a touchpoint lane with no touchpoints. */
function written(lane: Lane, notes: readonly RowOf<'note'>[], touchpoints: number): boolean {
  if (lane.sourceId) return true;
  if (lane.kind === 'emotions') return notes.some((n) => n.laneId === lane.id);
  if (lane.kind === 'touchpoints') return touchpoints > 0;
  return true;
}

/** Tags with the channel and team as "channel:…" and "team:…": a tag the file had is updated where
 * it stands, so unchanged ones go back out in their place; a new one is added at the end. */
function withTerms(tags: readonly string[], terms: { channel: string; team: string }): string[] {
  const out = [...tags];
  for (const kind of ['channel', 'team'] as const) {
    const at = out.findIndex((t) => t.startsWith(`${kind}:`));
    const value = terms[kind];
    if (at === -1) {
      if (value) out.push(`${kind}:${value}`);
    } else if (!value) out.splice(at, 1);
    else if (termLabel(kind, out[at]!.slice(kind.length + 1).trim()) !== value) out[at] = `${kind}:${value}`;
  }
  return out;
}
