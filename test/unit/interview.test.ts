import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interviewOps, interviewQuestions, planOf, readInterview, stepKey, stepsOf, titleFrom, type InterviewState } from '../../shared/domain/interview';
import { exampleFor, practiceFor, practiceForComplaint, readComplaint } from '../../shared/domain/practices';
import { templateFor, parseTemplate } from '../../shared/domain/templates';
import { stagesOf } from '../../shared/domain/journey';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import { blankWorkshop } from '../helpers/workshop';

const templates = fs.readdirSync('resources/templates').map((f) => parseTemplate(JSON.parse(fs.readFileSync(`resources/templates/${f}`, 'utf8'))));
let n = 0;
const id = () => `33333333-3333-4333-8333-${String(++n).padStart(12, '0')}`;
const blank = (): WorkshopDoc => ({ workshop: blankWorkshop({ id: 'w' }), rows: emptyTables() });

/** An owner's answers: their business, their steps, and for each step what happens, praise, complaints and a feeling. */
function owner(base: Record<string, string>, steps: { name: string; happens?: string; praise?: string; complaints?: string; feel?: number; moment?: boolean }[]): Record<string, string> {
  const answers: Record<string, string> = { ...base, steps: JSON.stringify(steps.map((s, i) => ({ id: `o${i}`, name: s.name }))) };
  steps.forEach((s, i) => {
    const step = { id: `o${i}`, name: s.name };
    if (s.happens) answers[stepKey(step, 'happens')] = s.happens;
    if (s.praise) answers[stepKey(step, 'praise')] = s.praise;
    if (s.complaints) answers[stepKey(step, 'complaints')] = s.complaints;
    if (s.feel) answers[stepKey(step, 'feel')] = String(s.feel);
    if (s.moment) answers[stepKey(step, 'moment')] = 'yes';
  });
  return answers;
}

const photography = owner({ business: 'Lumen Studio, a one-person photography studio', industry: 'local', customer: 'Couples booking a wedding shoot', goal: 'Photos they love, without stress' }, [
  { name: 'Inquiry', happens: 'They fill in the contact form; I reply with packages.', complaints: 'Took three days to get prices back', feel: 2 },
  { name: 'Booking and deposit', complaints: 'Had to email twice to pay the deposit\nNot sure what the deposit covers', feel: 2 },
  { name: 'Pre-shoot questionnaire', feel: 3 },
  { name: 'The shoot', praise: 'Made us feel relaxed\nGreat with the kids', feel: 5, moment: true },
  { name: 'Proofing gallery', complaints: 'Gallery link expired before we chose', feel: 3 },
  { name: 'Ordering prints', feel: 4 },
  { name: 'Delivery', complaints: 'Prints arrived scratched', feel: 2 },
  { name: 'Asking for a review', feel: 3 },
]);
const bikes = owner({ business: 'Spokes, a bike repair shop', industry: 'local', customer: 'Commuters who need their bike back fast', goal: 'Ride to work again tomorrow' }, [
  { name: 'Drop-off', complaints: 'Queue at the counter at 8 am', feel: 2 },
  { name: 'Diagnosis and quote', complaints: 'Nobody called with the price', feel: 1 },
  { name: 'Repair', feel: 4 },
  { name: 'Pick-up', praise: 'Bike runs like new', feel: 5 },
]);
const dental = owner({ business: 'Bright Smile, a family dental practice', industry: 'healthcare', customer: 'Parents booking for the family', goal: 'Healthy teeth without a scared child' }, [
  { name: 'Booking', complaints: 'Phone always busy in the morning', feel: 2 },
  { name: 'Waiting room', complaints: 'Kids get nervous waiting', feel: 2 },
  { name: 'Check-up', praise: 'Dentist explains everything', feel: 4, moment: true },
  { name: 'Paying', complaints: 'Unexpected charge for the x-ray', feel: 1 },
]);

function build(answers: Record<string, string>, doc = blank(), state?: Partial<InterviewState>) {
  const s: InterviewState = { at: 0, answers, done: false, ...state };
  const { ops, built } = interviewOps(doc, s, templates, id);
  return { doc: applyOps(doc, ops), built };
}

describe('the self-assessment interview', () => {
  it('suggests the steps of the closest template, and then asks about the owner’s own steps, one page each', () => {
    expect(templateFor('local', templates)?.id).toBe('local-service');
    expect(stepsOf({ industry: 'local' }, templates).map((s) => s.name)).toEqual(templateFor('local', templates)!.stages.map((s) => s.name));
    const qs = interviewQuestions(photography, templates);
    expect(qs.map((q) => q.id)).toEqual(['business', 'industry', 'customer', 'goal', 'steps', 'step:o0', 'step:o1', 'step:o2', 'step:o3', 'step:o4', 'step:o5', 'step:o6', 'step:o7', 'wow', 'plan']);
    expect(qs[5]!.prompt).toBe('Inquiry');
  });

  it('builds three different businesses into journeys in their owners’ own words, with actions that differ by business', () => {
    const built = [photography, bikes, dental].map((a) => build(a).doc);
    const [photo, bike, teeth] = built;
    const words = (d: WorkshopDoc) => ({
      stages: stagesOf(d.rows, Object.keys(d.rows.journey)[0]!).map((s) => s.name),
      notes: Object.values(d.rows.note).map((x) => x.text),
      gaps: Object.values(d.rows.gap).map((g) => g.title),
      actions: Object.values(d.rows.action).map((a) => a.title),
    });
    expect(words(photo!).stages).toEqual(['Inquiry', 'Booking and deposit', 'Pre-shoot questionnaire', 'The shoot', 'Proofing gallery', 'Ordering prints', 'Delivery', 'Asking for a review']);
    expect(words(photo!).notes).toEqual(expect.arrayContaining(['Took three days to get prices back', 'Made us feel relaxed', 'Prints arrived scratched']));
    expect(words(photo!).gaps).toEqual(expect.arrayContaining(['Had to email twice to pay the deposit', 'Gallery link expired before we chose']));
    expect(words(bike!).stages).toEqual(['Drop-off', 'Diagnosis and quote', 'Repair', 'Pick-up']);
    expect(words(bike!).gaps).toEqual(['Queue at the counter at 8 am', 'Nobody called with the price']);
    expect(words(teeth!).notes).toEqual(expect.arrayContaining(['Kids get nervous waiting', 'Dentist explains everything']));
    // Concrete, named for the step, and not the same across businesses.
    for (const d of built) for (const a of words(d!).actions) expect(a).not.toMatch(/biggest frustration|falls short/);
    const sets = built.map((d) => words(d!).actions.join('|'));
    expect(new Set(sets).size).toBe(3);
    expect(words(bike!).actions.some((a) => a.startsWith('Diagnosis and quote: '))).toBe(true);
    expect(words(teeth!).actions.some((a) => /Paying: .*(price|cost)/i.test(a))).toBe(true);
    // Praise is green, complaints pink, feelings on the curve, the moment of truth marked.
    expect(Object.values(photo!.rows.note).find((x) => x.text === 'Made us feel relaxed')?.color).toBe('green');
    expect(Object.values(photo!.rows.note).find((x) => x.text === 'Prints arrived scratched')?.color).toBe('pink');
    expect(Object.values(photo!.rows.emotion)).toHaveLength(8);
    expect(Object.values(photo!.rows.touchpoint).find((t) => t.name === 'The shoot')?.momentOfTruth).toBe(true);
  });

  it('suggests a practice for each complaint from its words, with this sector’s example, and the metrics to watch', () => {
    expect(readComplaint('Nobody called with the price')).toMatchObject({ component: 'interaction' });
    expect(practiceForComplaint('Opening hours on Google are wrong').id).toBe('right-information');
    expect(practiceForComplaint('Nobody picks up the phone').id).toBe('easy-to-reach');
    expect(practiceForComplaint('Prints arrived scratched').id).toBe('check-before');
    expect(practiceForComplaint('Had to email twice to pay the deposit').id).toBe('no-surprise-price');
    expect(practiceForComplaint('Ça ne marche pas').id).toBe('one-step'); // no words it knows: the plainest fix
    expect(readComplaint('Unexpected charge for the x-ray')).toEqual({ component: 'outcome', driver: 'trust' });
    expect(readComplaint('Queue at the counter at 8 am')).toMatchObject({ component: 'effort' });
    expect(exampleFor(practiceFor('outcome', 'trust'), 'healthcare')).toMatch(/treatment plan/);
    const plan = planOf(dental, templates);
    expect(plan.actions).toHaveLength(3);
    expect(plan.actions[0]!.step.name).toBe('Paying'); // the worst step first
    expect(plan.metrics.map((m) => [m.kind, m.step.name, m.target])).toEqual([
      ['ces', 'Booking', 5.5],
      ['csat', 'Check-up', 80],
    ]);
    const { doc } = build(dental);
    expect(Object.values(doc.rows.metric).map((m) => [m.kind, m.target, m.unit])).toEqual([
      ['ces', 5.5, ''],
      ['csat', 80, '%'],
    ]);
  });

  it('lands the owner’s edits to a suggestion, and leaves out one they turned off', () => {
    const plan = planOf(bikes, templates);
    const [first, second] = plan.actions;
    const answers = { ...bikes, [`plan:${first!.key}`]: 'Text the quote within two hours', [`plan:${second!.key}:off`]: 'yes' };
    const { doc } = build(answers);
    const titles = Object.values(doc.rows.action).map((a) => a.title);
    expect(titles).toContain('Text the quote within two hours');
    expect(titles).not.toContain(second!.title);
  });

  it('building again, after going back, replaces what the last build made: nothing twice, Setup left as the owner set it', () => {
    const first = build(bikes);
    const edited = applyOps(first.doc, [{ kind: 'update', entity: 'workshop', id: 'w', patch: { client: 'Spokes & Co' } }]);
    const again = build(bikes, edited, { built: first.built, done: true });
    const count = (d: WorkshopDoc) => Object.fromEntries((['persona', 'journey', 'stage', 'touchpoint', 'note', 'gap', 'action', 'metric', 'actionGap'] as const).map((e) => [e, Object.keys(d.rows[e]).length]));
    expect(count(again.doc)).toEqual(count(first.doc));
    expect(again.doc.workshop.client).toBe('Spokes & Co');
  });

  it('keeps a 1,000-character answer whole: on the map, in the gap and in the action', () => {
    const long = 'The deposit page asks for the same details again and again, '.repeat(17).slice(0, 1000);
    expect(long).toHaveLength(1000);
    const answers = owner({ business: 'Lumen Studio', industry: 'local', wow: long }, [{ name: 'Booking', complaints: long, feel: 1 }]);
    const { doc } = build(answers);
    expect(Object.values(doc.rows.note).map((x) => x.text)).toContain(long);
    const gap = Object.values(doc.rows.gap)[0]!;
    expect(gap.actual).toBe(long);
    expect(gap.title).toBe(titleFrom(long));
    expect(gap.title.endsWith('…')).toBe(true);
    const wow = Object.values(doc.rows.action).find((a) => a.wow)!;
    expect(wow.description).toBe(long);
    expect(Object.values(doc.rows.action).find((a) => !a.wow)!.description).toContain(long);
  });

  it('reads its saved progress back, and ignores anything that is not', () => {
    expect(readInterview('{"at":3,"answers":{"goal":"x","bad":5},"done":false}')).toEqual({ at: 3, answers: { goal: 'x' }, done: false });
    expect(readInterview('{"at":1,"answers":{},"done":true,"built":{"persona":"p","journey":"j","actions":["a"]}}')?.built).toEqual({ persona: 'p', journey: 'j', actions: ['a'] });
    expect(readInterview('not json')).toBeNull();
    expect(readInterview('')).toBeNull();
  });
});
