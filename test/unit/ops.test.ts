import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../helpers/workshop';
import { applyOps, applyWithInverse, collectCascade, emptyTables, isNoop, type Op, type WorkshopDoc } from '../../shared/model/ops';
import { moveTo, nextPosition } from '../../shared/model/positions';

const W = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

function blankDoc(): WorkshopDoc {
  return {
    workshop: blankWorkshop({ id: W }),
    rows: emptyTables(),
  };
}

const J = 'j', S1 = 's1', S2 = 's2', L = 'l', T = 't', N = 'n', P = 'p';
const build: Op[] = [
  { kind: 'create', entity: 'persona', id: P, values: { name: 'Pat' } },
  { kind: 'create', entity: 'journey', id: J, values: { personaId: P, name: 'J' } },
  { kind: 'create', entity: 'stage', id: S1, values: { journeyId: J, name: 'One', position: 1 } },
  { kind: 'create', entity: 'stage', id: S2, values: { journeyId: J, name: 'Two', position: 2 } },
  { kind: 'create', entity: 'lane', id: L, values: { journeyId: J, kind: 'actions' } },
  { kind: 'create', entity: 'touchpoint', id: T, values: { journeyId: J, stageId: S1, name: 'Call' } },
  { kind: 'create', entity: 'note', id: N, values: { journeyId: J, stageId: S1, laneId: L, text: 'hi' } },
];

describe('operations', () => {
  it('fill in the defaults of a created row and stamp it with the workshop', () => {
    const doc = applyOps(blankDoc(), build);
    expect(doc.rows.touchpoint[T]).toMatchObject({ channel: '', team: '', momentOfTruth: false, workshopId: W });
    expect(doc.rows.note[N]).toMatchObject({ color: 'yellow', text: 'hi' });
  });

  it('never change the document they are given', () => {
    const before = blankDoc();
    const frozen = JSON.stringify(before);
    applyOps(before, build);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('take a stage\'s touchpoints and notes with it, and clear references that only point at it', () => {
    const doc = applyOps(blankDoc(), build);
    const { removed } = collectCascade(doc, 'stage', S1);
    expect(removed.map((r) => `${r.entity}:${r.row.id}`)).toEqual(['stage:s1', 'touchpoint:t', 'note:n']);
    const { cleared } = collectCascade(doc, 'persona', P);
    expect(cleared).toEqual([{ entity: 'journey', id: J, field: 'personaId' }]);
    expect(applyOps(doc, [{ kind: 'delete', entity: 'persona', id: P }]).rows.journey[J]?.personaId).toBeNull();
  });

  it('undo exactly: applying the inverse of any batch gives back the document before it', () => {
    const start = applyOps(blankDoc(), build);
    const batches: Op[][] = [
      build.slice(0, 0).concat([{ kind: 'create', entity: 'participant', id: 'x', values: { name: 'Ana' } }]),
      [{ kind: 'update', entity: 'note', id: N, patch: { stageId: S2, position: 3 } }],
      [{ kind: 'update', entity: 'workshop', id: W, patch: { vision: 'Better', client: 'Acme' } }],
      [{ kind: 'delete', entity: 'journey', id: J }],
      [{ kind: 'delete', entity: 'persona', id: P }],
      [
        { kind: 'update', entity: 'stage', id: S1, patch: { name: 'First' } },
        { kind: 'delete', entity: 'stage', id: S1 },
      ],
    ];
    for (const ops of batches) {
      const { doc, inverse } = applyWithInverse(start, ops);
      expect(applyOps(doc, inverse), JSON.stringify(ops)).toEqual(start);
    }
  });

  it('redo exactly: the inverse of the inverse gives back the edited document', () => {
    const start = applyOps(blankDoc(), build);
    const { doc: edited, inverse } = applyWithInverse(start, [{ kind: 'delete', entity: 'stage', id: S1 }]);
    const { doc: undone, inverse: redo } = applyWithInverse(edited, inverse);
    expect(undone).toEqual(start);
    expect(applyOps(undone, redo)).toEqual(edited);
  });

  it('recognise an update that changes nothing', () => {
    const doc = applyOps(blankDoc(), build);
    expect(isNoop(doc, { kind: 'update', entity: 'note', id: N, patch: { text: 'hi' } })).toBe(true);
    expect(isNoop(doc, { kind: 'update', entity: 'note', id: N, patch: { text: 'hello' } })).toBe(false);
    expect(isNoop(doc, { kind: 'update', entity: 'workshop', id: W, patch: { title: 'T' } })).toBe(true);
  });
});

describe('positions', () => {
  const rows = [
    { id: 'a', position: 1 },
    { id: 'b', position: 2 },
    { id: 'c', position: 3 },
  ];

  it('append after the last row', () => {
    expect(nextPosition(rows)).toBe(4);
    expect(nextPosition([])).toBe(1);
  });

  it('move a row to a new index with the fewest updates', () => {
    expect(moveTo(rows, 'c', 0)).toEqual([
      { id: 'c', position: 1 },
      { id: 'a', position: 2 },
      { id: 'b', position: 3 },
    ]);
    expect(moveTo(rows, 'a', 1)).toEqual([
      { id: 'b', position: 1 },
      { id: 'a', position: 2 },
    ]);
    expect(moveTo(rows, 'a', 0)).toEqual([]);
    expect(moveTo(rows, 'zzz', 0)).toEqual([]);
  });
});

describe('large batches', () => {
  // Speed is the bench's business ("save 1,000 notes in one batch"); quadratic copying would
  // still be caught here, as a test that runs past its budget.
  it('apply 50,000 creates, and their inverse removes them all', () => {
    const ops: Op[] = [{ kind: 'create', entity: 'surveyImport', id: 'imp', values: { kind: 'csat' } }];
    for (let i = 0; i < 50_000; i++) ops.push({ kind: 'create', entity: 'surveyResponse', id: `r${i}`, values: { importId: 'imp', score: 3 } });
    const { doc, inverse } = applyWithInverse(blankDoc(), ops);
    expect(Object.keys(doc.rows.surveyResponse)).toHaveLength(50_000);
    const undone = applyOps(doc, inverse);
    expect(Object.keys(undone.rows.surveyResponse)).toHaveLength(0);
    // Deleting the import takes its responses with it, and undo brings all of them back.
    const { doc: gone, inverse: back } = applyWithInverse(doc, [{ kind: 'delete', entity: 'surveyImport', id: 'imp' }]);
    expect(Object.keys(gone.rows.surveyResponse)).toHaveLength(0);
    expect(Object.keys(applyOps(gone, back).rows.surveyResponse)).toHaveLength(50_000);
  });
});
