import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import { journeyTouchpoints, lanesOf, newJourneyOps, notesIn, setEmotionOps, stagesOf } from '../../shared/domain/journey';
import { journeyToOjf, laneKindOf, ojfToOps, parseOjf, type OjfOut } from '../../shared/domain/ojf';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const blank = (): WorkshopDoc => ({ workshop: { id: 'w' } as never, rows: emptyTables() });
const target = (journeyId: string, name = 'Imported') => ({ journeyId, position: 1, name, personas: [] });

function load(file: unknown, doc = blank()) {
  const parsed = parseOjf(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.error);
  const journeyId = id();
  const { ops, unmapped } = ojfToOps(parsed.value, target(journeyId), id);
  return { doc: applyOps(doc, ops), journeyId, unmapped };
}

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
    { stageId: 2, swimlaneId: 't', title: 'Checkout', purpose: 'touchpoint', score: 3, tags: ['channel:web', 'team:sales', 'Mobile'], blueprint: { backstage: 'Fraud check', evidence: 'Receipt' } },
    { stageId: 2, swimlaneId: 'x', title: 'Warehouse picks the order' },
    { stageId: 1, swimlaneId: 'g', title: 'Price is key', purpose: 'pain-point', severity: 'medium' },
  ],
};

describe('reading an OpenJourney file', () => {
  it('refuses a file that is not JSON, or not an OJF journey, naming the problem in words', () => {
    expect(parseOjf('{oops')).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseOjf('[]')).toMatchObject({ ok: false, error: expect.stringContaining('not an OpenJourney journey') });
    const noStages = parseOjf(JSON.stringify({ ...sample, stages: [] }));
    expect(noStages).toMatchObject({ ok: false, error: expect.stringMatching(/^stages:/) });
    const badScore = parseOjf(JSON.stringify({ ...sample, nodes: [{ ...sample.nodes[0], score: 9 }] }));
    expect(badScore).toEqual({ ok: false, error: 'Item 1, “Find a gift”: score 9 is outside −5 to +5' });
    const noTitle = parseOjf(JSON.stringify({ ...sample, nodes: [{ stageId: 1, swimlaneId: 'g' }] }));
    expect(noTitle).toMatchObject({ ok: false, error: expect.stringMatching(/^Item 1: title: /) });
    const lost = parseOjf(JSON.stringify({ ...sample, nodes: [{ ...sample.nodes[0], stageId: 7 }] }));
    expect(lost).toEqual({ ok: false, error: 'Item 1, “Find a gift”: its stage “7” is not in the file.' });
    const dupe = parseOjf(JSON.stringify({ ...sample, stages: [{ id: 1, name: 'a' }, { id: 1, name: 'b' }] }));
    expect(dupe).toMatchObject({ ok: false, error: 'Two stages share the same id.' });
  });

  it('reads what the reference editor writes on every node: ids, null fields, empty strings, and blueprint layers as lists of objects', () => {
    const edited = {
      ...sample,
      title: 'Gift shopping',
      persona: 'Busy parent',
      nodes: [
        { ...sample.nodes[0], id: 'n-1', score: null, icon: null, tags: [], sentiment: '', purpose: '', blueprint: { evidence: [], onstage: [], backstage: [], support: [] } },
        { ...sample.nodes[1], id: 'n-2', blueprint: { onstage: [{ actor: 'Cashier', action: 'Scans' }], backstage: [{ actor: '', action: 'Fraud check' }], support: [{ system: 'PSP', description: 'Authorises' }], evidence: [{ item: 'Receipt', type: 'Paper' }] } },
      ],
    };
    const parsed = parseOjf(JSON.stringify(edited));
    if (!parsed.ok) throw new Error(parsed.error);
    const [a, b] = parsed.value.nodes;
    expect(a).toEqual({ id: 'n-1', stageId: '1', swimlaneId: 'g', title: 'Find a gift', description: 'Under £50' });
    expect(b!.blueprint).toEqual({
      onstage: [{ who: 'Cashier', what: 'Scans' }],
      backstage: [{ who: '', what: 'Fraud check' }],
      support: [{ who: 'PSP', what: 'Authorises' }],
      evidence: [{ who: 'Paper', what: 'Receipt' }],
    });
    expect(parsed.value.unknown).toEqual([]);
    expect(parsed.value.unreadable).toEqual([]);
  });

  it('reads the newer layout: a metadata object for title, version and persona, blueprint layers as lists of strings', () => {
    const newer = {
      metadata: { title: 'Clinic visit', version: 2, persona: 'Nervous patient', pointOfView: 'First appointment', author: 'Ann' },
      stages: [{ id: 's1', name: 'Arrive', overrideEmotion: -2 }],
      swimlanes: [{ id: 'sl1', name: 'Touchpoints' }],
      nodes: [{ id: 'n1', stage: 's1', swimlane: 'sl1', title: 'Reception', blueprint: { onstage: ['Greets the patient', ' '], backstage: ['Checks the booking'], support: [], evidence: ['Sign-in tablet'] }, colour: 'red' }],
    };
    const parsed = parseOjf(JSON.stringify(newer));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toMatchObject({ title: 'Clinic visit', version: '2', persona: 'Nervous patient', pointOfView: 'First appointment' });
    expect(parsed.value.nodes[0]).toMatchObject({ stageId: 's1', swimlaneId: 'sl1', blueprint: { onstage: [{ who: '', what: 'Greets the patient' }], backstage: [{ who: '', what: 'Checks the booking' }], evidence: [{ who: '', what: 'Sign-in tablet' }] } });
    expect(parsed.value.unknown).toEqual([
      { where: 'Its metadata', fields: ['author'] },
      { where: 'Item 1, “Reception”', fields: ['colour'] },
    ]);
  });

  it('reads the layout the reference editor’s README shows: no swimlanes, items placed by `stage`, blueprint objects with other keys', () => {
    const readme = {
      metadata: { title: 'Example Journey' },
      stages: [{ id: 's1', name: 'Awareness' }],
      nodes: [{ id: 'n1', stage: 's1', title: 'Customer finds us', blueprint: { backstage: [{ action: 'Update SEO', actor: 'Marketing' }], support: [{ actor: 'CMS', action: 'Publishes', owner: 'Ann' }] } }],
    };
    const parsed = parseOjf(JSON.stringify(readme));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.swimlanes).toEqual([{ id: 'items', name: 'Items' }]);
    expect(parsed.value.nodes[0]!.blueprint).toEqual({ backstage: [{ who: 'Marketing', what: 'Update SEO' }], support: [{ who: 'CMS', what: 'Publishes' }] });
    const graded = parseOjf(JSON.stringify({ ...readme, nodes: [{ ...readme.nodes[0], blueprint: undefined, severity: 'High' }, { id: 'n2', stage: 's1', title: 'Waits', severity: 'critical' }] }));
    if (!graded.ok) throw new Error(graded.error);
    expect(graded.value.nodes.map((x) => x.severity)).toEqual(['high', undefined]);
    expect(graded.value.unreadable).toEqual([{ where: 'Item 2, “Waits”', value: 'severity “critical”' }]);
    // Nothing dropped silently: the entry's other field is named.
    expect(parsed.value.unknown).toEqual([{ where: 'Item 1, “Customer finds us”', fields: ['blueprint support owner'] }]);
  });

  it('reads numbers, flags and tags written as text by hand', () => {
    const parsed = parseOjf(JSON.stringify({ ...sample, nodes: [{ stageId: 1, swimlaneId: 'g', title: 'Pay', score: '-3', isMomentOfTruth: 'true', tags: 'Mobile, Trust' }] }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.nodes[0]).toMatchObject({ score: -3, isMomentOfTruth: true, tags: ['Mobile', 'Trust'] });
  });

  it('accepts a byte-order mark and numeric ids', () => {
    expect(parseOjf('\uFEFF' + JSON.stringify(sample)).ok).toBe(true);
  });

  it('maps lanes by meaning, and leaves unknown swimlanes as lanes of their own', () => {
    expect(laneKindOf('Customer goals')).toBe('goals');
    expect(laneKindOf('Pain points')).toBe('pain_points');
    expect(laneKindOf('What they think and say')).toBe('thoughts');
    expect(laneKindOf('User Health (Sentiment)')).toBe('emotions');
    expect(laneKindOf('Back office')).toBeNull();
  });
});

describe('importing an OpenJourney file', () => {
  it('keeps every swimlane as a lane with its own name, in the file’s order, each item with all its fields', () => {
    const { doc, journeyId, unmapped } = load(sample);
    expect(lanesOf(doc.rows, journeyId).map((l) => [l.name, l.kind])).toEqual([
      ['Customer goals', 'goals'],
      ['Touchpoints', 'touchpoints'],
      ['Emotions', 'emotions'],
      ['Back office', 'custom'],
    ]);
    expect(stagesOf(doc.rows, journeyId).map((s) => [s.name, s.sourceId])).toEqual([['Discover', '1'], ['Buy', '2']]);
    const [tp] = journeyTouchpoints(doc.rows, journeyId);
    expect(tp).toMatchObject({ name: 'Checkout', channel: 'Website', team: 'Sales', purpose: 'touchpoint', tags: ['channel:web', 'team:sales', 'Mobile'] });
    expect(Object.values(doc.rows.emotion)[0]!.score).toBeCloseTo(1.2, 10); // 3 on −5…+5, not rounded
    expect(Object.values(doc.rows.blueprintItem).map((b) => [b.layer, b.text, b.touchpointId])).toEqual([
      ['evidence', 'Receipt', tp!.id],
      ['back_stage', 'Fraud check', tp!.id],
    ]);
    const stage1 = stagesOf(doc.rows, journeyId)[0]!;
    const goals = lanesOf(doc.rows, journeyId)[0]!;
    expect(notesIn(doc.rows, stage1.id, goals.id)).toMatchObject([
      { text: 'Find a gift', description: 'Under £50', color: 'yellow' },
      // A "pain-point" purpose stays on the note, in the lane the file put it in.
      { text: 'Price is key', purpose: 'pain-point', severity: 'medium', color: 'orange' },
    ]);
    expect(unmapped).toEqual([]);
    expect(doc.rows.journey[journeyId]!.pointOfView).toBe('First-time buyer');
  });

  it('keeps Digital and Physical touchpoints apart, and puts a point on the curve for every scored item', () => {
    const file = {
      title: 'Visit',
      persona: { name: 'Sam', description: 'Drives in' },
      stages: [{ id: 's', name: 'Arrive' }],
      swimlanes: [
        { id: 'd', name: 'Digital touchpoints' },
        { id: 'p', name: 'Physical touchpoints' },
        { id: 'e', name: 'Emotional State' },
        { id: 'g', name: 'Goals' },
      ],
      nodes: [
        { stageId: 's', swimlaneId: 'd', title: 'Booking app', score: 1 },
        { stageId: 's', swimlaneId: 'p', title: 'Car park', score: -2, isMomentOfTruth: true },
        { stageId: 's', swimlaneId: 'e', title: 'Anxious about being late', description: 'Circles twice', score: -4, sentiment: 'anxious' },
        { stageId: 's', swimlaneId: 'g', title: 'Park close to the door', score: 2, icon: 'car', iconColor: '#bfdbfe' },
      ],
    };
    const { doc, journeyId } = load(file);
    expect(lanesOf(doc.rows, journeyId).map((l) => [l.name, l.kind])).toEqual([
      ['Digital touchpoints', 'touchpoints'],
      ['Physical touchpoints', 'custom'],
      ['Emotional State', 'emotions'],
      ['Goals', 'goals'],
    ]);
    const notes = Object.values(doc.rows.note);
    expect(notes.map((x) => [x.text, x.score, x.momentOfTruth])).toEqual([
      ['Car park', -0.8, true],
      ['Anxious about being late', -1.6, false],
      ['Park close to the door', 0.8, false],
    ]);
    expect(notes[1]).toMatchObject({ description: 'Circles twice', sentiment: 'anxious' });
    expect(notes[2]).toMatchObject({ icon: 'car', iconColor: '#bfdbfe', color: 'blue' });
    const journey = doc.rows.journey[journeyId]!;
    expect(journey.name).toBe('Visit');
    expect(doc.rows.persona[journey.personaId!]).toMatchObject({ name: 'Sam', bio: 'Drives in' });
  });

  it('links the file’s persona to the workshop’s persona of that name rather than making a second', () => {
    const parsed = parseOjf(JSON.stringify({ ...sample, persona: 'busy parent' }));
    if (!parsed.ok) throw new Error(parsed.error);
    const { ops } = ojfToOps(parsed.value, { ...target(id()), personas: [{ id: 'p1', name: 'Busy Parent', position: 1 }] }, id);
    expect(ops.filter((o) => o.kind === 'create' && o.entity === 'persona')).toEqual([]);
    expect(ops.find((o) => o.kind === 'create' && o.entity === 'journey')).toMatchObject({ values: { personaId: 'p1' } });
  });

  it('names, by item, what it could not keep: a stage’s own emotion score, fields the format does not define, text cut to a field’s limit', () => {
    const { unmapped } = load({
      stages: [{ id: 's', name: 'Arrive', overrideEmotion: 3 }],
      swimlanes: [{ id: 't', name: 'Touchpoints' }],
      nodes: [
        { stageId: 's', swimlaneId: 't', title: 'x'.repeat(250), comments: [] },
        { stageId: 's', swimlaneId: 't', title: 'Desk', description: 'y'.repeat(2500) },
        { stageId: 's', swimlaneId: 't', title: 'Kiosk', sentiment: 'z'.repeat(50), blueprint: { backstage: [{ actor: 'Ops', action: 'w'.repeat(2100) }] } },
      ],
    });
    expect(unmapped).toEqual([
      'A stage\'s own emotion score (here the curve follows the scored items) on “Arrive”.',
      `Item 1, “${'x'.repeat(60)}”: “comments”, which the format does not define.`,
      expect.stringMatching(/^Text longer than its field holds, shortened, on “x+…?”, “Desk”, and “Kiosk”\.$/),
    ]);
  });
});

/** A file with every empty field dropped and nodes in id order: two files say the same when these match. */
function canonical(file: OjfOut | Record<string, unknown>) {
  const f = file as OjfOut;
  const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
  const blueprint = (bp: Record<string, Record<string, string>[]> | undefined) =>
    clean(Object.fromEntries(Object.entries(bp ?? {}).map(([k, list]) => [k, list.filter((e) => Object.values(e).some(Boolean))])));
  return {
    title: f.title,
    persona: f.persona || undefined,
    pointOfView: f.pointOfView || undefined,
    stages: f.stages,
    swimlanes: f.swimlanes,
    nodes: [...f.nodes]
      .map((x) => clean({ ...x, isMomentOfTruth: x.isMomentOfTruth || undefined, blueprint: undefined, ...{ bp: blueprint(x.blueprint) } }))
      .map((x) => (Object.keys(x.bp as object).length ? x : { ...x, bp: undefined }))
      .map(clean)
      .sort((a, b) => String(a.id).localeCompare(String(b.id))),
  };
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/);
const ojfFile = fc
  .record({
    stages: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^s[0-9]{1,3}$/), name: word }), { minLength: 1, maxLength: 4, selector: (s) => s.id }),
    lanes: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^l[0-9]{1,3}$/), name: fc.oneof(word, fc.constantFrom('Touchpoints', 'Emotional State', 'Pain points', 'Digital channel', 'Physical channel', 'Thoughts')) }), { minLength: 1, maxLength: 5, selector: (l) => l.id }),
    title: word,
    persona: fc.option(word, { nil: '' }),
    pointOfView: fc.option(fc.string({ maxLength: 80 }), { nil: '' }),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      nodes: fc.uniqueArray(
        fc.record({
          id: fc.stringMatching(/^n-[a-z0-9]{1,8}$/),
          stageId: fc.constantFrom(...base.stages.map((s) => s.id)),
          swimlaneId: fc.constantFrom(...base.lanes.map((l) => l.id)),
          title: fc.string({ maxLength: 120 }),
          description: fc.string({ maxLength: 300 }),
          severity: fc.constantFrom(null, 'low', 'medium', 'high'),
          score: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
          sentiment: fc.constantFrom('', 'frustrated', 'delighted', 'anxious'),
          purpose: fc.constantFrom('', 'pain-point', 'touchpoint', 'milestone', 'gain'),
          icon: fc.constantFrom('', 'search', 'mood_bad'),
          iconColor: fc.constantFrom('', '#ffffff', '#fde68a', '#fbcfe8', '#4f46e5', '#ff0000'),
          isMomentOfTruth: fc.boolean(),
          tags: fc.array(fc.oneof(word, fc.constantFrom('channel:Website', 'team:Sales', 'Mobile')), { maxLength: 3 }),
          blueprint: fc.record({
            onstage: fc.array(fc.record({ actor: word, action: word }), { maxLength: 2 }),
            backstage: fc.array(fc.record({ actor: word, action: word }), { maxLength: 2 }),
            support: fc.array(fc.record({ system: word, description: word }), { maxLength: 2 }),
            evidence: fc.array(fc.record({ item: word, type: word }), { maxLength: 2 }),
          }),
        }),
        { maxLength: 12, selector: (x) => x.id },
      ),
    }),
  )
  .map(({ base, nodes }) => ({ version: '1.0', title: base.title, persona: base.persona, pointOfView: base.pointOfView, stages: base.stages, swimlanes: base.lanes, nodes }));

describe('OpenJourney round trips', () => {
  it('.ojf → Touchpoint → .ojf loses nothing, for any file the reference editor can write', () => {
    fc.assert(
      fc.property(ojfFile, (file) => {
        const { doc, journeyId, unmapped } = load(file);
        expect(unmapped).toEqual([]);
        const { file: out, unwritten } = journeyToOjf(doc, journeyId);
        expect(unwritten).toEqual([]);
        expect(canonical(out)).toEqual(canonical(file as never));
      }),
      { numRuns: 150 },
    );
  });

  it('writes the reference editor’s current layout: a title, the persona by name, and every field on every node', () => {
    const { doc, journeyId } = load({ ...sample, title: 'Gifts', persona: { name: 'Parent' } });
    const { file } = journeyToOjf(doc, journeyId);
    expect(Object.keys(file)).toEqual(['version', 'title', 'persona', 'pointOfView', 'stages', 'swimlanes', 'nodes']);
    expect(file).toMatchObject({ version: '1.0', title: 'Gifts', persona: 'Parent' });
    // The import's own emotion lane is not a swimlane there: its curve follows the scores.
    expect(file.swimlanes.map((s) => s.name)).toEqual(['Customer goals', 'Touchpoints', 'Emotions', 'Back office']);
    const checkout = file.nodes.find((x) => x.title === 'Checkout')!;
    expect(Object.keys(checkout).sort()).toEqual(['blueprint', 'description', 'icon', 'iconColor', 'id', 'isMomentOfTruth', 'purpose', 'score', 'sentiment', 'severity', 'stageId', 'swimlaneId', 'tags', 'title'].sort());
    expect(checkout).toMatchObject({ score: 3, tags: ['channel:web', 'team:sales', 'Mobile'], blueprint: { evidence: [{ item: 'Receipt', type: '' }], onstage: [], backstage: [{ actor: '', action: 'Fraud check' }], support: [] } });
    expect(file.nodes.every((x) => typeof x.id === 'string' && x.id.length > 0)).toBe(true);
  });

  it('Touchpoint → .ojf → Touchpoint keeps stages, lanes, notes with their colours and scores, touchpoints with channels, teams, moments and scores', () => {
    const template = parseTemplate(JSON.parse(fs.readFileSync('resources/templates/air-travel.json', 'utf8')));
    const journeyId = id();
    let doc = applyOps(blank(), newJourneyOps({ journeyId, name: 'Air', personaId: null, position: 1, template }, id));
    const tps = journeyTouchpoints(doc.rows, journeyId);
    const scores = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];
    tps.slice(0, scores.length).forEach((t, i) => (doc = applyOps(doc, setEmotionOps(doc, t.id, scores[i]!, id))));
    const notes = Object.values(doc.rows.note).filter((x) => x.journeyId === journeyId);
    const colours = ['pink', 'blue', 'green', 'orange', 'purple', 'grey'] as const;
    doc = applyOps(doc, notes.slice(0, colours.length).map((x, i) => ({ kind: 'update', entity: 'note', id: x.id, patch: { color: colours[i]!, score: i % 2 ? 1.5 : null, description: `Why ${i}` } })));

    const { file, unwritten } = journeyToOjf(doc, journeyId);
    expect(unwritten).toEqual([]);
    const back = load(file, doc);

    const summary = (d: WorkshopDoc, j: string) => ({
      stages: stagesOf(d.rows, j).map((s) => s.name),
      lanes: lanesOf(d.rows, j).map((l) => [l.name, l.kind]),
      touchpoints: journeyTouchpoints(d.rows, j).map((t) => [t.name, t.channel, t.team, t.momentOfTruth, Object.values(d.rows.emotion).find((e) => e.touchpointId === t.id)?.score ?? null]),
      notes: Object.values(d.rows.note)
        .filter((x) => x.journeyId === j)
        .map((x) => [d.rows.stage[x.stageId]!.name, d.rows.lane[x.laneId]!.name, x.text, x.color, x.score, x.description])
        .sort(),
    });
    expect(summary(back.doc, back.journeyId)).toEqual(summary(doc, journeyId));
  });
});
