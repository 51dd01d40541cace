import { describe, expect, it } from 'vitest';
import { cellAt, dropIndex, GEOMETRY, intersects, layoutJourney, NOTE_WIDTH, noteHeight, scoreToY, yToScore } from '../../shared/layout/journey-layout';
import { newJourneyOps } from '../../shared/domain/journey';
import { applyOps, emptyTables, type Op, type WorkshopDoc } from '../../shared/model/ops';

/** A stand-in for Konva's text measurer: 8 px per character, 18 px per line. */
const measure = (text: string, width: number) => Math.max(1, Math.ceil((text.length * 8) / width)) * 18;

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function journey(stages = 3): { doc: WorkshopDoc; journeyId: string; stageIds: string[]; lane: (kind: string) => string } {
  const journeyId = id();
  const template = {
    id: 't', name: 'T', description: 'd', industry: 'other' as const,
    stages: Array.from({ length: stages }, (_, i) => ({ name: `S${i}`, touchpoints: i === 0 ? [{ name: 'Call', channel: 'phone' as const, team: 'service' as const }, { name: 'Email', channel: 'email' as const, team: 'service' as const }] : [], prompts: [] })),
  };
  const base: WorkshopDoc = { workshop: { id: 'w' } as never, rows: emptyTables() };
  const doc = applyOps(base, newJourneyOps({ journeyId, name: 'J', personaId: null, position: 1, template }, id));
  const stageIds = Object.values(doc.rows.stage).sort((a, b) => a.position - b.position).map((s) => s.id);
  const lane = (kind: string) => Object.values(doc.rows.lane).find((l) => l.kind === kind)!.id;
  return { doc, journeyId, stageIds, lane };
}

const note = (j: ReturnType<typeof journey>, stage: number, kind: string, text: string, position: number): Op => ({
  kind: 'create', entity: 'note', id: id(), values: { journeyId: j.journeyId, stageId: j.stageIds[stage], laneId: j.lane(kind), text, position },
});

describe('the journey map layout', () => {
  it('puts stages in columns and visible lanes in rows, in order', () => {
    const j = journey();
    const l = layoutJourney(j.doc.rows, j.journeyId, measure);
    expect(l.columns.map((c) => c.x)).toEqual([188, 188 + 288, 188 + 576]);
    expect(l.rows.map((r) => r.kind)).toEqual(['goals', 'actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities']);
    expect(l.width).toBe(GEOMETRY.laneHeaderWidth + 3 * GEOMETRY.columnWidth);
  });

  it('leaves hidden lanes out', () => {
    const j = journey();
    const hidden = applyOps(j.doc, [{ kind: 'update', entity: 'lane', id: j.lane('thoughts'), patch: { hidden: true } }]);
    expect(layoutJourney(hidden.rows, j.journeyId, measure).rows.map((r) => r.kind)).not.toContain('thoughts');
  });

  it('grows a note to fit its text and a row to fit its tallest cell, so nothing overflows unseen', () => {
    const j = journey();
    const long = 'word '.repeat(80);
    const doc = applyOps(j.doc, [note(j, 1, 'goals', 'short', 1), note(j, 1, 'goals', long, 2), note(j, 1, 'goals', 'third', 3)]);
    const l = layoutJourney(doc.rows, j.journeyId, measure);
    const [a, b, c] = l.notes.filter((x) => x.stageId === j.stageIds[1]);
    expect(b!.height).toBe(noteHeight(long, measure));
    expect(b!.height).toBeGreaterThan(a!.height);
    expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.height); // the third note starts below the tall row
    const row = l.rows.find((r) => r.kind === 'goals')!;
    for (const x of [a!, b!, c!]) {
      expect(x.y + x.height).toBeLessThanOrEqual(row.y + row.height);
      expect(x.x + x.width).toBeLessThanOrEqual(l.columns[1]!.x + l.columns[1]!.width);
    }
    expect(a!.width).toBe(NOTE_WIDTH);
  });

  it('stacks touchpoints in their lane and puts an emotion point over each, by score', () => {
    const j = journey();
    const tp = Object.values(j.doc.rows.touchpoint).sort((x, y) => x.position - y.position);
    const doc = applyOps(j.doc, [{ kind: 'create', entity: 'emotion', id: id(), values: { touchpointId: tp[0]!.id, score: -2 } }]);
    const l = layoutJourney(doc.rows, j.journeyId, measure);
    expect(l.touchpoints).toHaveLength(2);
    expect(l.touchpoints[1]!.y).toBeGreaterThan(l.touchpoints[0]!.y);
    const [low, unscored] = l.emotions;
    expect(low!.score).toBe(-2);
    expect(unscored!.score).toBeNull();
    expect(low!.y).toBeGreaterThan(unscored!.y); // lower on screen = worse
    expect(low!.x).toBeLessThan(unscored!.x);
  });

  it('turns a point back into the score it was drawn at', () => {
    const row = { x: 0, y: 500, width: 100, height: 200 };
    for (const s of [-2, -1, 0, 0.5, 2]) expect(yToScore(scoreToY(s, row), row)).toBeCloseTo(s);
    expect(yToScore(10_000, row)).toBe(-2);
  });

  it('finds the cell under a point and where a dropped note lands among the notes there', () => {
    const j = journey();
    const doc = applyOps(j.doc, [note(j, 2, 'actions', 'a', 1), note(j, 2, 'actions', 'b', 2), note(j, 2, 'actions', 'c', 3)]);
    const l = layoutJourney(doc.rows, j.journeyId, measure);
    const row = l.rows.find((r) => r.kind === 'actions')!;
    const col = l.columns[2]!;
    expect(cellAt(l, col.x + 5, row.y + 5)).toEqual({ stageId: col.stageId, laneId: row.laneId, kind: 'actions' });
    expect(cellAt(l, 5, row.y + 5)).toBeNull(); // the lane header is not a cell
    const [a, b] = l.notes.filter((x) => x.stageId === col.stageId);
    expect(dropIndex(l, col.stageId, row.laneId, a!.x + 2, a!.y + 2, new Set())).toBe(0);
    expect(dropIndex(l, col.stageId, row.laneId, b!.x + 2, b!.y + 2, new Set())).toBe(1);
    expect(dropIndex(l, col.stageId, row.laneId, col.x + 5, row.y + row.height - 2, new Set())).toBe(3);
  });

  it('knows what is in view, for drawing only that', () => {
    const view = { x: 0, y: 0, width: 100, height: 100 };
    expect(intersects({ x: 90, y: 90, width: 20, height: 20 }, view)).toBe(true);
    expect(intersects({ x: 101, y: 0, width: 20, height: 20 }, view)).toBe(false);
  });
});
