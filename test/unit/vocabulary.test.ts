import { describe, expect, it } from 'vitest';
import { addTermOps, defaultTerms, industryTermOps, removeTermOps, renameTermOps, termLabel, termUseCount, termsOf } from '../../shared/domain/vocabulary';
import { phaseMarks, phaseRuns, renamePhaseOps } from '../../shared/domain/phases';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import { blankWorkshop } from '../helpers/workshop';
import { guideExample } from '../../shared/domain/guide';
import { INDUSTRIES, STEP_IDS } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';

function church(): WorkshopDoc {
  return applyOps({ workshop: blankWorkshop({ industry: 'membership', teams: defaultTerms('team', 'membership'), channels: ['In person', 'Website'] }), rows: emptyTables() }, [
    { kind: 'create', entity: 'journey', id: 'j', values: { name: 'First visit' } },
    { kind: 'create', entity: 'stage', id: 's', values: { journeyId: 'j', name: 'Arrive' } },
    { kind: 'create', entity: 'touchpoint', id: 't1', values: { journeyId: 'j', stageId: 's', name: 'Car park', team: 'Welcome team', channel: 'In person' } },
    { kind: 'create', entity: 'touchpoint', id: 't2', values: { journeyId: 'j', stageId: 's', name: 'Door greeting', team: 'Welcome team', channel: 'in_person' } },
    { kind: 'create', entity: 'touchpoint', id: 't3', values: { journeyId: 'j', stageId: 's', name: 'Kids check-in', team: 'Kids’ ministry', channel: 'In person' } },
    { kind: 'create', entity: 'action', id: 'a', values: { title: 'Reserved spaces for visitors', team: 'Welcome team' } },
    { kind: 'create', entity: 'persona', id: 'p', values: { name: 'New family', channels: ['Website', 'social'] } },
  ]);
}

describe('a workshop’s own teams and channels', () => {
  it('start from the industry’s list, and the generic one where the industry has none', () => {
    expect(defaultTerms('team', 'membership')).toContain('Welcome team');
    expect(defaultTerms('channel', 'local')).toEqual(defaultTerms('channel', null));
  });

  it('read a key stored before the lists existed as the name it was shown with', () => {
    expect(termLabel('channel', 'in_person')).toBe('In person');
    expect(termLabel('team', 'Pastoral team')).toBe('Pastoral team');
    expect(termLabel('team', 'constructor')).toBe('constructor');
  });

  it('offer every name in use, even one missing from the list', () => {
    expect(termsOf(church(), 'channel')).toEqual(['In person', 'Website', 'Social media']);
  });

  it('count the rows that use a name, old keys included', () => {
    const doc = church();
    expect(termUseCount(doc, 'team', 'Welcome team')).toBe(3);
    expect(termUseCount(doc, 'channel', 'in person')).toBe(3);
  });

  it('rename a team in the list and in every touchpoint and action that uses it, in one batch', () => {
    let doc = church();
    doc = applyOps(doc, renameTermOps(doc, 'team', 'Welcome team', 'Hospitality team'));
    expect(Object.values(doc.rows.touchpoint).map((t) => t.team)).toEqual(['Hospitality team', 'Hospitality team', 'Kids’ ministry']);
    expect(doc.rows.action.a!.team).toBe('Hospitality team');
    expect(doc.workshop.teams[0]).toBe('Hospitality team');
    expect(doc.workshop.teams).not.toContain('Welcome team');
  });

  it('merge a name into an existing one: it leaves the list and its rows take the other', () => {
    let doc = church();
    doc = applyOps(doc, renameTermOps(doc, 'team', 'Kids’ ministry', 'welcome TEAM'));
    expect(Object.values(doc.rows.touchpoint).map((t) => t.team)).toEqual(['Welcome team', 'Welcome team', 'Welcome team']);
    expect(doc.workshop.teams).not.toContain('Kids’ ministry');
    expect(doc.workshop.teams.filter((t) => t === 'Welcome team')).toHaveLength(1);
  });

  it('rename a persona’s channel without listing it twice', () => {
    let doc = church();
    doc = applyOps(doc, renameTermOps(doc, 'channel', 'Social media', 'Website'));
    expect(doc.rows.persona.p!.channels).toEqual(['Website']);
  });

  it('change only the case of a name as a rename, not a merge with itself', () => {
    let doc = church();
    doc = applyOps(doc, renameTermOps(doc, 'team', 'Welcome team', 'Welcome Team'));
    expect(doc.rows.touchpoint.t1!.team).toBe('Welcome Team');
    expect(doc.workshop.teams).toContain('Welcome Team');
  });

  it('add a name once, whatever its case, and remove only a name nobody uses', () => {
    const doc = church();
    expect(addTermOps(doc, 'team', ' welcome team ')).toEqual([]);
    expect(applyOps(doc, addTermOps(doc, 'team', 'Worship band')).workshop.teams).toContain('Worship band');
    expect(removeTermOps(doc, 'team', 'Welcome team')).toEqual([]);
    expect(applyOps(doc, removeTermOps(doc, 'team', 'Office')).workshop.teams).not.toContain('Office');
  });

  it('follow a change of industry while the lists are untouched, and keep a list the client edited', () => {
    const fresh = applyOps({ workshop: blankWorkshop({ teams: defaultTerms('team', null), channels: defaultTerms('channel', null) }), rows: emptyTables() }, []);
    const moved = applyOps(fresh, industryTermOps(fresh, 'education'));
    expect(moved.workshop.teams).toEqual(defaultTerms('team', 'education'));
    expect(moved.workshop.channels).toEqual(defaultTerms('channel', 'education'));
    expect(industryTermOps(church(), 'education').map((op) => Object.keys((op as { patch: object }).patch))).toEqual([['teams']]);
  });
});

describe('phases', () => {
  const stages = [
    { id: 'a', phase: 'Inspire' },
    { id: 'b', phase: 'inspire ' },
    { id: 'c', phase: '' },
    { id: 'd', phase: 'Integrate' },
    { id: 'e', phase: 'Retain' },
    { id: 'f', phase: 'Inspire' },
  ];

  it('group consecutive stages of one name, whatever its case, and leave stages without a phase out', () => {
    expect(phaseRuns(stages).map((r) => [r.name, r.from, r.to])).toEqual([
      ['Inspire', 0, 1],
      ['Integrate', 3, 3],
      ['Retain', 4, 4],
      ['Inspire', 5, 5],
    ]);
  });

  it('tell each stage whether it starts or ends its phase, so a column draws its share of the band', () => {
    expect(phaseMarks(stages).slice(0, 3)).toEqual([{ name: 'Inspire', first: true, last: false }, { name: 'Inspire', first: false, last: true }, null]);
  });

  it('rename a phase on every stage of it and no other', () => {
    expect(renamePhaseOps(phaseRuns(stages)[0]!, ' Reach ')).toEqual([
      { kind: 'update', entity: 'stage', id: 'a', patch: { phase: 'Reach' } },
      { kind: 'update', entity: 'stage', id: 'b', patch: { phase: 'Reach' } },
    ]);
  });
});

describe('the guide’s examples', () => {
  const examples = msg.guide.examples;
  const sectors = INDUSTRIES.filter((i) => i !== 'other');

  it('are written for every step in every sector, the report apart', () => {
    for (const industry of sectors) {
      for (const step of STEP_IDS.filter((s) => s !== 'report')) {
        expect(examples[industry][step], `${industry} / ${step}`).toBeTruthy();
      }
    }
  });

  it('never show a school or a bakery the clinic’s example', () => {
    for (const industry of INDUSTRIES.filter((i) => i !== 'healthcare')) {
      for (const step of STEP_IDS) {
        expect(guideExample(examples, step, industry)).not.toMatch(/patient|GP referral|scan/i);
      }
    }
  });

  it('read the general example for Other, for no industry yet, and for the report', () => {
    expect(guideExample(examples, 'journey', 'other')).toBe(examples.default.journey);
    expect(guideExample(examples, 'journey', null)).toBe(examples.default.journey);
    expect(guideExample(examples, 'report', 'education')).toBe(examples.default.report);
    expect(guideExample(examples, 'journey', 'education')).not.toBe(examples.default.journey);
  });
});
