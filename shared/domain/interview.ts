/**
 * The self-assessment, for a small business working alone: plain questions one at a time, each
 * skippable, whose answers become a normal workshop in the owner's own words.
 *
 * - The owner names their own steps (suggested from the closest template, then renamed,
 *   reordered, added to) and says, for each, what happens, what customers praise, what goes wrong
 *   and how it feels.
 * - Those words become the map: each step a stage with a touchpoint, what happens a note, praise
 *   green notes, each complaint a pink note and a gap at that step, the feeling the emotion curve.
 * - Suggested actions come from a library of practices (shared/domain/practices.ts) matched to
 *   each complaint, with this sector's example; the owner edits them before they land, with the one
 *   or two metrics worth watching.
 * - Building is idempotent: the rows a build made are remembered, and building again replaces
 *   them (Setup fields already filled are left alone). Nothing typed is cut without it showing:
 *   a long answer is whole in a description or the map, and a title made from it ends with "…".
 *
 * The answers are kept as they are given, so the interview can be left and picked up again.
 */
import type { Op, TypedOp, WorkshopDoc } from '../model/ops';
import type { Industry } from '../model/vocab';
import { INDUSTRIES } from '../model/vocab';
import { msg } from '../strings';
import { DEFAULT_LANES, linesOf, type LaneKind } from './journey';
import { exampleFor, practiceForComplaint, readComplaint, type Component, type Driver, type Practice } from './practices';
import { templateFor, type JourneyTemplate } from './templates';

/** The rows a build made, so building again replaces them instead of adding a second set. */
export interface BuiltRows {
  persona: string;
  journey: string;
  actions: string[];
}

export interface InterviewState {
  /** Index of the question on screen. */
  at: number;
  answers: Record<string, string>;
  done: boolean;
  built?: BuiltRows;
}

export const EMPTY_INTERVIEW: InterviewState = { at: 0, answers: {}, done: false };

/** The longest answer kept: the screen's fields hold less, so nothing typed is ever cut here. */
const MAX_ANSWER = 10000;

const ids = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function readInterview(stored: string): InterviewState | null {
  if (!stored) return null;
  try {
    const v = JSON.parse(stored) as Partial<InterviewState>;
    const answers: Record<string, string> = {};
    for (const [k, a] of Object.entries(v.answers ?? {})) if (typeof a === 'string') answers[k] = a.slice(0, MAX_ANSWER);
    const b = v.built as Partial<BuiltRows> | undefined;
    const built = b && typeof b.persona === 'string' && typeof b.journey === 'string' && ids(b.actions) ? { persona: b.persona, journey: b.journey, actions: b.actions } : undefined;
    return { at: typeof v.at === 'number' && v.at >= 0 ? Math.floor(v.at) : 0, answers, done: v.done === true, ...(built ? { built } : {}) };
  } catch {
    return null;
  }
}

/** A workshop made by the self-assessment is the owner's own: the app speaks to one person. */
export function isSolo(workshop: { interview: string }): boolean {
  return readInterview(workshop.interview) !== null;
}

export interface Step {
  id: string;
  name: string;
}

export type Question =
  | { id: string; kind: 'text'; prompt: string; help: string; example: string; multiline?: boolean }
  | { id: string; kind: 'choice'; prompt: string; help: string; options: { value: string; label: string }[] }
  | { id: 'steps'; kind: 'steps'; prompt: string; help: string; suggested: Step[] }
  | { id: string; kind: 'step'; prompt: string; help: string; step: Step; index: number; of: number }
  | { id: 'plan'; kind: 'plan'; prompt: string; help: string };

const industryOf = (answers: Record<string, string>): Industry =>
  (INDUSTRIES as readonly string[]).includes(answers.industry ?? '') ? (answers.industry as Industry) : 'other';

/** The steps the closest template suggests: its stage names. */
export function suggestedSteps(answers: Record<string, string>, templates: readonly JourneyTemplate[]): Step[] {
  const template = templateFor(industryOf(answers), templates);
  return (template?.stages ?? []).map((s, i) => ({ id: `s${i + 1}`, name: s.name }));
}

/** The owner's steps, as saved; the suggestion until they have said otherwise. */
export function stepsOf(answers: Record<string, string>, templates: readonly JourneyTemplate[]): Step[] {
  if (answers.steps) {
    try {
      const v = JSON.parse(answers.steps) as unknown;
      if (Array.isArray(v)) {
        const steps = v.filter((s): s is Step => !!s && typeof s.id === 'string' && typeof s.name === 'string').map((s) => ({ id: s.id, name: s.name.slice(0, 200) }));
        if (steps.length) return steps;
      }
    } catch {
      // fall through to the suggestion
    }
  }
  return suggestedSteps(answers, templates);
}

export const stepKey = (step: Step, field: 'happens' | 'praise' | 'complaints' | 'feel' | 'moment') => `step:${step.id}:${field}`;

export function interviewQuestions(answers: Record<string, string>, templates: readonly JourneyTemplate[]): Question[] {
  const Q = msg.interview.questions;
  const steps = stepsOf(answers, templates);
  return [
    { id: 'business', kind: 'text', ...Q.business },
    { id: 'industry', kind: 'choice', ...Q.industry, options: INDUSTRIES.map((i) => ({ value: i, label: msg.setup.industryNames[i as Industry] ?? i })) },
    { id: 'customer', kind: 'text', ...Q.customer },
    { id: 'goal', kind: 'text', ...Q.goal, multiline: true },
    { id: 'steps', kind: 'steps', ...Q.steps, suggested: suggestedSteps(answers, templates) },
    ...steps.map((step, index): Question => ({ id: `step:${step.id}`, kind: 'step', prompt: Q.step.prompt(step.name), help: Q.step.help, step, index, of: steps.length })),
    { id: 'wow', kind: 'text', ...Q.wow, multiline: true },
    { id: 'plan', kind: 'plan', ...Q.plan },
  ];
}

export interface Suggestion {
  /** Stable while the answers stand: the step and the complaint's place in it. */
  key: string;
  step: Step;
  complaint: string;
  component: Component;
  driver: Driver;
  practice: Practice;
  /** The action as suggested; the owner's edit, if any, is in `title`. */
  suggested: string;
  title: string;
  on: boolean;
}

export interface MetricSuggestion {
  kind: 'ces' | 'csat';
  step: Step;
  target: number;
  unit: string;
}

export interface Plan {
  actions: Suggestion[];
  metrics: MetricSuggestion[];
}

/** How a step feels, 1–5, or null when not said. */
function feelOf(answers: Record<string, string>, step: Step): number | null {
  const n = Number(answers[stepKey(step, 'feel')]);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

const SUGGESTED_ACTIONS = 3;

/** The suggested actions (the worst steps' complaints first) and the metrics to watch. */
export function planOf(answers: Record<string, string>, templates: readonly JourneyTemplate[]): Plan {
  const industry = industryOf(answers);
  const steps = stepsOf(answers, templates);
  const complaints = steps.flatMap((step, si) =>
    linesOf(answers[stepKey(step, 'complaints')] ?? '').map((complaint, ci) => ({ step, si, ci, complaint, feel: feelOf(answers, step) ?? 3 })),
  );
  // Worst feeling first; within a step, in the owner's order.
  complaints.sort((a, b) => a.feel - b.feel || a.si - b.si || a.ci - b.ci);
  const actions: Suggestion[] = [];
  const used = new Set<string>();
  for (const c of complaints) {
    if (actions.length === SUGGESTED_ACTIONS) break;
    const practice = practiceForComplaint(c.complaint);
    const { component, driver } = readComplaint(c.complaint);
    // One suggestion per practice and step: two complaints about waiting at one step are one fix.
    if (used.has(`${c.step.id}:${practice.id}`)) continue;
    used.add(`${c.step.id}:${practice.id}`);
    const key = `${c.step.id}:${c.ci}`;
    const suggested = msg.interview.suggestedAction(c.step.name, exampleFor(practice, industry)).slice(0, 200);
    const edited = answers[`plan:${key}`];
    actions.push({ key, step: c.step, complaint: c.complaint, component, driver, practice, suggested, title: edited?.trim() ? edited : suggested, on: answers[`plan:${key}:off`] !== 'yes' });
  }
  const metrics: MetricSuggestion[] = [];
  const effort = actions.find((a) => a.on && a.component === 'effort');
  if (effort) metrics.push({ kind: 'ces', step: effort.step, target: 5.5, unit: '' });
  const moment = steps.find((s) => answers[stepKey(s, 'moment')] === 'yes') ?? [...steps].sort((a, b) => (feelOf(answers, a) ?? 6) - (feelOf(answers, b) ?? 6))[0];
  if (moment) metrics.push({ kind: 'csat', step: moment, target: 80, unit: '%' });
  return { actions, metrics };
}

/** A title from a long answer: whole when it fits, else cut at a word with "…" (the whole text is kept beside it). */
export function titleFrom(text: string, max = 200): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The workshop the answers describe, as ops: first the deletion of what an earlier build made,
 * then Setup (only fields still empty), a persona, the journey in the owner's steps and words,
 * gaps, the chosen actions and metrics. Returns the rows it made, for the next build to replace.
 */
export function interviewOps(doc: WorkshopDoc, state: InterviewState, templates: readonly JourneyTemplate[], newId: () => string): { ops: Op[]; built: BuiltRows } {
  const I = msg.interview;
  const { answers } = state;
  const w = doc.workshop;
  const industry = industryOf(answers);
  const ops: TypedOp[] = [];

  const before = state.built;
  if (before) {
    for (const id of before.actions) if (doc.rows.action[id]) ops.push({ kind: 'delete', entity: 'action', id });
    // The journey takes its stages, touchpoints, notes, gaps and metrics with it.
    if (doc.rows.journey[before.journey]) ops.push({ kind: 'delete', entity: 'journey', id: before.journey });
    if (doc.rows.persona[before.persona]) ops.push({ kind: 'delete', entity: 'persona', id: before.persona });
  }

  const business = (answers.business ?? '').trim();
  // The first words before a comma name the business ("Bright Smile, a family dental practice").
  const firstClause = (text: string) => text.split(/[,.;:—–]/)[0]!.trim();
  const goal = (answers.goal ?? '').trim();
  const setup: Record<string, unknown> = {};
  if (!w.industry) setup.industry = industry;
  if (!w.client.trim() && business) setup.client = titleFrom(firstClause(business));
  if (!w.scopeProduct.trim() && business) setup.scopeProduct = business.slice(0, 2000);
  if (!w.vision.trim() && goal) setup.vision = I.visionFrom(goal);
  if (Object.keys(setup).length) ops.push({ kind: 'update', entity: 'workshop', id: w.id, patch: setup });

  const steps = stepsOf(answers, templates);
  const complaintsOf = (s: Step) => linesOf(answers[stepKey(s, 'complaints')] ?? '');
  const allComplaints = steps.flatMap(complaintsOf);

  const personaId = newId();
  const customer = (answers.customer ?? '').trim();
  const name = titleFrom(firstClause(customer)) || I.defaultPersona;
  // Persona fields hold 2,000 characters: the complaints listed are whole lines, the rest are on the map.
  const painPoints: string[] = [];
  for (const c of allComplaints) if ([...painPoints, c].join('\n').length <= 2000) painPoints.push(c);
  ops.push({
    kind: 'create',
    entity: 'persona',
    id: personaId,
    values: { name, role: customer === name ? '' : titleFrom(customer), bio: customer.length > 200 ? customer.slice(0, 2000) : '', goals: goal.slice(0, 2000), painPoints: painPoints.join('\n'), position: 1 + Object.keys(doc.rows.persona).length },
  });

  const journeyId = newId();
  ops.push({ kind: 'create', entity: 'journey', id: journeyId, values: { name: I.journeyName(firstClause(business)), personaId, position: 1 + Object.keys(doc.rows.journey).length } });
  // Lanes the owner's words leave empty start hidden (the Lanes button shows them again), so the
  // map and the report hold what they said and no empty rows.
  const said = (field: 'happens' | 'praise' | 'complaints') => steps.some((s) => (answers[stepKey(s, field)] ?? '').trim());
  const used: Partial<Record<LaneKind, boolean>> = { touchpoints: true, emotions: true, actions: said('happens'), thoughts: said('praise'), pain_points: said('complaints') };
  const lane = new Map<LaneKind, string>();
  DEFAULT_LANES.forEach((kind, i) => {
    const id = newId();
    lane.set(kind, id);
    ops.push({ kind: 'create', entity: 'lane', id, values: { journeyId, kind, name: msg.journey.laneNames[kind], hidden: !used[kind], position: i + 1 } });
  });

  const touchpointOf = new Map<string, string>();
  const gapsOf = new Map<string, string[]>();
  let gapPosition = 0;
  steps.forEach((step, si) => {
    const stageId = newId();
    ops.push({ kind: 'create', entity: 'stage', id: stageId, values: { journeyId, name: step.name || I.untitledStep(si + 1), position: si + 1 } });
    const happens = (answers[stepKey(step, 'happens')] ?? '').trim();
    const feel = feelOf(answers, step);
    const touchpointId = newId();
    touchpointOf.set(step.id, touchpointId);
    ops.push({
      kind: 'create',
      entity: 'touchpoint',
      id: touchpointId,
      values: { journeyId, stageId, name: step.name || I.untitledStep(si + 1), description: happens.slice(0, 2000), momentOfTruth: answers[stepKey(step, 'moment')] === 'yes', position: 1 },
    });
    if (feel !== null) ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId, score: feel - 3 } });
    const note = (kind: LaneKind, text: string, color: 'yellow' | 'green' | 'pink', position: number) =>
      ops.push({ kind: 'create', entity: 'note', id: newId(), values: { journeyId, stageId, laneId: lane.get(kind)!, text: text.slice(0, 2000), color, position } });
    if (happens) note('actions', happens, 'yellow', 1);
    linesOf(answers[stepKey(step, 'praise')] ?? '').forEach((p, i) => note('thoughts', p, 'green', i + 1));
    const gapIds: string[] = [];
    complaintsOf(step).forEach((c, i) => {
      note('pain_points', c, 'pink', i + 1);
      const { component, driver } = readComplaint(c);
      const gapId = newId();
      gapIds.push(gapId);
      ops.push({
        kind: 'create',
        entity: 'gap',
        id: gapId,
        values: { touchpointId, title: titleFrom(c), intended: I.intendedFrom(goal).slice(0, 2000), intendedScore: 5, actual: c.slice(0, 2000), actualScore: feel ?? 2, component, driver, position: ++gapPosition },
      });
    });
    gapsOf.set(step.id, gapIds);
  });

  const plan = planOf(answers, templates);
  const metricOf = new Map<string, string>();
  plan.metrics.forEach((m, i) => {
    const id = newId();
    metricOf.set(`${m.kind}:${m.step.id}`, id);
    ops.push({ kind: 'create', entity: 'metric', id, values: { touchpointId: touchpointOf.get(m.step.id) ?? null, kind: m.kind, method: 'survey', target: m.target, unit: m.unit, position: i + 1 } });
  });
  const actions: string[] = [];
  let position = 0;
  for (const s of plan.actions.filter((a) => a.on)) {
    const actionId = newId();
    actions.push(actionId);
    const gapId = gapsOf.get(s.step.id)?.[Number(s.key.split(':')[1])];
    const metricId = metricOf.get(`ces:${s.step.id}`) ?? metricOf.get(`csat:${s.step.id}`) ?? null;
    ops.push({
      kind: 'create',
      entity: 'action',
      id: actionId,
      values: { title: titleFrom(s.title), description: I.actionWhy(s.practice.name, s.practice.why, s.complaint), impact: 4, effort: 2, metricId, position: ++position },
    });
    if (gapId) ops.push({ kind: 'create', entity: 'actionGap', id: newId(), values: { actionId, gapId } });
  }
  const wow = (answers.wow ?? '').trim();
  if (wow) {
    const id = newId();
    actions.push(id);
    ops.push({ kind: 'create', entity: 'action', id, values: { title: titleFrom(wow), description: wow.length > 200 ? wow : '', wow: true, impact: 3, effort: 1, position: ++position } });
  }
  return { ops, built: { persona: personaId, journey: journeyId, actions } };
}
