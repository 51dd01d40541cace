import { describe, expect, it } from 'vitest';
import type { WorkshopDoc } from '../../shared/model/ops';
import { library, uid } from '../helpers/library';

function journeyOps(workshopId: string) {
  const journey = uid();
  const stage = uid();
  const lane = uid();
  const touchpoint = uid();
  const persona = uid();
  const ops = [
    { kind: 'create', entity: 'persona', id: persona, values: { name: 'Busy parent' } },
    { kind: 'create', entity: 'journey', id: journey, values: { name: 'Booking', personaId: persona } },
    { kind: 'create', entity: 'stage', id: stage, values: { journeyId: journey, name: 'Book', position: 1 } },
    { kind: 'create', entity: 'lane', id: lane, values: { journeyId: journey, kind: 'thoughts', name: 'Thinking' } },
    { kind: 'create', entity: 'touchpoint', id: touchpoint, values: { journeyId: journey, stageId: stage, name: 'Phone line', channel: 'phone', team: 'service' } },
    { kind: 'create', entity: 'note', id: uid(), values: { journeyId: journey, stageId: stage, laneId: lane, text: 'Will they call back?' } },
    { kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: touchpoint, score: -1.5 } },
  ];
  return { ops, journey, stage, lane, touchpoint, persona, workshopId };
}

describe('the workshop handlers', () => {
  it('create a workshop and list it with its client, newest edit first', () => {
    const { ok } = library();
    const a = ok('createWorkshop', { title: 'Onboarding review', client: 'Northwind' });
    const b = ok('createWorkshop', { title: 'Renewals' });
    expect(a).toMatchObject({ title: 'Onboarding review', client: 'Northwind', archivedAt: null });
    expect(ok('listWorkshops', {}).map((w: { id: string }) => w.id)).toEqual([b.id, a.id]);
  });

  it('trim the title and refuse an empty one with a sentence', () => {
    const { ok, call } = library();
    expect(ok('createWorkshop', { title: '  Spaces  ' }).title).toBe('Spaces');
    const r = call('createWorkshop', { title: '   ' });
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Give the workshop a title.') } });
    expect(ok('listWorkshops', {})).toHaveLength(1);
  });

  it('open a workshop with every table, empty at first', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const doc: WorkshopDoc = ok('openWorkshop', { id: w.id });
    expect(doc.workshop).toMatchObject({ id: w.id, title: 'T', vision: '', industry: null, workshopDate: null });
    expect(Object.values(doc.rows).every((t) => Object.keys(t).length === 0)).toBe(true);
  });

  it('rename a workshop and move it to the top of the list', () => {
    const { ok } = library();
    const a = ok('createWorkshop', { title: 'Old name' });
    ok('createWorkshop', { title: 'Other' });
    const renamed = ok('renameWorkshop', { id: a.id, title: 'New name' });
    expect(renamed.title).toBe('New name');
    expect(ok('listWorkshops', {})[0].id).toBe(a.id);
  });

  it('archive a workshop out of the list and restore it', () => {
    const { ok } = library();
    const a = ok('createWorkshop', { title: 'A' });
    ok('archiveWorkshop', { id: a.id, archived: true });
    expect(ok('listWorkshops', {})).toEqual([]);
    expect(ok('listWorkshops', { includeArchived: true })[0].archivedAt).not.toBeNull();
    ok('archiveWorkshop', { id: a.id, archived: false });
    expect(ok('listWorkshops', {})[0].archivedAt).toBeNull();
  });

  it('delete a workshop and everything in it', () => {
    const { ok, db } = library();
    const w = ok('createWorkshop', { title: 'Doomed' });
    ok('applyOps', { workshopId: w.id, ops: journeyOps(w.id).ops });
    ok('deleteWorkshop', { id: w.id });
    expect(ok('listWorkshops', { includeArchived: true })).toEqual([]);
    for (const table of ['persona', 'journey', 'stage', 'note', 'emotion', 'touchpoint']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('answer not_found for a workshop that does not exist', () => {
    const { call } = library();
    const id = uid();
    for (const [channel, input] of [
      ['openWorkshop', { id }],
      ['renameWorkshop', { id, title: 'x' }],
      ['duplicateWorkshop', { id }],
      ['archiveWorkshop', { id, archived: true }],
      ['deleteWorkshop', { id }],
      ['applyOps', { workshopId: id, ops: [{ kind: 'update', entity: 'workshop', id, patch: { client: 'x' } }] }],
    ] as const) {
      expect(call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('duplicate a workshop with new ids and every reference pointing into the copy', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'Original', client: 'Acme' });
    const built = journeyOps(w.id);
    ok('applyOps', { workshopId: w.id, ops: [...built.ops, { kind: 'update', entity: 'workshop', id: w.id, patch: { vision: 'Resolved first time' } }] });

    const copy = ok('duplicateWorkshop', { id: w.id });
    expect(copy).toMatchObject({ title: 'Original (copy)', client: 'Acme' });
    const a: WorkshopDoc = ok('openWorkshop', { id: w.id });
    const b: WorkshopDoc = ok('openWorkshop', { id: copy.id });
    expect(b.workshop.vision).toBe('Resolved first time');
    const ids = (d: WorkshopDoc) => new Set(Object.values(d.rows).flatMap((t) => Object.keys(t)));
    expect([...ids(b)].some((id) => ids(a).has(id))).toBe(false);
    const note = Object.values(b.rows.note)[0]!;
    expect(b.rows.stage[note.stageId]?.name).toBe('Book');
    expect(b.rows.lane[note.laneId]?.name).toBe('Thinking');
    const journey = Object.values(b.rows.journey)[0]!;
    expect(b.rows.persona[journey.personaId!]?.name).toBe('Busy parent');
    expect(Object.values(b.rows.emotion)[0]!.score).toBe(-1.5);
  });
});

describe('applying a batch of operations', () => {
  it('stores creates, updates and deletes and answers with each row’s revision, not the rows', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const built = journeyOps(w.id);
    const result = ok('applyOps', { workshopId: w.id, ops: built.ops });
    expect(result.revs).toHaveLength(built.ops.length);
    expect(result.revs.every((r: { rev: number }) => r.rev === 1)).toBe(true);
    expect(JSON.stringify(result)).not.toContain('Phone line');
    const stored: WorkshopDoc = ok('openWorkshop', { id: w.id });
    expect(stored.rows.touchpoint[built.touchpoint]).toMatchObject({ name: 'Phone line', momentOfTruth: false, workshopId: w.id, rev: 1 });

    const r2 = ok('applyOps', {
      workshopId: w.id,
      ops: [
        { kind: 'update', entity: 'touchpoint', id: built.touchpoint, patch: { momentOfTruth: true } },
        { kind: 'update', entity: 'workshop', id: w.id, patch: { client: 'Northwind', industry: 'healthcare' } },
      ],
    });
    expect(r2.revs[0]).toEqual({ entity: 'touchpoint', id: built.touchpoint, rev: 2 });
    expect(r2.seq).toBeGreaterThan(result.seq);
    expect(r2.prevSeq).toBe(result.seq);
    const doc: WorkshopDoc = ok('openWorkshop', { id: w.id });
    expect(doc.rows.touchpoint[built.touchpoint]!.momentOfTruth).toBe(true);
    expect(doc.seq).toBe(r2.seq);
    expect(doc.workshop.industry).toBe('healthcare');
    expect(doc.workshop.updatedAt).toBe(r2.updatedAt);
  });

  it('deletes children with their parent, as the cascade rules say', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const built = journeyOps(w.id);
    ok('applyOps', { workshopId: w.id, ops: built.ops });
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'delete', entity: 'stage', id: built.stage }] });
    const doc: WorkshopDoc = ok('openWorkshop', { id: w.id });
    expect(doc.rows.touchpoint).toEqual({});
    expect(doc.rows.note).toEqual({});
    expect(doc.rows.emotion).toEqual({});
    expect(Object.keys(doc.rows.lane)).toEqual([built.lane]);
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'delete', entity: 'persona', id: built.persona }] });
    const after: WorkshopDoc = ok('openWorkshop', { id: w.id });
    expect(after.rows.journey[built.journey]?.personaId).toBeNull();
  });

  it('stores all of a batch or none of it', () => {
    const { ok, call } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const r = call('applyOps', {
      workshopId: w.id,
      ops: [
        { kind: 'create', entity: 'participant', id: uid(), values: { name: 'Ana' } },
        { kind: 'update', entity: 'participant', id: uid(), patch: { name: 'Nobody' } },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ok('openWorkshop', { id: w.id }).rows.participant).toEqual({});
  });

  it('refuses to touch or point at rows of another workshop', () => {
    const { ok, call } = library();
    const mine = ok('createWorkshop', { title: 'Mine' });
    const theirs = ok('createWorkshop', { title: 'Theirs' });
    const built = journeyOps(theirs.id);
    ok('applyOps', { workshopId: theirs.id, ops: built.ops });

    const attempts = [
      { kind: 'update', entity: 'stage', id: built.stage, patch: { name: 'Hijacked' } },
      { kind: 'delete', entity: 'stage', id: built.stage },
      { kind: 'create', entity: 'stage', id: uid(), values: { journeyId: built.journey, name: 'Sneaky' } },
      { kind: 'update', entity: 'workshop', id: theirs.id, patch: { title: 'Hijacked' } },
    ];
    for (const op of attempts) {
      expect(call('applyOps', { workshopId: mine.id, ops: [op] }), JSON.stringify(op)).toMatchObject({
        ok: false,
        error: { code: 'wrong_workshop' },
      });
    }
    const doc: WorkshopDoc = ok('openWorkshop', { id: theirs.id });
    expect(doc.rows.stage[built.stage]?.name).toBe('Book');
    expect(doc.workshop.title).toBe('Theirs');
  });

  it('answers conflict for an id used twice, and for a second emotion on one touchpoint', () => {
    const { ok, call } = library();
    const w = ok('createWorkshop', { title: 'T' });
    const built = journeyOps(w.id);
    ok('applyOps', { workshopId: w.id, ops: built.ops });
    expect(call('applyOps', { workshopId: w.id, ops: [built.ops[0]] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: built.touchpoint, score: 1 } }] }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('answers with code and message only, never a stack trace, when something unexpected breaks', () => {
    const { ok, db, call } = library();
    const w = ok('createWorkshop', { title: 'T' });
    db.exec('DROP TABLE participant');
    const r = call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'participant', id: uid(), values: {} }] });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(r)).not.toMatch(/at .*\.ts|SqliteError/);
  });
});
