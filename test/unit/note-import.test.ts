import { describe, expect, it } from 'vitest';
import { duplicateNotesOps, lanesOf, linesOf, newJourneyOps, notesIn, pasteLinesOps, stagesOf, touchpointsOf } from '../../shared/domain/journey';
import { guessColumns, notesFromSheet } from '../../shared/domain/note-import';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables, type WorkshopDoc } from '../../shared/model/ops';
import fs from 'node:fs';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function journey() {
  const template = parseTemplate(JSON.parse(fs.readFileSync('resources/templates/air-travel.json', 'utf8')));
  const journeyId = id();
  const doc = applyOps({ workshop: { id: 'w' } as never, rows: emptyTables() } as WorkshopDoc, newJourneyOps({ journeyId, name: 'Air', personaId: null, position: 1, template }, id));
  return { doc, journeyId, stages: stagesOf(doc.rows, journeyId), lanes: lanesOf(doc.rows, journeyId) };
}

describe('sticky notes from a sheet', () => {
  it('guesses which column is which from the header’s words', () => {
    expect(guessColumns(['Stage', 'Lane', 'Note', 'Colour', 'Score'])).toEqual({ stage: 0, lane: 1, text: 2, color: 3, score: 4 });
    expect(guessColumns(['Phase', 'Sticky', 'Category'])).toEqual({ stage: 0, lane: 2, text: 1, color: null, score: null });
    expect(guessColumns(['What people said'])).toEqual({ stage: null, lane: null, text: 0, color: null, score: null });
  });

  it('places each row at its stage (by name or number) and lane, with its colour and score; touchpoint rows become touchpoints', () => {
    const { doc, journeyId, stages, lanes } = journey();
    const pains = lanes.find((l) => l.kind === 'pain_points')!;
    const rows = [
      { line: 2, cells: [stages[0]!.name.toUpperCase(), 'Pain points', 'Queue at security', 'Pink', '-1,5'] },
      { line: 3, cells: ['2', 'pain point', 'Gate changed twice', '#bfdbfe', ''] },
      { line: 4, cells: ['1', 'Touchpoints', 'Lounge app', '', '+1'] },
    ];
    const r = notesFromSheet(doc, journeyId, rows, { stage: 0, lane: 1, text: 2, color: 3, score: 4 }, id);
    expect(r.unplaced).toEqual([]);
    expect(r.placed).toBe(3);
    const after = applyOps(doc, r.ops);
    expect(notesIn(after.rows, stages[0]!.id, pains.id).at(-1)).toMatchObject({ text: 'Queue at security', color: 'pink', score: -1.5 });
    expect(notesIn(after.rows, stages[1]!.id, pains.id).at(-1)).toMatchObject({ text: 'Gate changed twice', color: 'blue', score: null });
    const lounge = touchpointsOf(after.rows, stages[0]!.id).at(-1)!;
    expect(lounge.name).toBe('Lounge app');
    expect(Object.values(after.rows.emotion).find((e) => e.touchpointId === lounge.id)?.score).toBe(1);
  });

  it('says, by line, why a row could not be placed, and which were cut', () => {
    const { doc, journeyId } = journey();
    const rows = [
      { line: 2, cells: ['Nowhere', 'Pain points', 'Lost', '', ''] },
      { line: 3, cells: ['1', 'Gossip', 'Lost too', '', ''] },
      { line: 4, cells: ['1', 'Pain points', 'Bad colour', 'plaid', ''] },
      { line: 5, cells: ['1', 'Pain points', 'Bad score', '', '4'] },
      { line: 6, cells: ['1', 'Pain points', '', '', ''] },
      { line: 7, cells: ['1', 'Pain points', 'x'.repeat(2100), '', ''] },
    ];
    const r = notesFromSheet(doc, journeyId, rows, { stage: 0, lane: 1, text: 2, color: 3, score: 4 }, id);
    expect(r.unplaced.map((u) => [u.line, u.reason])).toEqual([
      [2, 'no stage is called “Nowhere”'],
      [3, 'no lane is called “Gossip”'],
      [4, '“plaid” is not a colour'],
      [5, 'score “4” is not between −2 and +2'],
      [6, 'no text'],
    ]);
    expect(r.placed).toBe(1);
    expect(r.cut.map((u) => u.line)).toEqual([7]);
  });
});

describe('pasting many lines', () => {
  it('reads a pasted list as its lines, bullets and numbers taken off', () => {
    expect(linesOf('• Long queue\r\n\n- Rude staff\n3. Lost bag\n  ')).toEqual(['Long queue', 'Rude staff', 'Lost bag']);
  });

  it('makes a note per line where a note is started, moving the notes after it down, in one batch', () => {
    const { doc, journeyId, stages, lanes } = journey();
    const lane = lanes.find((l) => l.kind === 'pain_points')!;
    const stageId = stages[0]!.id;
    const before = notesIn(doc.rows, stageId, lane.id);
    const made = pasteLinesOps(doc, { journeyId, stageId, laneId: lane.id, index: 0 }, 'First\nSecond', id)!;
    const after = applyOps(doc, made.ops);
    expect(notesIn(after.rows, stageId, lane.id).map((x) => x.text)).toEqual(['First', 'Second', ...before.map((x) => x.text)]);
    expect(pasteLinesOps(doc, { journeyId, stageId, laneId: lane.id, index: 0 }, 'Just one line', id)).toBeNull();
  });

  it('fills an empty note with the first line and puts the rest right after it', () => {
    const { doc, journeyId, stages, lanes } = journey();
    const lane = lanes.find((l) => l.kind === 'pain_points')!;
    const stageId = stages[0]!.id;
    const empty = id();
    const withEmpty = applyOps(doc, [{ kind: 'create', entity: 'note', id: empty, values: { journeyId, stageId, laneId: lane.id, text: '', position: 0.5 } }]);
    const made = pasteLinesOps(withEmpty, { noteId: empty }, 'A\nB\nC', id)!;
    const after = applyOps(withEmpty, made.ops);
    const texts = notesIn(after.rows, stageId, lane.id).map((x) => x.text);
    expect(texts.slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect(made.ids[0]).toBe(empty);
    expect(new Set(notesIn(after.rows, stageId, lane.id).map((x) => x.position)).size).toBe(texts.length);
  });

  it('a duplicated note keeps its description, score and tags, but not the id it came from another tool with', () => {
    const { doc, journeyId, stages, lanes } = journey();
    const note = id();
    const d = applyOps(doc, [{ kind: 'create', entity: 'note', id: note, values: { journeyId, stageId: stages[0]!.id, laneId: lanes[0]!.id, text: 'T', description: 'D', score: 1, tags: ['x'], sourceId: 'n-1', position: 9 } }]);
    const { ops, ids } = duplicateNotesOps(d, [note], id);
    const after = applyOps(d, ops);
    expect(after.rows.note[ids[0]!]).toMatchObject({ text: 'T', description: 'D', score: 1, tags: ['x'], sourceId: '' });
  });
});
