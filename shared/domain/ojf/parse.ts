/**
 * Reading an OpenJourney (.ojf) file: JSON with `stages` [{id, name}], `swimlanes` [{id, name}] and
 * `nodes` placed by stageId and swimlaneId (docs/openjourney.md lists every field and where it goes).
 *
 * Every layout the reference editor has written is accepted and made into one shape, `OjfFile`:
 * - the first: `version`, `persona` and `pointOfView` at the top, blueprint layers as text;
 * - the newer one: a `metadata` object holding them (and the title), blueprint layers as lists of
 *   strings;
 * - the editor's current one: a `title` at the top, an `id` on every node, `null` for a field left
 *   empty, and blueprint layers as lists of objects ({actor, action}, {system, description},
 *   {item, type}).
 *
 * A file is untrusted input: it is checked completely before anything is created, and a malformed
 * one gets one message, in words ("Item 4, “Checkout”: score 9 is outside −5 to +5"). Fields the
 * format does not define are not an error; they are named in the import's list of what was not kept.
 */
import { z } from 'zod';
import { msg } from '../../strings';

/** One entry of a blueprint layer: who or what (an actor, a system, a kind of evidence) and what. */
export interface BlueprintEntry {
  who: string;
  what: string;
}
export const OJF_LAYERS = ['evidence', 'onstage', 'backstage', 'support'] as const;
export type OjfLayer = (typeof OJF_LAYERS)[number];
/** The keys each layer's objects use in the reference editor: [who, what]. */
export const LAYER_KEYS: Record<OjfLayer, [string, string]> = {
  evidence: ['type', 'item'],
  onstage: ['actor', 'action'],
  backstage: ['actor', 'action'],
  support: ['system', 'description'],
};

const text = (max: number) => z.string().max(max);
const id = z.union([z.string().max(200), z.number()]).transform(String);

const nodeSchema = z.object({
  id: id.optional(),
  stageId: id,
  swimlaneId: id,
  title: text(10000),
  description: text(10000).optional(),
  severity: z.enum(['low', 'medium', 'high']).optional(),
  score: z.number().min(-5).max(5).optional(),
  // Generous limits: longer text than a field here holds is cut on import and listed, not refused.
  sentiment: text(1000).optional(),
  purpose: text(1000).optional(),
  isMomentOfTruth: z.boolean().optional(),
  icon: text(1000).optional(),
  iconColor: text(1000).optional(),
  tags: z.array(text(1000)).max(1000).optional(),
  blueprint: z.partialRecord(z.enum(OJF_LAYERS), z.array(z.object({ who: text(10000), what: text(10000) })).max(1000)).optional(),
});

const stageSchema = z.object({ id, name: text(200), overrideEmotion: z.number().min(-5).max(5).optional() });
const laneSchema = z.object({ id, name: text(200) });

const fileSchema = z.object({
  version: z.string().max(20).optional(),
  title: text(200).optional(),
  persona: z.union([text(200), z.object({ name: text(200).optional(), description: text(2000).optional() })]).optional(),
  pointOfView: text(2000).optional(),
  stages: z.array(stageSchema).min(1).max(50),
  swimlanes: z.array(laneSchema).min(1).max(50),
  nodes: z.array(nodeSchema).max(5000),
});

export type OjfFile = z.infer<typeof fileSchema> & {
  /** Fields the format does not define, by where they were: "the file", "Item 3, “Pay”". */
  unknown: { where: string; fields: string[] }[];
  /** Values the format defines a field for but that are not among its words ("severity “critical”"). */
  unreadable: { where: string; value: string }[];
};
export type OjfNode = OjfFile['nodes'][number];

const ONE_LANE = 'items';
const ROOT_KEYS = new Set(['version', 'title', 'persona', 'pointOfView', 'stages', 'swimlanes', 'nodes', 'metadata']);
const METADATA_KEYS = new Set(['version', 'title', 'persona', 'pointOfView']);
const NODE_KEYS = new Set(['id', 'stageId', 'swimlaneId', 'stage', 'swimlane', 'title', 'description', 'severity', 'score', 'sentiment', 'purpose', 'isMomentOfTruth', 'icon', 'iconColor', 'tags', 'blueprint']);
const STAGE_KEYS = new Set(['id', 'name', 'overrideEmotion']);

/** The persona's name, whether the file gives a name or an object. */
export function ojfPersonaName(file: Pick<OjfFile, 'persona'>): string | undefined {
  const name = typeof file.persona === 'string' ? file.persona : file.persona?.name;
  return name?.trim() ? name : undefined;
}

/** Parses a file's text. Never throws: the error names the first problem in plain words. */
export function parseOjf(text: string): { ok: true; value: OjfFile } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: msg.ojf.notJson };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: msg.ojf.notAJourney };
  const { tidy, unknown, unreadable } = tidyFile(raw as Record<string, unknown>);
  const r = fileSchema.safeParse(tidy);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { ok: false, error: inWords(tidy, issue.path, issue.message) };
  }
  const stageIds = new Set(r.data.stages.map((s) => s.id));
  const laneIds = new Set(r.data.swimlanes.map((s) => s.id));
  if (stageIds.size !== r.data.stages.length) return { ok: false, error: msg.ojf.duplicateId('stages') };
  if (laneIds.size !== r.data.swimlanes.length) return { ok: false, error: msg.ojf.duplicateId('swimlanes') };
  for (const [i, n] of r.data.nodes.entries()) {
    if (!stageIds.has(n.stageId)) return { ok: false, error: msg.ojf.unknownStage(i + 1, n.title, n.stageId) };
    if (!laneIds.has(n.swimlaneId)) return { ok: false, error: msg.ojf.unknownLane(i + 1, n.title, n.swimlaneId) };
  }
  return { ok: true, value: { ...r.data, unknown, unreadable } };
}

/** "Item 3, “Pay”": how the lists of what was not kept name a node. */
const itemName = (index: number, node: Record<string, unknown>) => msg.ojf.itemName(index + 1, typeof node.title === 'string' ? node.title : '');

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Drops nulls and empty strings, which the reference editor writes for a field left empty; a
 * name or an item's title stays, even empty, as it is required. */
function withoutEmpty(o: Record<string, unknown>, keep: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && (v !== '' || keep.includes(k))) out[k] = v;
  return out;
}

/**
 * Every layout made into the one the schema reads: `metadata` lifted to the top (what is at the top
 * wins), a numeric version as text, `stage`/`swimlane` read as `stageId`/`swimlaneId`, empty
 * fields dropped, and blueprint layers (text, lists of strings or of objects) made into entries.
 * Anything else is left for the schema to judge; fields nobody defined are collected by place.
 */
export function tidyFile(raw: Record<string, unknown>): { tidy: Record<string, unknown>; unknown: OjfFile['unknown']; unreadable: OjfFile['unreadable'] } {
  const unknown: OjfFile['unknown'] = [];
  const unreadable: OjfFile['unreadable'] = [];
  const extra = (where: string, o: Record<string, unknown>, known: Set<string>) => {
    const fields = Object.keys(o).filter((k) => !known.has(k));
    if (fields.length) unknown.push({ where, fields });
  };
  extra(msg.ojf.theFileCap, raw, ROOT_KEYS);
  const meta = isObject(raw.metadata) ? raw.metadata : {};
  extra(msg.ojf.metadata, meta, METADATA_KEYS);
  const tidy = withoutEmpty({ ...withoutEmpty(meta), ...raw });
  delete tidy.metadata;
  if (typeof tidy.version === 'number') tidy.version = String(tidy.version);
  if (tidy.nodes === undefined) tidy.nodes = [];
  // A file that names no swimlanes (the editor's own README shows one) keeps its items in one lane.
  if (tidy.swimlanes === undefined && Array.isArray(tidy.nodes) && tidy.nodes.every((n) => isObject(n) && n.swimlaneId === undefined && n.swimlane === undefined)) {
    tidy.swimlanes = [{ id: ONE_LANE, name: msg.ojf.oneLane }];
    tidy.nodes = tidy.nodes.map((n) => ({ ...(n as object), swimlaneId: ONE_LANE }));
  }
  if (Array.isArray(tidy.stages)) {
    tidy.stages = tidy.stages.map((s, i) => {
      if (!isObject(s)) return s;
      extra(msg.ojf.listItem('stages', i + 1), s, STAGE_KEYS);
      return withoutEmpty(s, ['name']);
    });
  }
  if (Array.isArray(tidy.nodes)) {
    tidy.nodes = tidy.nodes.map((node, i) => {
      if (!isObject(node)) return node;
      const n = withoutEmpty(node, ['title']);
      extra(itemName(i, n), n, NODE_KEYS);
      if (n.stageId === undefined && n.stage !== undefined) n.stageId = n.stage;
      if (n.swimlaneId === undefined && n.swimlane !== undefined) n.swimlaneId = n.swimlane;
      delete n.stage;
      delete n.swimlane;
      if (Array.isArray(n.tags) && n.tags.length === 0) delete n.tags;
      // Hand-written files put numbers and flags in quotes: "3", "true".
      if (typeof n.score === 'string' && /^\s*[-+−]?\d+(\.\d+)?\s*$/.test(n.score)) n.score = Number(n.score.trim().replace('−', '-'));
      if (n.isMomentOfTruth === 'true' || n.isMomentOfTruth === 'false') n.isMomentOfTruth = n.isMomentOfTruth === 'true';
      if (typeof n.tags === 'string') n.tags = n.tags.split(',').map((t) => t.trim()).filter(Boolean);
      // A severity in other words or case ("High", "critical") is read where it can be, named where not.
      if (typeof n.severity === 'string') {
        const sev = n.severity.trim().toLowerCase();
        if (['low', 'medium', 'high'].includes(sev)) n.severity = sev;
        else {
          unreadable.push({ where: itemName(i, n), value: msg.ojf.severityValue(n.severity.slice(0, 40)) });
          delete n.severity;
        }
      }
      if (n.blueprint !== undefined) {
        const where = itemName(i, n);
        const bp = tidyBlueprint(n.blueprint, (fields) => {
          const known = unknown.find((u) => u.where === where);
          if (known) known.fields.push(...fields.filter((f) => !known.fields.includes(f)));
          else unknown.push({ where, fields: [...new Set(fields)] });
        });
        if (bp === undefined) delete n.blueprint;
        else n.blueprint = bp;
      }
      return n;
    });
  }
  return { tidy, unknown, unreadable };
}

/** Who or what does a blueprint entry, and what: the layer's own keys first, then any layer's. */
const WHO_KEYS = ['actor', 'system', 'type', 'who', 'role'];
const WHAT_KEYS = ['action', 'description', 'item', 'what', 'text'];

/**
 * A blueprint in any layout as entries per layer; undefined when it holds nothing. An entry's other
 * fields are reported in `extra` (never dropped silently). Something that is not a blueprint at
 * all is returned as it is, for the schema to refuse.
 */
function tidyBlueprint(bp: unknown, extra: (fields: string[]) => void): unknown {
  if (!isObject(bp)) return bp;
  const out: Record<string, unknown> = {};
  for (const [layer, value] of Object.entries(bp)) {
    if (value === null || value === undefined) continue;
    const keys = (LAYER_KEYS as Record<string, [string, string]>)[layer];
    if (!keys) {
      out[layer] = value; // an unknown layer: the schema names it
      continue;
    }
    const entries = typeof value === 'string' ? value.split('\n') : Array.isArray(value) ? value : null;
    if (!entries) {
      out[layer] = value;
      continue;
    }
    const list: unknown[] = [];
    for (const e of entries) {
      if (typeof e === 'string') {
        if (e.trim()) list.push({ who: '', what: e.trim() });
      } else if (isObject(e)) {
        const whoKey = [keys[0], ...WHO_KEYS].find((k) => e[k] !== undefined && e[k] !== null);
        const whatKey = [keys[1], ...WHAT_KEYS].find((k) => k !== whoKey && e[k] !== undefined && e[k] !== null);
        const who = whoKey ? e[whoKey] : '';
        const what = whatKey ? e[whatKey] : '';
        const others = Object.keys(e).filter((k) => k !== whoKey && k !== whatKey && e[k] !== null && e[k] !== '');
        if (others.length) extra(others.map((k) => `blueprint ${layer} ${k}`));
        if ((typeof who === 'string' && who.trim()) || (typeof what === 'string' && what.trim()) || typeof who !== 'string' || typeof what !== 'string') list.push({ who, what });
      } else list.push(e);
    }
    if (list.length) out[layer] = list;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A schema problem as a person reads it: "Item 4, “Checkout”: score 9 is outside −5 to +5". */
function inWords(raw: Record<string, unknown>, path: readonly PropertyKey[], problem: string): string {
  const [list, index, field, ...rest] = path;
  if (list === 'nodes' && typeof index === 'number') {
    const node = ((raw.nodes as Record<string, unknown>[])[index] ?? {}) as Record<string, unknown>;
    const title = typeof node.title === 'string' ? node.title : '';
    const value = field === undefined ? undefined : node[String(field)];
    if (field === 'score' && typeof value === 'number') return msg.ojf.item(index + 1, title, msg.ojf.scoreOutside(value));
    const name = [field, ...rest.filter((p) => typeof p === 'string')].filter((p) => p !== undefined).map(String).join(' ');
    return msg.ojf.item(index + 1, title, name ? `${name}: ${problem}` : problem);
  }
  if ((list === 'stages' || list === 'swimlanes') && typeof index === 'number') {
    return msg.ojf.invalid(msg.ojf.listItem(list, index + 1), field === undefined ? problem : `${String(field)}: ${problem}`);
  }
  return msg.ojf.invalid(path.map(String).join(' ') || msg.ojf.theFile, problem);
}
