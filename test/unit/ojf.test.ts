import { describe, expect, it } from 'vitest';
import { journeyTouchpoints, newJourneyOps, notesIn, setEmotionOps, stagesOf } from '../../shared/domain/journey';
import { journeyToOjf, laneKindOf, ojfToOps, parseOjf } from '../../shared/domain/ojf';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import fs from 'node:fs';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const blank = (): WorkshopDoc => ({ workshop: { id: 'w' } as never, rows: emptyTables() });

const sample = {
  version: '1.0',
  pointOfView: 'First-time buyer',
  stages: [{ id: 1, name: 'Discover' }, { id: 2, name: 'Buy' }],
  swimlanes: [
    { id: 'g', name: 'Customer goals' },
    { id: 't', name: 'Touchpoints' },
    { id: 'e', name: 'Emotions' },
    { id: 'x', name: 'Back office' },
  ],
  nodes: [
    { stageId: 1, swimlaneId: 'g', title: 'Find a gift', description: 'Under £50' },
    { stageId: 2, swimlaneId: 't', title: 'Checkout', purpose: 'touchpoint', score: 3, tags: ['channel:web', 'team:sales'], blueprint: { backstage: 'Fraud check', evidence: 'Receipt' } },
    { stageId: 2, swimlaneId: 'x', title: 'Warehouse picks the order' },
    { stageId: 1, swimlaneId: 'g', title: 'Price is key', purpose: 'pain-point', severity: 'medium' },
  ],
};

describe('OpenJourney import', () => {
  it('refuses a file that is not JSON, or not an OJF journey, naming the problem', () => {
    expect(parseOjf('{oops')).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseOjf('[]')).toMatchObject({ ok: false });
    const noStages = parseOjf(JSON.stringify({ ...sample, stages: [] }));
    expect(noStages).toMatchObject({ ok: false, error: expect.stringMatching(/^stages:/) });
    const badScore = parseOjf(JSON.stringify({ ...sample, nodes: [{ ...sample.nodes[0], score: 9 }] }));
    // In words, not paths: which item, by its number and title, and what is wrong with it.
    expect(badScore).toEqual({ ok: false, error: 'Item 1, “Find a gift”: score 9 is outside −5 to +5' });
    const noTitle = parseOjf(JSON.stringify({ ...sample, nodes: [{ stageId: 1, swimlaneId: 'g' }] }));
    expect(noTitle).toMatchObject({ ok: false, error: expect.stringMatching(/^Item 1: title: /) });
    const lost = parseOjf(JSON.stringify({ ...sample, nodes: [{ ...sample.nodes[0], stageId: 7 }] }));
    expect(lost).toEqual({ ok: false, error: 'Item 1, “Find a gift”: its stage “7” is not in the file.' });
    const dupe = parseOjf(JSON.stringify({ ...sample, stages: [{ id: 1, name: 'a' }, { id: 1, name: 'b' }] }));
    expect(dupe).toMatchObject({ ok: false, error: 'Two stages share the same id.' });
  });

  it('reads what the reference editor writes on every node: null fields, and blueprint layers as lists, empty or not', () => {
    const edited = {
      ...sample,
      nodes: [
        { ...sample.nodes[0], score: null, icon: null, tags: null, blueprint: { evidence: [], onstage: [], backstage: [], support: [] } },
        { ...sample.nodes[1], blueprint: { onstage: ['Cashier scans', ' Card reader '], backstage: ['Fraud check'], support: [], evidence: null } },
      ],
    };
    const parsed = parseOjf(JSON.stringify(edited));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.nodes[0]).not.toHaveProperty('score');
    expect(parsed.value.nodes[0]).not.toHaveProperty('blueprint');
    expect(parsed.value.nodes[1]!.blueprint).toEqual({ onstage: 'Cashier scans\nCard reader', backstage: 'Fraud check' });
  });

  it('accepts a byte-order mark and numeric ids', () => {
    expect(parseOjf('\uFEFF' + JSON.stringify(sample)).ok).toBe(true);
  });

  it('maps lanes by meaning, and gives unknown swimlanes a lane of their own', () => {
    expect(laneKindOf('Customer goals')).toBe('goals');
    expect(laneKindOf('Pain points')).toBe('pain_points');
    expect(laneKindOf('What they think and say')).toBe('thoughts');
    expect(laneKindOf('Back office')).toBeNull();
  });

  it('creates stages, notes, touchpoints with scores and channels, and blueprint items; and lists what it dropped', () => {
    const parsed = parseOjf(JSON.stringify(sample));
    if (!parsed.ok) throw new Error(parsed.error);
    const journeyId = id();
    const { ops, unmapped } = ojfToOps(parsed.value, { journeyId, position: 1, name: 'Shop' }, id);
    const doc = applyOps(blank(), ops);
    expect(stagesOf(doc.rows, journeyId).map((s) => s.name)).toEqual(['Discover', 'Buy']);
    const [tp] = journeyTouchpoints(doc.rows, journeyId);
    expect(tp).toMatchObject({ name: 'Checkout', channel: 'Website', team: 'Sales' });
    expect(Object.values(doc.rows.emotion)[0]!.score).toBe(1); // 3 / 2.5 = 1.2 → 1
    expect(Object.values(doc.rows.blueprintItem).map((b) => [b.layer, b.text])).toEqual([['back_stage', 'Fraud check']]);
    const custom = Object.values(doc.rows.lane).find((l) => l.kind === 'custom')!;
    expect(custom.name).toBe('Back office');
    const stage1 = stagesOf(doc.rows, journeyId)[0]!;
    const goals = Object.values(doc.rows.lane).find((l) => l.kind === 'goals')!;
    expect(notesIn(doc.rows, stage1.id, goals.id).map((x) => x.text)).toEqual(['Find a gift\nUnder £50']);
    const pains = Object.values(doc.rows.lane).find((l) => l.kind === 'pain_points')!;
    expect(notesIn(doc.rows, stage1.id, pains.id)).toMatchObject([{ text: 'Price is key', color: 'orange' }]);
    expect(unmapped).toEqual([expect.stringContaining('evidence')]);
    expect(doc.rows.journey[journeyId]!.pointOfView).toBe('First-time buyer');
  });
});

describe('OpenJourney export', () => {
  it('round-trips a template journey: stages, notes, touchpoints, moments of truth and scores', () => {
    const template = parseTemplate(JSON.parse(fs.readFileSync('resources/templates/air-travel.json', 'utf8')));
    const journeyId = id();
    let doc = applyOps(blank(), newJourneyOps({ journeyId, name: 'Air', personaId: null, position: 1, template }, id));
    const tps = journeyTouchpoints(doc.rows, journeyId);
    const scores = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];
    tps.slice(0, scores.length).forEach((t, i) => (doc = applyOps(doc, setEmotionOps(doc, t.id, scores[i]!, id))));

    const file = journeyToOjf(doc, journeyId);
    const parsed = parseOjf(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const back = id();
    const { ops, unmapped } = ojfToOps(parsed.value, { journeyId: back, position: 2, name: 'Air' }, id);
    expect(unmapped).toEqual([]);
    const again = applyOps(doc, ops);

    const summary = (d: WorkshopDoc, j: string) => ({
      stages: stagesOf(d.rows, j).map((s) => s.name),
      touchpoints: journeyTouchpoints(d.rows, j).map((t) => [t.name, t.channel, t.team, t.momentOfTruth, Object.values(d.rows.emotion).find((e) => e.touchpointId === t.id)?.score ?? null]),
      notes: Object.values(d.rows.note).filter((x) => x.journeyId === j).map((x) => [d.rows.stage[x.stageId]!.name, d.rows.lane[x.laneId]!.kind, x.text]).sort(),
    });
    expect(summary(again, back)).toEqual(summary(doc, journeyId));
  });

  it('keeps the words of an emotion lane’s items as notes while their scores feed the curve, and names every item whose field it could not keep', () => {
    const file = {
      version: '1.0',
      stages: [{ id: 's', name: 'Arrive' }],
      swimlanes: [{ id: 't', name: 'Touchpoints' }, { id: 'e', name: 'Emotional State' }, { id: 'g', name: 'Goals' }],
      nodes: [
        { stageId: 's', swimlaneId: 't', title: 'Car park', purpose: 'touchpoint' },
        { stageId: 's', swimlaneId: 'e', title: 'Anxious about being late', description: 'Circles twice', score: -4 },
        { stageId: 's', swimlaneId: 'e', title: 'Relieved at the desk', score: 3 },
        { stageId: 's', swimlaneId: 'g', title: 'Park close to the door', score: 2, isMomentOfTruth: true, icon: 'car' },
        { stageId: 's', swimlaneId: 'g', title: 'Long story', description: 'x'.repeat(2500) },
      ],
    };
    const parsed = parseOjf(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    const journeyId = id();
    const { ops, unmapped } = ojfToOps(parsed.value, { journeyId, position: 1, name: 'Visit' }, id);
    const doc = applyOps(blank(), ops);
    const thoughts = Object.values(doc.rows.lane).find((l) => l.kind === 'thoughts')!;
    const stage = stagesOf(doc.rows, journeyId)[0]!;
    expect(notesIn(doc.rows, stage.id, thoughts.id).map((n) => n.text)).toEqual(['Anxious about being late\nCircles twice', 'Relieved at the desk']);
    // The first feeling scores the stage's one touchpoint; the second has no touchpoint left, and says so.
    expect(Object.values(doc.rows.emotion).map((e) => e.score)).toEqual([-1.5]);
    expect(unmapped).toEqual([
      'Icons and icon colours (the map draws none) on “Park close to the door”.',
      'Scores on items that are not touchpoints (emotions are scored per touchpoint): “Park close to the door” and “Relieved at the desk”.',
      '“Moment of truth” on items that are not touchpoints: “Park close to the door”.',
      'Text longer than 2,000 characters, shortened to that, on “Long story”.',
    ]);
  });
});

