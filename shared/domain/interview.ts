/**
 * The self-assessment interview, for a small business working alone: plain questions one at a
 * time, each skippable, whose answers become a normal workshop — a persona, a journey from the
 * template closest to the business, how well each key touchpoint works today (as an emotion score
 * and, where it falls short, a scored gap) and suggested actions, including a "wow" moment. The
 * answers are kept as they are given, so the interview can be left and picked up again.
 */
import type { TypedOp } from '../model/ops';
import type { Industry } from '../model/vocab';
import { INDUSTRIES } from '../model/vocab';
import { msg } from '../strings';
import { newJourneyOps } from './journey';
import { templateFor, type JourneyTemplate } from './templates';

export interface InterviewState {
  /** Index of the question on screen. */
  at: number;
  answers: Record<string, string>;
  done: boolean;
}

export const EMPTY_INTERVIEW: InterviewState = { at: 0, answers: {}, done: false };

export function readInterview(stored: string): InterviewState | null {
  if (!stored) return null;
  try {
    const v = JSON.parse(stored) as Partial<InterviewState>;
    const answers: Record<string, string> = {};
    for (const [k, a] of Object.entries(v.answers ?? {})) if (typeof a === 'string') answers[k] = a.slice(0, 2000);
    return { at: typeof v.at === 'number' && v.at >= 0 ? Math.floor(v.at) : 0, answers, done: v.done === true };
  } catch {
    return null;
  }
}

export type Question =
  | { id: string; kind: 'text'; prompt: string; help: string; example: string; multiline?: boolean }
  | { id: string; kind: 'choice'; prompt: string; help: string; options: { value: string; label: string }[] }
  | { id: string; kind: 'scale'; prompt: string; help: string; touchpoint: string };


/** The touchpoints worth asking about: every moment of truth and the first of each stage, at most ten. */
export function keyTouchpoints(template: JourneyTemplate | undefined): string[] {
  if (!template) return [];
  const picked: string[] = [];
  for (const stage of template.stages) {
    stage.touchpoints.forEach((tp, i) => {
      if ((i === 0 || tp.momentOfTruth) && !picked.includes(tp.name)) picked.push(tp.name);
    });
  }
  return picked.slice(0, 10);
}

export function interviewQuestions(answers: Record<string, string>, templates: readonly JourneyTemplate[]): Question[] {
  const Q = msg.interview.questions;
  const industry = answers.industry || 'other';
  const template = templateFor(industry, templates);
  return [
    { id: 'business', kind: 'text', ...Q.business },
    { id: 'industry', kind: 'choice', ...Q.industry, options: INDUSTRIES.map((i) => ({ value: i, label: msg.setup.industryNames[i as Industry] ?? i })) },
    { id: 'customer', kind: 'text', ...Q.customer },
    { id: 'goal', kind: 'text', ...Q.goal, multiline: true },
    { id: 'pain', kind: 'text', ...Q.pain, multiline: true },
    ...keyTouchpoints(template).map((tp): Question => ({ id: `tp:${tp}`, kind: 'scale', prompt: Q.touchpoint.prompt(tp), help: Q.touchpoint.help, touchpoint: tp })),
    { id: 'wow', kind: 'text', ...Q.wow, multiline: true },
  ];
}

const clean = (s: string | undefined, max: number) => (s ?? '').trim().slice(0, max);

/**
 * The workshop the answers describe, as ops on an empty workshop: setup fields, a persona, the
 * journey, emotion scores, gaps where a touchpoint scored 3 or less, and suggested actions.
 */
export function interviewOps(workshopId: string, answers: Record<string, string>, templates: readonly JourneyTemplate[], newId: () => string): TypedOp[] {
  const I = msg.interview;
  const industry = (INDUSTRIES as readonly string[]).includes(answers.industry ?? '') ? (answers.industry as Industry) : 'other';
  const template = templateFor(industry, templates);
  const business = clean(answers.business, 200);
  // The first words before a comma name the business ("Bright Smile, a family dental practice").
  const firstClause = (text: string) => text.split(/[,.;:—–]/)[0]!.trim();
  const ops: TypedOp[] = [
    {
      kind: 'update',
      entity: 'workshop',
      id: workshopId,
      patch: { industry, client: firstClause(business), scopeProduct: business, vision: I.visionFrom(clean(answers.goal, 500)) },
    },
  ];
  const personaId = newId();
  const customer = clean(answers.customer, 200);
  const name = firstClause(customer) || I.defaultPersona;
  ops.push({
    kind: 'create',
    entity: 'persona',
    id: personaId,
    // The whole answer stays as the role only when it says more than the name.
    values: { name, role: customer === name ? '' : customer, goals: clean(answers.goal, 2000), painPoints: clean(answers.pain, 2000), position: 1 },
  });
  const journeyId = newId();
  const journeyOps = newJourneyOps({ journeyId, name: template?.name ?? I.defaultJourney, personaId, position: 1, template, withPrompts: false }, newId);
  ops.push(...journeyOps);

  const touchpointIds = new Map<string, string>();
  for (const op of journeyOps) if (op.kind === 'create' && op.entity === 'touchpoint') touchpointIds.set(String(op.values.name), op.id);

  const scored: { name: string; id: string; score: number }[] = [];
  for (const name of keyTouchpoints(template)) {
    const score = Number(answers[`tp:${name}`]);
    const id = touchpointIds.get(name);
    if (!id || !Number.isInteger(score) || score < 1 || score > 5) continue;
    scored.push({ name, id, score });
    ops.push({ kind: 'create', entity: 'emotion', id: newId(), values: { touchpointId: id, score: score - 3 } });
  }

  let position = 0;
  const worst = [...scored].filter((s) => s.score <= 3).sort((a, b) => a.score - b.score);
  for (const s of worst) {
    const gapId = newId();
    ops.push({ kind: 'create', entity: 'gap', id: gapId, values: { touchpointId: s.id, title: I.gapTitle(s.name), intendedScore: 5, actualScore: s.score, position: ++position } });
    if (position <= 3) {
      const actionId = newId();
      ops.push({ kind: 'create', entity: 'action', id: actionId, values: { title: I.actionTitle(s.name), impact: 6 - s.score, effort: 2, position } });
      ops.push({ kind: 'create', entity: 'actionGap', id: newId(), values: { actionId, gapId } });
    }
  }
  const wow = clean(answers.wow, 200);
  const best = [...scored].sort((a, b) => b.score - a.score)[0];
  if (wow || best) {
    ops.push({ kind: 'create', entity: 'action', id: newId(), values: { title: wow || I.wowTitle(best!.name), wow: true, impact: 3, effort: 1, position: position + 1 } });
  }
  return ops;
}
