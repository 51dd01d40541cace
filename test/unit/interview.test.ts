import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interviewOps, interviewQuestions, keyTouchpoints, readInterview } from '../../shared/domain/interview';
import { templateFor } from '../../shared/domain/templates';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables } from '../../shared/model/ops';
import { blankWorkshop } from '../helpers/workshop';

const templates = fs.readdirSync('resources/templates').map((f) => parseTemplate(JSON.parse(fs.readFileSync(`resources/templates/${f}`, 'utf8'))));
let n = 0;
const id = () => `33333333-3333-4333-8333-${String(++n).padStart(12, '0')}`;

describe('the self-assessment interview', () => {
  it('starts each kind of business from the closest journey template', () => {
    expect(templateFor('local', templates)?.id).toBe('local-service');
    expect(templateFor('healthcare', templates)?.id).toBe('patient');
    expect(templateFor('hospitality', templates)?.id).toBe('hotel-guest');
    expect(templateFor('other', templates)?.id).toBe('local-service');
  });

  it('asks about the moments of truth and the first touchpoint of each stage, ten at most', () => {
    const local = templateFor('local', templates);
    expect(keyTouchpoints(local)).toEqual(['Search and map listing', 'Phone call or message', 'Arrival on time', 'Invoice and payment', 'Follow-up message']);
    expect(keyTouchpoints(templateFor('b2b', templates)).length).toBeLessThanOrEqual(10);
    const qs = interviewQuestions({ industry: 'local' }, templates);
    expect(qs.map((q) => q.id)).toEqual(['business', 'industry', 'customer', 'goal', 'pain', 'tp:Search and map listing', 'tp:Phone call or message', 'tp:Arrival on time', 'tp:Invoice and payment', 'tp:Follow-up message', 'wow']);
  });

  it('turns the answers into a workshop: persona, journey, emotions, gaps where it falls short, and suggested actions', () => {
    const answers = {
      business: 'A plumbing firm in Leeds',
      industry: 'local',
      customer: 'Homeowners with an emergency, usually in the evening',
      goal: 'Get the leak fixed today',
      pain: 'Nobody answers the phone after five',
      'tp:Phone call or message': '1',
      'tp:Arrival on time': '3',
      'tp:Invoice and payment': '5',
      wow: '',
    };
    const doc = applyOps({ workshop: blankWorkshop({ id: 'w' }), rows: emptyTables() }, interviewOps('w', answers, templates, id));
    expect(doc.workshop).toMatchObject({ industry: 'local', client: 'A plumbing firm in Leeds', scopeProduct: 'A plumbing firm in Leeds' });
    const persona = Object.values(doc.rows.persona)[0]!;
    expect(persona).toMatchObject({
      name: 'Homeowners with an emergency',
      role: 'Homeowners with an emergency, usually in the evening',
      goals: 'Get the leak fixed today',
      painPoints: 'Nobody answers the phone after five',
    });
    expect(Object.values(doc.rows.journey)[0]).toMatchObject({ name: 'Local service business', personaId: persona.id });
    expect(Object.values(doc.rows.emotion).map((e) => e.score).sort()).toEqual([-2, 0, 2]);
    const gaps = Object.values(doc.rows.gap).sort((a, b) => a.position - b.position);
    expect(gaps.map((g) => [g.title, g.intendedScore, g.actualScore])).toEqual([
      ['Phone call or message falls short', 5, 1],
      ['Arrival on time falls short', 5, 3],
    ]);
    const actions = Object.values(doc.rows.action).sort((a, b) => a.position - b.position);
    expect(actions.map((a) => [a.title, a.wow])).toEqual([
      ['Fix the biggest frustration at Phone call or message', false],
      ['Fix the biggest frustration at Arrival on time', false],
      ['Add a small surprise at Invoice and payment', true],
    ]);
    expect(Object.values(doc.rows.actionGap)).toHaveLength(2);
  });

  it('names the business from the first words of its answer, and does not repeat a short customer answer as the role', () => {
    const answers = { business: 'Bright Smile, a family dental practice', industry: 'healthcare', customer: 'Parents booking for the family' };
    const doc = applyOps({ workshop: blankWorkshop({ id: 'w' }), rows: emptyTables() }, interviewOps('w', answers, templates, id));
    expect(doc.workshop.client).toBe('Bright Smile');
    expect(Object.values(doc.rows.persona)[0]).toMatchObject({ name: 'Parents booking for the family', role: '' });
  });

  it('reads its saved progress back, and ignores anything that is not', () => {
    expect(readInterview('{"at":3,"answers":{"goal":"x","bad":5},"done":false}')).toEqual({ at: 3, answers: { goal: 'x' }, done: false });
    expect(readInterview('not json')).toBeNull();
    expect(readInterview('')).toBeNull();
  });
});
