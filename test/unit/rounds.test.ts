import { describe, expect, it } from 'vitest';
import { compareRounds } from '../../shared/domain/rounds';
import { library, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

function twoRounds() {
  const lib = library();
  const w = lib.ok('createWorkshop', { title: 'Support renewal' });
  const { ids, ops } = sampleWorkshopOps(uid);
  lib.ok('applyOps', { workshopId: w.id, ops });
  lib.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'vote', id: uid(), values: { gapId: ids.g1, count: 3 } }] });
  const next = lib.ok('startNextRound', { id: w.id });
  return { ...lib, first: w.id as string, next, ids };
}

describe('the next round', () => {
  it('copies the workshop as round 2, pointing back at round 1, without votes or timers, leaving round 1 as it was', () => {
    const { ok, first, next } = twoRounds();
    expect(next).toMatchObject({ title: 'Support renewal', round: 2, previousRoundId: first });
    const a = ok('openWorkshop', { id: first });
    const b = ok('openWorkshop', { id: next.id });
    expect(Object.keys(b.rows.vote)).toEqual([]);
    expect(Object.keys(a.rows.vote)).toHaveLength(1);
    expect(Object.keys(b.rows.note)).toHaveLength(Object.keys(a.rows.note).length);
    const gaps = Object.values(b.rows.gap) as { originId: string }[];
    expect(gaps.map((g) => g.originId).sort()).toEqual(Object.keys(a.rows.gap).sort());
  });

  it('compares the rounds: gaps closed, smaller, bigger and new; scores and baselines that moved; actions done', () => {
    const { ok, first, next, ids } = twoRounds();
    const b = ok('openWorkshop', { id: next.id });
    const copyOf = (table: string, id: string) => (Object.values(b.rows[table]) as { id: string; originId: string }[]).find((r) => r.originId === id)!.id;
    const emotion = (Object.values(b.rows.emotion) as { id: string; touchpointId: string }[]).find((e) => e.touchpointId === copyOf('touchpoint', ids.t1))!;
    ok('applyOps', {
      workshopId: next.id,
      ops: [
        { kind: 'update', entity: 'gap', id: copyOf('gap', ids.g1), patch: { actualScore: 4 } }, // 3 → 1: smaller
        { kind: 'delete', entity: 'gap', id: copyOf('gap', ids.g2) }, // gone: closed
        { kind: 'create', entity: 'gap', id: uid(), values: { touchpointId: copyOf('touchpoint', ids.t2), title: 'Email never arrives', intendedScore: 5, actualScore: 1 } },
        { kind: 'update', entity: 'emotion', id: emotion.id, patch: { score: 1 } },
        { kind: 'update', entity: 'metric', id: copyOf('metric', ids.metric), patch: { baseline: 62 } },
        { kind: 'update', entity: 'action', id: copyOf('action', ids.a1), patch: { status: 'done' } },
      ],
    });
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }));
    expect(r.counts).toEqual({ closed: 1, smaller: 1, bigger: 0, opened: 1, same: 0 });
    expect(r.gaps.map((g) => [g.name, g.before, g.after, g.change])).toEqual([
      ['Generic follow-up', 1, null, 'closed'],
      ['Long holds on the phone', 3, 1, 'smaller'],
      ['Email never arrives', null, 4, 'opened'],
    ]);
    expect(r.emotions).toEqual([{ name: 'Phone line', before: '-1.5', after: '1' }]);
    expect(r.metrics).toEqual([{ name: 'CSAT (satisfaction) · Ask for help → Phone line', before: '40%', after: '62%' }]);
    expect(r.actionsDone).toEqual(['Call-back service']);
  });
});
