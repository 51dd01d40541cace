import { phaseRuns } from '../../shared/domain/phases';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../helpers/workshop';
import {
  DEFAULT_LANES,
  duplicateNotesOps,
  journeyTouchpoints,
  lanesOf,
  moveNotesOps,
  newJourneyOps,
  notesIn,
  reorderStageOps,
  setEmotionOps,
  stagesOf,
  untouchedPromptIds,
} from '../../shared/domain/journey';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import { library } from '../helpers/library';

const TEMPLATE_DIR = 'resources/templates';
const templates = fs.readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));
const load = (file: string) => parseTemplate(JSON.parse(fs.readFileSync(path.join(TEMPLATE_DIR, file), 'utf8')));

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function blankDoc(): WorkshopDoc {
  return {
    workshop: blankWorkshop(),
    rows: emptyTables(),
  };
}

function patientJourney() {
  const journeyId = newId();
  const doc = applyOps(blankDoc(), newJourneyOps({ journeyId, name: 'Today', personaId: null, position: 1, template: load('patient.json') }, newId));
  const stages = stagesOf(doc.rows, journeyId);
  const lanes = lanesOf(doc.rows, journeyId);
  const lane = (kind: string) => lanes.find((l) => l.kind === kind)!;
  return { doc, journeyId, stages, lane };
}

describe('journey templates', () => {
  it('ship one for each kind of client a consultant meets, churches, schools and councils included', () => {
    const ids = templates.map((f) => load(f).id).sort();
    expect(ids).toEqual(['air-travel', 'b2b-lifecycle', 'church-membership', 'hotel-guest', 'local-service', 'nonprofit-donor', 'patient', 'public-service', 'restaurant', 'retail-shopper', 'saas-trial', 'school-enrolment']);
  });

  it('the church journey runs in three phases, Inspire, Integrate and Retain, in the church’s own teams', () => {
    const t = load('church-membership.json');
    expect(phaseRuns(t.stages.map((s, i) => ({ id: String(i), phase: s.phase ?? '' }))).map((r) => r.name)).toEqual(['Inspire', 'Integrate', 'Retain']);
    const teams = new Set(t.stages.flatMap((s) => s.touchpoints.map((tp) => tp.team)));
    for (const team of ['Welcome team', 'Kids’ ministry', 'Pastoral team']) expect(teams).toContain(team);
  });

  it.each(templates)('%s is a valid template whose id matches its file name', (file) => {
    const t = load(file);
    expect(`${t.id}.json`).toBe(file);
    expect(t.stages.length).toBeGreaterThanOrEqual(4);
    expect(t.stages.every((s) => s.touchpoints.length > 0)).toBe(true);
  });

  it('the B2B lifecycle runs from awareness to advocacy', () => {
    expect(load('b2b-lifecycle.json').stages.map((s) => s.name)).toEqual([
      'Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Adoption', 'Renewal', 'Advocacy',
    ]);
  });

  it('the patient journey covers scheduling, imaging and billing; air travel a delay and a support call', () => {
    const patient = load('patient.json').stages.map((s) => s.name);
    expect(patient).toEqual(expect.arrayContaining(['Referral', 'Scheduling', 'Imaging', 'Follow-up', 'Billing']));
    const air = JSON.stringify(load('air-travel.json'));
    expect(air).toMatch(/Delay announcement/);
    expect(air).toMatch(/Support call/);
    expect(air).toMatch(/Baggage claim/);
  });

  it('a malformed template is refused', () => {
    expect(() => parseTemplate({ id: 'x', name: 'X', description: 'd', industry: 'mining', stages: [] })).toThrow();
  });
});

describe('creating a journey', () => {
  it('from a template brings its stages, touchpoints by team, and prompt notes in the right lanes', () => {
    const { doc, stages, lane } = patientJourney();
    expect(stages.map((s) => s.name)).toEqual(['Referral', 'Scheduling', 'Consultation', 'Imaging', 'Follow-up', 'Billing']);
    const tps = journeyTouchpoints(doc.rows, stages[0]!.journeyId);
    expect(tps.find((t) => t.name === 'Booking phone line')).toMatchObject({ channel: 'Phone', team: 'Service & support', momentOfTruth: true });
    expect(notesIn(doc.rows, stages[1]!.id, lane('pain_points').id).map((x) => x.text)).toEqual([
      'Phone tag: how many calls does it take to get a slot?',
    ]);
  });

  it('with the default lanes in order', () => {
    const { doc, journeyId } = patientJourney();
    expect(lanesOf(doc.rows, journeyId).map((l) => l.kind)).toEqual([...DEFAULT_LANES]);
  });

  it('can leave the prompt notes out', () => {
    const journeyId = newId();
    const doc = applyOps(
      blankDoc(),
      newJourneyOps({ journeyId, name: 'x', personaId: null, position: 1, template: load('patient.json'), withPrompts: false }, newId),
    );
    expect(Object.keys(doc.rows.note)).toHaveLength(0);
    expect(Object.keys(doc.rows.touchpoint).length).toBeGreaterThan(5);
  });

  it('blank has one stage to start from', () => {
    const journeyId = newId();
    const doc = applyOps(blankDoc(), newJourneyOps({ journeyId, name: 'x', personaId: null, position: 1 }, newId));
    expect(stagesOf(doc.rows, journeyId).map((s) => s.name)).toEqual(['First stage']);
  });

  it('is accepted by main as one batch', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const ops = newJourneyOps({ journeyId: crypto.randomUUID(), name: 'Air', personaId: null, position: 1, template: load('air-travel.json') }, () => crypto.randomUUID());
    ok('applyOps', { workshopId: w.id, ops });
    expect(Object.keys(ok('openWorkshop', { id: w.id }).rows.stage)).toHaveLength(5);
  });
});

describe('moving notes between cells', () => {
  it('puts a note into another stage at the index asked for and closes the gap it left', () => {
    const { doc, stages, lane } = patientJourney();
    const pains = lane('pain_points').id;
    let d = applyOps(doc, [
      { kind: 'create', entity: 'note', id: 'a', values: { journeyId: stages[0]!.journeyId, stageId: stages[0]!.id, laneId: pains, text: 'A', position: 1 } },
      { kind: 'create', entity: 'note', id: 'b', values: { journeyId: stages[0]!.journeyId, stageId: stages[0]!.id, laneId: pains, text: 'B', position: 2 } },
    ]);
    d = applyOps(d, moveNotesOps(d, ['a'], stages[1]!.id, pains, 0));
    expect(notesIn(d.rows, stages[1]!.id, pains).map((x) => x.text)).toEqual(['A', 'Phone tag: how many calls does it take to get a slot?']);
    expect(notesIn(d.rows, stages[0]!.id, pains).map((x) => [x.text, x.position])).toEqual([['B', 1]]);
  });

  it('moves several notes together, keeping their order, even into another lane', () => {
    const { doc, stages, lane } = patientJourney();
    const goals = lane('goals').id;
    const opportunities = lane('opportunities').id;
    const ids = notesIn(doc.rows, stages[0]!.id, goals).map((x) => x.id);
    const thoughts = notesIn(doc.rows, stages[0]!.id, lane('thoughts').id).map((x) => x.id);
    const d = applyOps(doc, moveNotesOps(doc, [...thoughts, ...ids], stages[2]!.id, opportunities, 5));
    expect(notesIn(d.rows, stages[2]!.id, opportunities).map((x) => [x.text, x.position])).toEqual([
      ['How worried is the patient at this point?', 1],
      ['Understand what happens next and when', 2],
    ]);
  });

  it('reorders within a cell without touching other cells', () => {
    const { doc, stages, lane } = patientJourney();
    const pains = lane('pain_points').id;
    const s = stages[0]!;
    const d0 = applyOps(doc, [
      { kind: 'create', entity: 'note', id: 'x', values: { journeyId: s.journeyId, stageId: s.id, laneId: pains, text: 'X', position: 1 } },
      { kind: 'create', entity: 'note', id: 'y', values: { journeyId: s.journeyId, stageId: s.id, laneId: pains, text: 'Y', position: 2 } },
    ]);
    const ops = moveNotesOps(d0, ['y'], s.id, pains, 0);
    expect(ops.every((o) => o.kind === 'update' && ['x', 'y'].includes(o.id))).toBe(true);
    expect(notesIn(applyOps(d0, ops).rows, s.id, pains).map((x) => x.text)).toEqual(['Y', 'X']);
  });
});

describe('stages, duplicates and emotions', () => {
  it('reordering a stage renumbers the stages 1..n', () => {
    const { doc, journeyId, stages } = patientJourney();
    const d = applyOps(doc, reorderStageOps(doc, journeyId, stages[5]!.id, 0));
    expect(stagesOf(d.rows, journeyId).map((s) => [s.name, s.position])).toEqual([
      ['Billing', 1], ['Referral', 2], ['Scheduling', 3], ['Consultation', 4], ['Imaging', 5], ['Follow-up', 6],
    ]);
  });

  it('duplicating notes places each copy at the end of its own cell', () => {
    const { doc, stages, lane } = patientJourney();
    const cell = notesIn(doc.rows, stages[0]!.id, lane('goals').id);
    const { ops, ids } = duplicateNotesOps(doc, [cell[0]!.id], newId);
    const d = applyOps(doc, ops);
    expect(ids).toHaveLength(1);
    expect(notesIn(d.rows, stages[0]!.id, lane('goals').id).map((x) => x.text)).toEqual([cell[0]!.text, cell[0]!.text]);
  });

  it('an emotion is created on first scoring, then updated, snapped to halves within −2…+2', () => {
    const { doc, journeyId } = patientJourney();
    const tp = journeyTouchpoints(doc.rows, journeyId)[0]!;
    const d1 = applyOps(doc, setEmotionOps(doc, tp.id, -1.3, newId));
    const e = Object.values(d1.rows.emotion)[0]!;
    expect(e).toMatchObject({ touchpointId: tp.id, score: -1.5 });
    const ops = setEmotionOps(d1, tp.id, 7, newId);
    expect(ops).toEqual([{ kind: 'update', entity: 'emotion', id: e.id, patch: { score: 2 } }]);
  });
});

describe('clearing prompt notes', () => {
  it('removes the template prompts the room left untouched, and keeps those it edited', () => {
    const { doc, journeyId } = patientJourney();
    const all = Object.values(doc.rows.note);
    const edited = applyOps(doc, [{ kind: 'update', entity: 'note', id: all[0]!.id, patch: { text: 'Our own words' } }]);
    const ids = untouchedPromptIds(edited, journeyId, load('patient.json'));
    expect(ids).toHaveLength(all.length - 1);
    expect(ids).not.toContain(all[0]!.id);
    expect(untouchedPromptIds(edited, journeyId, undefined)).toEqual([]);
  });
});
