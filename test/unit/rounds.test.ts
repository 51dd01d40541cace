import { describe, expect, it } from 'vitest';
import { compareRounds, gapChange } from '../../shared/domain/rounds';
import { reportPlan } from '../../shared/domain/report-plan';
import { groupRounds } from '../../renderer/library/rounds';
import type { WorkshopSummary } from '../../shared/api';
import { library, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

const TODAY = '2026-12-01';

function twoRounds(opts: { carryVotes?: boolean; before?: (lib: ReturnType<typeof library>, id: string, ids: ReturnType<typeof sampleWorkshopOps>['ids']) => void } = {}) {
  const lib = library();
  const w = lib.ok('createWorkshop', { title: 'Support renewal' });
  const { ids, ops } = sampleWorkshopOps(uid);
  lib.ok('applyOps', { workshopId: w.id, ops });
  lib.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'vote', id: uid(), values: { gapId: ids.g1, count: 3 } }] });
  opts.before?.(lib, w.id, ids);
  const next = lib.ok('startNextRound', { id: w.id, carryVotes: opts.carryVotes ?? false });
  const b = lib.ok('openWorkshop', { id: next.id });
  const copyOf = (table: string, id: string) => (Object.values(b.rows[table]) as { id: string; originId: string }[]).find((r) => r.originId === id)!.id;
  return { ...lib, first: w.id as string, next, ids, copyOf };
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

  it('carries the votes over when asked, on the copies of their gaps', () => {
    const { ok, next, copyOf, ids } = twoRounds({ carryVotes: true });
    const votes = Object.values(ok('openWorkshop', { id: next.id }).rows.vote) as { gapId: string; count: number }[];
    expect(votes).toEqual([expect.objectContaining({ gapId: copyOf('gap', ids.g1), count: 3 })]);
  });

  it('refuses a second next round from the same round, naming the one that exists', () => {
    const { call, first, ok } = twoRounds();
    const again = call('startNextRound', { id: first });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Round 2 of Support renewal already exists') } });
    expect(ok('listWorkshops', {}).filter((w: WorkshopSummary) => w.round === 2)).toHaveLength(1);
    expect(ok('laterRounds', { id: first }).map((w: WorkshopSummary) => w.round)).toEqual([2]);
  });

  it('starts on the latest survey period and adds the progress section to a report whose sections were chosen', () => {
    const { ok, next } = twoRounds({
      before: (lib, id) => lib.ok('applyOps', { workshopId: id, ops: [{ kind: 'update', entity: 'workshop', id, patch: { surveyPeriod: 'all', reportSections: JSON.stringify(['summary', 'gaps']) } }] }),
    });
    const w = ok('openWorkshop', { id: next.id }).workshop;
    expect(w.surveyPeriod).toBe('');
    expect(reportPlan(w).sections).toEqual(['summary', 'progress', 'gaps']);
  });
});

describe('comparing two rounds', () => {
  it('counts gaps closed, smaller, bigger and new, and lists a deleted gap as removed, not closed', () => {
    const { ok, applyOpsTo, first, next, ids, copyOf } = withApply(twoRounds());
    applyOpsTo(next.id, [
      { kind: 'update', entity: 'gap', id: copyOf('gap', ids.g1), patch: { actualScore: 4 } }, // 3 → 1: smaller
      { kind: 'delete', entity: 'gap', id: copyOf('gap', ids.g2) }, // deleted: removed
      { kind: 'create', entity: 'gap', id: uid(), values: { touchpointId: copyOf('touchpoint', ids.t2), title: 'Email never arrives', intendedScore: 5, actualScore: 1 } },
    ]);
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }), TODAY);
    expect(r.counts).toEqual({ closed: 0, smaller: 1, bigger: 0, new: 1, same: 0, removed: 1 });
    expect(r.gaps.map((g) => [g.name, g.before, g.after, g.change])).toEqual([
      ['Long holds on the phone', 3, 1, 'smaller'],
      ['Email never arrives', null, 4, 'new'],
      ['Generic follow-up', 1, null, 'removed'],
    ]);
  });

  it('calls a gap closed when it is scored at or above the intended experience', () => {
    const { ok, applyOpsTo, first, next, ids, copyOf } = withApply(twoRounds());
    applyOpsTo(next.id, [{ kind: 'update', entity: 'gap', id: copyOf('gap', ids.g2), patch: { actualScore: 4 } }]);
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }), TODAY);
    expect(r.gaps.find((g) => g.name === 'Generic follow-up')).toMatchObject({ before: 1, after: 0, change: 'closed' });
    expect(gapChange(0, 0)).toBe('same');
    expect(gapChange(null, 0)).toBe('same');
  });

  it('counts actions done in the earlier round and since, out of all that are not dropped', () => {
    const { ok, applyOpsTo, first, next, ids, copyOf } = withApply(
      twoRounds({ before: (lib, id, ids) => lib.ok('applyOps', { workshopId: id, ops: [{ kind: 'update', entity: 'action', id: ids.a1, patch: { status: 'done' } }] }) }),
    );
    applyOpsTo(next.id, [
      { kind: 'update', entity: 'action', id: copyOf('action', ids.a2), patch: { status: 'done' } },
      { kind: 'create', entity: 'action', id: uid(), values: { title: 'Queue-time display', status: 'not_started' } },
      { kind: 'create', entity: 'action', id: uid(), values: { title: 'Fax line', status: 'dropped' } },
    ]);
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }), TODAY);
    expect(r.actions).toEqual({
      total: 3,
      done: [
        { title: 'Call-back service', owner: 'Dana Lee', when: 'before' },
        { title: 'Handwritten thank-you card', owner: 'Sam', when: 'since' },
      ],
    });
  });

  it('lists emotion moves in journey order, marked better or worse', () => {
    const { ok, applyOpsTo, first, next, ids, copyOf } = withApply(twoRounds());
    const b = ok('openWorkshop', { id: next.id });
    const emotionAt = (tp: string) => (Object.values(b.rows.emotion) as { id: string; touchpointId: string }[]).find((e) => e.touchpointId === copyOf('touchpoint', tp))!.id;
    applyOpsTo(next.id, [
      { kind: 'update', entity: 'emotion', id: emotionAt(ids.t2), patch: { score: -1 } },
      { kind: 'update', entity: 'emotion', id: emotionAt(ids.t1), patch: { score: 1 } },
    ]);
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }), TODAY);
    expect(r.emotions.map((e) => [e.touchpoint, e.text, e.move])).toEqual([
      ['Phone line', '−1.5 → +1', 'better'],
      ['Follow-up email', '+1 → −1', 'worse'],
    ]);
  });

  it('moves each metric against its target, with the periods its values come from', () => {
    const { ok, applyOpsTo, first, next, ids, copyOf } = withApply(twoRounds());
    // Round 2 brings December's answers: 4 of 5 satisfied, 80 %.
    const imp = uid();
    applyOpsTo(next.id, [
      { kind: 'create', entity: 'surveyImport', id: imp, values: { fileName: 'december.csv', kind: 'csat', importedOn: '2026-12-01', periodStart: '2026-12-01', periodEnd: '2026-12-01' } },
      ...[5, 4, 4, 5, 2].map((score, i) => ({ kind: 'create', entity: 'surveyResponse', id: uid(), values: { importId: imp, score, touchpointId: copyOf('touchpoint', ids.t1), line: i + 2 } })),
    ]);
    const r = compareRounds(ok('openWorkshop', { id: first }), ok('openWorkshop', { id: next.id }), TODAY);
    expect(r.before.period).toBe('Nov 2026');
    expect(r.after.period).toBe('Dec 2026');
    expect(r.metrics).toEqual([{ name: 'CSAT (satisfaction)', place: 'Ask for help → Phone line', before: '60% (Nov 2026)', after: '80% (Dec 2026)', target: '75%', status: 'met' }]);
  });
});

describe('rounds in the library', () => {
  const summary = (id: string, round: number, previousRoundId: string, updatedAt: string): WorkshopSummary =>
    ({ id, title: id, round, previousRoundId, updatedAt, createdAt: updatedAt }) as WorkshopSummary;

  it('lists later rounds under their first round, in round order, where the group was last edited', () => {
    const list = [summary('r2', 2, 'r1', '2026-11-30'), summary('solo', 1, '', '2026-11-20'), summary('r3', 3, 'r2', '2026-11-10'), summary('r1', 1, '', '2026-10-01')];
    expect(groupRounds(list).map((r) => [r.workshop.id, r.later, r.round])).toEqual([
      ['r1', false, 1],
      ['r2', true, 2],
      ['r3', true, 3],
      ['solo', false, null],
    ]);
  });

  it('keeps a round whose earlier round is gone as the head of its own group', () => {
    expect(groupRounds([summary('r2', 2, 'deleted', '2026-11-30')]).map((r) => [r.workshop.id, r.later, r.round])).toEqual([['r2', false, 2]]);
  });
});

function withApply<T extends ReturnType<typeof twoRounds>>(t: T) {
  return { ...t, applyOpsTo: (workshopId: string, ops: unknown[]) => t.ok('applyOps', { workshopId, ops }) };
}
