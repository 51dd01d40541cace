/**
 * The OpenJourney Format (.ojf): JSON with `version`, optional `persona` and `pointOfView`,
 * `stages` [{id, name}], `swimlanes` [{id, name}] and `nodes` placed by stageId and swimlaneId.
 *
 * Import is untrusted input: the file is parsed and checked completely before anything is
 * created, and a malformed file yields one message naming what is wrong. What cannot be mapped
 * onto Touchpoint's model (icons, tags, blueprint evidence…) is listed, never silently dropped.
 *
 * Scores: OJF scores run −5…+5, ours −2…+2 in half steps; they convert by a factor of 2.5.
 */
import { z } from 'zod';
import type { Op, TypedOp, WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { type NoteColor } from '../model/vocab';
import { termLabel } from './vocabulary';
import { msg } from '../strings';
import { DEFAULT_LANES, journeyTouchpoints, lanesOf, stagesOf, type LaneKind } from './journey';
import { roundHalfAway } from './metrics';

const nodeSchema = z.object({
  stageId: z.union([z.string(), z.number()]).transform(String),
  swimlaneId: z.union([z.string(), z.number()]).transform(String),
  title: z.string().max(2000),
  description: z.string().max(10000).optional(),
  severity: z.enum(['low', 'medium', 'high']).optional(),
  score: z.number().min(-5).max(5).optional(),
  sentiment: z.string().max(40).optional(),
  purpose: z.string().max(60).optional(),
  isMomentOfTruth: z.boolean().optional(),
  icon: z.string().max(200).optional(),
  iconColor: z.string().max(40).optional(),
  tags: z.array(z.string().max(100)).max(100).optional(),
  blueprint: z
    .object({
      evidence: z.string().max(2000).optional(),
      onstage: z.string().max(2000).optional(),
      backstage: z.string().max(2000).optional(),
      support: z.string().max(2000).optional(),
    })
    .optional(),
});

const idName = z.object({ id: z.union([z.string(), z.number()]).transform(String), name: z.string().max(200) });

export const ojfSchema = z.object({
  version: z.union([z.string(), z.number()]),
  persona: z.union([z.string().max(200), z.object({ name: z.string().max(200).optional(), description: z.string().max(2000).optional() })]).optional(),
  pointOfView: z.string().max(2000).optional(),
  stages: z.array(idName).min(1).max(50),
  swimlanes: z.array(idName).min(1).max(50),
  nodes: z.array(nodeSchema).max(5000),
});

export type OjfFile = z.infer<typeof ojfSchema>;
type OjfNode = OjfFile['nodes'][number];

/** Parses a file's text. Never throws: the error names the first problem in plain words. */
/** The persona's name, whether the file gives a name or an object. */
export function ojfPersonaName(file: OjfFile): string | undefined {
  return typeof file.persona === 'string' ? file.persona : file.persona?.name;
}

export function parseOjf(text: string): { ok: true; value: OjfFile } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: msg.ojf.notJson };
  }
  const r = ojfSchema.safeParse(tidyNodes(raw));
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { ok: false, error: inWords(raw, issue.path, issue.message) };
  }
  const stageIds = new Set(r.data.stages.map((s) => s.id));
  const laneIds = new Set(r.data.swimlanes.map((s) => s.id));
  if (stageIds.size !== r.data.stages.length) return { ok: false, error: msg.ojf.duplicateId('stages') };
  if (laneIds.size !== r.data.swimlanes.length) return { ok: false, error: msg.ojf.duplicateId('swimlanes') };
  for (const [i, n] of r.data.nodes.entries()) {
    if (!stageIds.has(n.stageId)) return { ok: false, error: msg.ojf.unknownStage(i + 1, n.title, n.stageId) };
    if (!laneIds.has(n.swimlaneId)) return { ok: false, error: msg.ojf.unknownLane(i + 1, n.title, n.swimlaneId) };
  }
  return { ok: true, value: r.data };
}

const LAYERS = ['evidence', 'onstage', 'backstage', 'support'] as const;

/**
 * What the reference editor writes on every node it saves, made into what the schema reads: a
 * null field is an absent one (`score: null`, `icon: null`), and a blueprint layer written as a
 * list of lines is those lines, one per line; an empty list or blueprint is nothing. Anything
 * else is left for the schema to judge.
 */
export function tidyNodes(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { nodes?: unknown }).nodes)) return raw;
  const nodes = ((raw as { nodes: unknown[] }).nodes).map((node) => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return node;
    const tidy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) if (value !== null) tidy[key] = value;
    const bp = tidy.blueprint;
    if (bp && typeof bp === 'object' && !Array.isArray(bp)) {
      const layers: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(bp)) {
        if (value === null) continue;
        const lines = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]).map((v) => v.trim()).filter(Boolean) : null;
        if (lines && (LAYERS as readonly string[]).includes(key)) {
          if (lines.length) layers[key] = lines.join('\n');
        } else layers[key] = value;
      }
      if (Object.keys(layers).length) tidy.blueprint = layers;
      else delete tidy.blueprint;
    }
    return tidy;
  });
  return { ...(raw as object), nodes };
}

/** A schema problem as a person reads it: "Item 4, “Checkout”: score 9 is outside −5 to +5". */
function inWords(raw: unknown, path: readonly PropertyKey[], problem: string): string {
  const [list, index, field, sub] = path;
  if (list === 'nodes' && typeof index === 'number') {
    const node = (raw as { nodes: Record<string, unknown>[] }).nodes[index] ?? {};
    const title = typeof node.title === 'string' ? node.title : '';
    const value = field === undefined ? undefined : sub === undefined ? node[String(field)] : (node[String(field)] as Record<string, unknown> | undefined)?.[String(sub)];
    const name = [field, sub].filter((p) => p !== undefined).map(String).join(' ');
    if (field === 'score' && typeof value === 'number') return msg.ojf.item(index + 1, title, msg.ojf.scoreOutside(value));
    return msg.ojf.item(index + 1, title, name ? `${name}: ${problem}` : problem);
  }
  if ((list === 'stages' || list === 'swimlanes') && typeof index === 'number') {
    return msg.ojf.invalid(msg.ojf.listItem(list, index + 1), problem);
  }
  return msg.ojf.invalid(path.map(String).join(' ') || msg.ojf.theFile, problem);
}

const LANE_WORDS: [RegExp, LaneKind][] = [
  [/touch\s*point|channel|interaction/i, 'touchpoints'],
  [/emotion|feel|sentiment|mood/i, 'emotions'],
  [/pain|friction|problem|frustrat/i, 'pain_points'],
  [/opportunit|idea|improve/i, 'opportunities'],
  [/goal|need|want|expect/i, 'goals'],
  [/thought|quote|think|say|said|voice/i, 'thoughts'],
  [/action|doing|does|activit|step/i, 'actions'],
];

export function laneKindOf(name: string): LaneKind | null {
  return LANE_WORDS.find(([re]) => re.test(name))?.[1] ?? null;
}

const PURPOSE_LANE: Record<string, LaneKind> = {
  'pain-point': 'pain_points',
  painpoint: 'pain_points',
  opportunity: 'opportunities',
  goal: 'goals',
  action: 'actions',
  thought: 'thoughts',
  quote: 'thoughts',
};

const snapScore = (ojf: number) => Math.max(-2, Math.min(2, roundHalfAway((ojf / 2.5) * 2) / 2));
const toOjfScore = (ours: number) => Math.max(-5, Math.min(5, roundHalfAway(ours * 2.5)));
const SENTIMENT: Record<string, number> = { positive: 1, neutral: 0, negative: -1 };

/** A table's own entry for a word from the file, never one inherited from Object ("constructor"). */
function ownValue<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
const SEVERITY_COLOR: Record<string, NoteColor> = { high: 'pink', medium: 'orange', low: 'yellow' };

/**
 * Operations that create the imported journey, and the list of what could not be mapped.
 * All lanes of a Touchpoint map are created; swimlanes that match none get a lane of their own.
 */
export function ojfToOps(
  file: OjfFile,
  target: { journeyId: string; position: number; name: string },
  newId: () => string,
): { ops: Op[]; unmapped: string[] } {
  const { journeyId } = target;
  const unmapped: string[] = [];
  const personaName = ojfPersonaName(file);
  const ops: TypedOp[] = [
    {
      kind: 'create',
      entity: 'journey',
      id: journeyId,
      values: { name: (personaName ? `${target.name} (${personaName})` : target.name).slice(0, 200), pointOfView: file.pointOfView ?? '', position: target.position },
    },
  ];
  if (personaName) unmapped.push(msg.ojf.personaNotLinked(personaName));

  const laneIdOfKind = new Map<LaneKind, string>();
  DEFAULT_LANES.forEach((kind, i) => {
    const id = newId();
    laneIdOfKind.set(kind, id);
    ops.push({ kind: 'create', entity: 'lane', id, values: { journeyId, kind, name: msg.journey.laneNames[kind], position: i + 1 } });
  });
  const laneOf = new Map<string, { id: string; kind: LaneKind }>();
  let extra = DEFAULT_LANES.length;
  for (const s of file.swimlanes) {
    const kind = laneKindOf(s.name);
    if (kind) {
      laneOf.set(s.id, { id: laneIdOfKind.get(kind)!, kind });
    } else {
      const id = newId();
      ops.push({ kind: 'create', entity: 'lane', id, values: { journeyId, kind: 'custom', name: s.name.slice(0, 200), position: ++extra } });
      laneOf.set(s.id, { id, kind: 'custom' });
    }
  }

  const stageOf = new Map<string, string>();
  file.stages.forEach((s, i) => {
    const id = newId();
    stageOf.set(s.id, id);
    ops.push({ kind: 'create', entity: 'stage', id, values: { journeyId, name: s.name.slice(0, 200) || msg.journey.newStage, position: i + 1 } });
  });

  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  // What could not be kept, by item: each list holds the titles of the items it concerns.
  const lost = { icon: [] as string[], tags: [] as string[], evidence: [] as string[], scoreOnNote: [] as string[], momentOnNote: [] as string[], cut: [] as string[] };
  const emotionless: { stageId: string; score: number; title: string }[] = [];
  /** Text to a field's limit; what is cut is said, never silent. */
  const cutTo = (text: string, limit: number, title: string) => {
    if (text.length > limit) lost.cut.push(title);
    return text.slice(0, limit);
  };

  file.nodes.forEach((node: OjfNode) => {
    const stageId = stageOf.get(node.stageId)!;
    const lane = laneOf.get(node.swimlaneId)!;
    const title = node.title.trim() || msg.ojf.untitled;
    if (node.icon || node.iconColor) lost.icon.push(title);
    const tags = node.tags ?? [];
    // Any name the file gives is the client's own word; an old key reads as its name.
    const tagged = (kind: 'channel' | 'team') => {
      const value = tags.map((t) => new RegExp(`^${kind}:(.+)$`).exec(t)?.[1]?.trim()).find((c) => !!c);
      return value ? termLabel(kind, value).slice(0, 60) : undefined;
    };
    const channel = tagged('channel');
    const team = tagged('team');
    if (tags.some((t) => !/^(channel|team):/.test(t))) lost.tags.push(title);
    const sentiment = node.sentiment?.toLowerCase();
    // Own keys only: a sentiment of "constructor" is not a score.
    const score = node.score ?? (sentiment ? ownValue(SENTIMENT, sentiment) : undefined);
    const purpose = (node.purpose ?? '').toLowerCase();

    if (purpose === 'touchpoint' || lane.kind === 'touchpoints') {
      const touchpointId = newId();
      ops.push({
        kind: 'create',
        entity: 'touchpoint',
        id: touchpointId,
        values: {
          journeyId,
          stageId,
          name: cutTo(node.title, 200, title) || msg.journey.newTouchpoint,
          description: cutTo(node.description ?? '', 2000, title),
          channel: channel ?? '',
          team: team ?? '',
          momentOfTruth: node.isMomentOfTruth ?? false,
          position: next(`tp:${stageId}`),
        },
      });
      if (score !== undefined) ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId, score: snapScore(score) } });
      const bp = node.blueprint;
      if (bp?.evidence) lost.evidence.push(title);
      for (const [layer, text] of [
        ['front_stage', bp?.onstage],
        ['back_stage', bp?.backstage],
        ['support', bp?.support],
      ] as const) {
        if (text) {
          ops.push({
            kind: 'create',
            entity: 'blueprintItem',
            id: newId(),
            values: { journeyId, stageId, touchpointId, layer, text: text.slice(0, 2000), position: next(`bp:${stageId}:${layer}`) },
          });
        }
      }
      return;
    }

    // A scored item of an emotion lane gives its score to the curve (below) and keeps its words as
    // a note in Thoughts, where a feeling put in words belongs.
    const feeling = lane.kind === 'emotions' && score !== undefined;
    if (feeling) emotionless.push({ stageId, score, title });
    const laneKind = ownValue(PURPOSE_LANE, purpose) ?? (lane.kind === 'emotions' ? 'thoughts' : lane.kind);
    const laneId = laneKind === 'custom' ? lane.id : laneIdOfKind.get(laneKind)!;
    if (score !== undefined && !feeling) lost.scoreOnNote.push(title);
    if (node.isMomentOfTruth) lost.momentOnNote.push(title);
    const whole = [node.title, node.description].filter(Boolean).join('\n');
    if (feeling && !whole.trim()) return;
    if (whole.length > 2000) lost.cut.push(title);
    const text = whole.slice(0, 2000);
    ops.push({
      kind: 'create',
      entity: 'note',
      id: newId(),
      values: { journeyId, stageId, laneId, text, color: ownValue(SEVERITY_COLOR, node.severity ?? '') ?? 'yellow', position: next(`note:${stageId}:${laneId}`) },
    });
  });

  // A score placed in the emotion lane goes to the first touchpoint of its stage still unscored.
  const scored = new Set(
    ops.flatMap((o) => (o.kind === 'create' && o.entity === 'emotion' ? [String(o.values.touchpointId)] : [])),
  );
  for (const e of emotionless) {
    const tp = ops.find(
      (o) => o.kind === 'create' && o.entity === 'touchpoint' && (o.values as { stageId: string }).stageId === e.stageId && !scored.has(o.id),
    );
    if (tp) {
      scored.add(tp.id);
      ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId: tp.id, score: snapScore(e.score) } });
    } else lost.scoreOnNote.push(e.title);
  }

  if (lost.icon.length) unmapped.push(msg.ojf.lost.icons(lost.icon));
  if (lost.tags.length) unmapped.push(msg.ojf.lost.tags(lost.tags));
  if (lost.evidence.length) unmapped.push(msg.ojf.lost.evidence(lost.evidence));
  if (lost.scoreOnNote.length) unmapped.push(msg.ojf.lost.scores(lost.scoreOnNote));
  if (lost.momentOnNote.length) unmapped.push(msg.ojf.lost.moments(lost.momentOnNote));
  if (lost.cut.length) unmapped.push(msg.ojf.lost.cut(lost.cut));
  return { ops, unmapped };
}

const LANE_PURPOSE: Partial<Record<LaneKind, string>> = {
  goals: 'goal',
  actions: 'action',
  thoughts: 'thought',
  pain_points: 'pain-point',
  opportunities: 'opportunity',
};

/** One journey as an .ojf document. */
export function journeyToOjf(doc: WorkshopDoc, journeyId: string): OjfFile {
  const journey = doc.rows.journey[journeyId];
  const persona = journey?.personaId ? doc.rows.persona[journey.personaId] : undefined;
  const lanes = lanesOf(doc.rows, journeyId).filter((l) => l.kind !== 'emotions');
  const touchpointLane = lanes.find((l) => l.kind === 'touchpoints');
  const scores = new Map(Object.values(doc.rows.emotion).map((e) => [e.touchpointId, e.score]));
  const nodes: OjfNode[] = [];
  for (const t of journeyTouchpoints(doc.rows, journeyId)) {
    const items = Object.values(doc.rows.blueprintItem).filter((b) => b.touchpointId === t.id);
    const join = (layer: string) =>
      byPosition(items.filter((b) => b.layer === layer))
        .map((b) => b.text)
        .join('\n') || undefined;
    const blueprint = { onstage: join('front_stage'), backstage: join('back_stage'), support: join('support') };
    const score = scores.get(t.id);
    nodes.push({
      stageId: t.stageId,
      swimlaneId: touchpointLane?.id ?? 'touchpoints',
      title: t.name,
      ...(t.description ? { description: t.description } : {}),
      purpose: 'touchpoint',
      isMomentOfTruth: t.momentOfTruth,
      ...(score !== undefined ? { score: toOjfScore(score) } : {}),
      tags: [`channel:${t.channel}`, `team:${t.team}`],
      ...(Object.values(blueprint).some(Boolean) ? { blueprint } : {}),
    });
  }
  for (const n of byPosition(Object.values(doc.rows.note).filter((x) => x.journeyId === journeyId))) {
    const lane = doc.rows.lane[n.laneId];
    if (!lane) continue;
    const [title = '', ...rest] = n.text.split('\n');
    nodes.push({
      stageId: n.stageId,
      swimlaneId: n.laneId,
      title,
      ...(rest.length ? { description: rest.join('\n') } : {}),
      ...(LANE_PURPOSE[lane.kind] ? { purpose: LANE_PURPOSE[lane.kind] } : {}),
    });
  }
  return {
    version: '1.0',
    ...(persona ? { persona: { name: persona.name, ...(persona.bio ? { description: persona.bio } : {}) } } : {}),
    ...(journey?.pointOfView ? { pointOfView: journey.pointOfView } : {}),
    stages: stagesOf(doc.rows, journeyId).map((s) => ({ id: s.id, name: s.name })),
    swimlanes: [
      ...(touchpointLane ? [] : [{ id: 'touchpoints', name: msg.journey.laneNames.touchpoints! }]),
      ...lanes.map((l) => ({ id: l.id, name: l.name })),
    ],
    nodes,
  };
}
