import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStep, followVetoedClose } from '../../electron/close-guard';
import { acquireLibraryLock, LibraryLockedError, LOCK_FILE } from '../../electron/db/library-lock';
import type { FeedEvent } from '../../shared/api';
import { applyOps, emptyTables, type Op, type TypedOp, type WorkshopDoc } from '../../shared/model/ops';
import { applyBatch, describeEdit, dropConflicts, rebase, reconcile, undoRefusal, withBaseRevs, type OutboxEdit } from '../../shared/model/sync';
import { library, tempDir, uid } from '../helpers/library';

const VIEW_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const VIEW_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

/** A library with one workshop holding one persona, and a way to send edits as a view would. */
function twoViews() {
  const lib = library();
  const w = lib.ok('createWorkshop', { title: 'Views' });
  const persona = uid();
  lib.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'persona', id: persona, values: { name: 'Sam', role: 'Parent' } }] });
  const send = (viewId: string, ops: Op[], editId = uid()) => lib.call('applyOps', { workshopId: w.id, viewId, edits: [{ id: editId, ops }] });
  const row = () => (lib.ok('openWorkshop', { id: w.id }) as WorkshopDoc).rows.persona[persona]!;
  return { ...lib, w, persona, send, row };
}

describe('row revisions', () => {
  it('start at 1 and go up by one with each change', () => {
    const { send, row, persona } = twoViews();
    expect(row().rev).toBe(1);
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'Samira' }, baseRev: 1 }]);
    expect(row()).toMatchObject({ name: 'Samira', rev: 2 });
  });

  it('refuse a stale edit of a field another view changed, naming the row and the field', () => {
    const { send, row, persona } = twoViews();
    expect(send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'From A' }, baseRev: 1 }]).ok).toBe(true);
    const stale = send(VIEW_B, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'From B', role: 'Carer' }, baseRev: 1 }]);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', conflicts: [{ entity: 'persona', id: persona, fields: ['name'] }] } });
    expect(row()).toMatchObject({ name: 'From A', role: 'Parent', rev: 2 });
  });

  it('let a stale edit of other fields through, and never put a view in conflict with itself', () => {
    const { send, row, persona } = twoViews();
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'From A' }, baseRev: 1 }]);
    expect(send(VIEW_B, [{ kind: 'update', entity: 'persona', id: persona, patch: { role: 'Carer' }, baseRev: 1 }]).ok).toBe(true);
    // A's second keystroke was made against revision 1 too, before its first was stored.
    expect(send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'From A, again' }, baseRev: 1 }]).ok).toBe(true);
    expect(row()).toMatchObject({ name: 'From A, again', role: 'Carer', rev: 4 });
  });

  it('hold back a stale delete of a row another view changed', () => {
    const { send, row, persona } = twoViews();
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'Kept' }, baseRev: 1 }]);
    const r = send(VIEW_B, [{ kind: 'delete', entity: 'persona', id: persona, baseRev: 1 }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(row().name).toBe('Kept');
  });

  it('refuse the whole batch when one edit conflicts, storing none of it', () => {
    const { send, row, persona, ok, w } = twoViews();
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'From A' }, baseRev: 1 }]);
    const note = uid();
    const r = send(VIEW_B, [
      { kind: 'create', entity: 'participant', id: note, values: { name: 'Lee' } },
      { kind: 'update', entity: 'persona', id: persona, patch: { name: 'From B' }, baseRev: 1 },
    ]);
    expect(r.ok).toBe(false);
    expect(Object.keys((ok('openWorkshop', { id: w.id }) as WorkshopDoc).rows.participant)).toEqual([]);
    expect(row().name).toBe('From A');
  });
});

describe('sending an edit again', () => {
  it('stores it once, and says it was stored before', () => {
    const { send, ok, w } = twoViews();
    const edit = uid();
    const participant = uid();
    const first = send(VIEW_A, [{ kind: 'create', entity: 'participant', id: participant, values: { name: 'Ana' } }], edit);
    const again = send(VIEW_A, [{ kind: 'create', entity: 'participant', id: participant, values: { name: 'Ana' } }], edit);
    expect(first).toMatchObject({ ok: true, value: { replayed: [] } });
    expect(again).toMatchObject({ ok: true, value: { replayed: [edit], revs: [] } });
    expect(Object.values((ok('openWorkshop', { id: w.id }) as WorkshopDoc).rows.participant)).toHaveLength(1);
  });

  it('stores the new edits of a batch whose first ones were stored before', () => {
    const { send, call, ok, w } = twoViews();
    const [e1, e2] = [uid(), uid()];
    const [p1, p2] = [uid(), uid()];
    send(VIEW_A, [{ kind: 'create', entity: 'participant', id: p1, values: { name: 'Ana' } }], e1);
    const r = call('applyOps', {
      workshopId: w.id,
      viewId: VIEW_A,
      edits: [
        { id: e1, ops: [{ kind: 'create', entity: 'participant', id: p1, values: { name: 'Ana' } }] },
        { id: e2, ops: [{ kind: 'create', entity: 'participant', id: p2, values: { name: 'Ben' } }] },
      ],
    });
    expect(r).toMatchObject({ ok: true, value: { replayed: [e1] } });
    expect(Object.values((ok('openWorkshop', { id: w.id }) as WorkshopDoc).rows.participant).map((p) => p.name).sort()).toEqual(['Ana', 'Ben']);
  });
});

describe('undoing a create', () => {
  it('is refused when others have added rows under the row it would delete', () => {
    const { send, ok, w } = twoViews();
    const journey = uid();
    send(VIEW_A, [{ kind: 'create', entity: 'journey', id: journey, values: { name: 'Mine' } }]);
    send(VIEW_B, [{ kind: 'create', entity: 'stage', id: uid(), values: { journeyId: journey, name: 'Theirs' } }]);
    const r = send(VIEW_A, [{ kind: 'delete', entity: 'journey', id: journey, baseRev: 1, strict: true }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', conflicts: [{ entity: 'journey', id: journey, builtOn: true }] } });
    const doc = ok('openWorkshop', { id: w.id }) as WorkshopDoc;
    expect(Object.keys(doc.rows.journey)).toEqual([journey]);
    expect(Object.values(doc.rows.stage).map((s) => s.name)).toEqual(['Theirs']);
  });

  it('deletes the row when nothing hangs under it', () => {
    const { send, ok, w } = twoViews();
    const journey = uid();
    send(VIEW_A, [{ kind: 'create', entity: 'journey', id: journey, values: { name: 'Mine' } }]);
    expect(send(VIEW_A, [{ kind: 'delete', entity: 'journey', id: journey, baseRev: 1, strict: true }]).ok).toBe(true);
    expect((ok('openWorkshop', { id: w.id }) as WorkshopDoc).rows.journey).toEqual({});
  });

  it('is refused on screen first, naming the row others built on', () => {
    const { ok, w, send } = twoViews();
    const journey = uid();
    send(VIEW_A, [{ kind: 'create', entity: 'journey', id: journey, values: { name: 'Mine' } }]);
    send(VIEW_B, [{ kind: 'create', entity: 'stage', id: uid(), values: { journeyId: journey, name: 'Theirs' } }]);
    const doc = ok('openWorkshop', { id: w.id }) as WorkshopDoc;
    expect(undoRefusal(doc, [{ kind: 'delete', entity: 'journey', id: journey }])).toMatch(/others have added to journey “Mine”/);
    expect(undoRefusal(doc, [{ kind: 'delete', entity: 'persona', id: Object.keys(doc.rows.persona)[0]! }])).toBeNull();
  });
});

describe('the change feed', () => {
  it('publishes each stored batch with its number and the number of the batch before it', () => {
    const { feed, send, persona } = twoViews();
    const heard: FeedEvent[] = [];
    feed.subscribe((e) => heard.push(e));
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'One' } }]);
    send(VIEW_B, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'Two' } }]);
    expect(heard).toMatchObject([
      { kind: 'batch', viewId: VIEW_A, ops: [{ kind: 'update', patch: { name: 'One' }, rev: 2 }] },
      { kind: 'batch', viewId: VIEW_B, ops: [{ kind: 'update', patch: { name: 'Two' }, rev: 3 }] },
    ]);
    const [a, b] = heard as Extract<FeedEvent, { kind: 'batch' }>[];
    expect(b!.prevSeq).toBe(a!.seq);
  });

  it('gives a view that missed batches exactly those, which bring its copy level with main', () => {
    const { ok, w, send, persona } = twoViews();
    const before = ok('openWorkshop', { id: w.id }) as WorkshopDoc;
    send(VIEW_A, [{ kind: 'update', entity: 'persona', id: persona, patch: { name: 'One' } }]);
    send(VIEW_B, [{ kind: 'create', entity: 'participant', id: uid(), values: { name: 'Lee' } }]);
    const missed = ok('workshopChanges', { workshopId: w.id, since: before.seq }) as Extract<FeedEvent, { kind: 'batch' }>[];
    expect(missed).toHaveLength(2);
    const caughtUp = missed.reduce(applyBatch, before);
    const stored = ok('openWorkshop', { id: w.id }) as WorkshopDoc;
    expect(caughtUp.rows).toEqual(stored.rows);
    expect(caughtUp.seq).toBe(stored.seq);
    expect(ok('workshopChanges', { workshopId: w.id, since: stored.seq })).toEqual([]);
  });
});

describe('a view settling a conflict', () => {
  const edit = (ops: Op[]): OutboxEdit => ({ id: uid(), viewId: VIEW_A, workshopId: 'w', ops });

  it('takes the stored value for the fields changed elsewhere and keeps every other edit', () => {
    const outbox = [
      edit([{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Mine', role: 'Mine too' } }]),
      edit([{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Mine again' } }]),
      edit([{ kind: 'create', entity: 'participant', id: 'x', values: {} }]),
    ];
    const settled = dropConflicts(outbox, [{ entity: 'persona', id: 'p', fields: ['name'] }]);
    expect(settled.map((e) => e.ops)).toEqual([[{ kind: 'update', entity: 'persona', id: 'p', patch: { role: 'Mine too' } }], [{ kind: 'create', entity: 'participant', id: 'x', values: {} }]]);
  });

  it('drops an undo whole when others built on what it would delete', () => {
    const undo = edit([
      { kind: 'delete', entity: 'stage', id: 's', strict: true },
      { kind: 'delete', entity: 'journey', id: 'j', strict: true },
    ]);
    expect(dropConflicts([undo], [{ entity: 'journey', id: 'j', fields: [], builtOn: true }])).toEqual([]);
  });
});

describe('the document on screen', () => {
  const base = (): WorkshopDoc =>
    applyOps({ workshop: { id: 'w', title: 'T', rev: 1 } as WorkshopDoc['workshop'], rows: emptyTables(), seq: 1 }, [
      { kind: 'create', entity: 'persona', id: 'p', values: { name: 'Sam', rev: 1 } },
      { kind: 'create', entity: 'participant', id: 'x', values: { name: 'Ana', rev: 1 } },
    ]);

  it('is the confirmed document with the unsaved edits on top, dropping an edit whose row was deleted elsewhere', () => {
    const confirmed = applyOps(base(), [{ kind: 'delete', entity: 'participant', id: 'x' }]);
    const r = rebase(confirmed, [
      { id: 'e1', viewId: VIEW_A, workshopId: 'w', ops: [{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Samira' } }] },
      { id: 'e2', viewId: VIEW_A, workshopId: 'w', ops: [{ kind: 'update', entity: 'participant', id: 'x', patch: { name: 'Gone' } }] },
    ]);
    expect(r.doc.rows.persona.p!.name).toBe('Samira');
    expect(r.lost).toEqual([{ entity: 'participant', id: 'x' }]);
    expect(r.outbox.map((e) => e.id)).toEqual(['e1']);
  });

  it('keeps every object when a save only confirms what is shown, so nothing re-renders', () => {
    const shown = applyOps(base(), [{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Samira' } }]);
    const confirmed = applyOps(base(), [{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Samira', rev: 2 } }]);
    const next = reconcile(shown, { ...confirmed, seq: 1 });
    expect(next).toBe(shown);
    const changed = reconcile(shown, applyOps(confirmed, [{ kind: 'update', entity: 'participant', id: 'x', patch: { name: 'Ben' } }]));
    expect(changed).not.toBe(shown);
    expect(changed.rows.persona).toBe(shown.rows.persona);
  });

  it('stamps each edit with the revision of the row it was made against', () => {
    const doc = base();
    const ops = withBaseRevs(doc, [
      { kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Samira' } },
      { kind: 'update', entity: 'participant', id: 'new-here', patch: { name: 'Not stored yet' } },
    ]);
    expect(ops[0]).toMatchObject({ baseRev: 1 });
    expect(ops[1]).not.toHaveProperty('baseRev');
  });

  it('says in words what an edit did', () => {
    const before = base();
    const rename: Op[] = [{ kind: 'update', entity: 'persona', id: 'p', patch: { name: 'Samira' } }];
    expect(describeEdit(before, applyOps(before, rename), rename)).toBe('rename persona “Samira”');
    const role: Op[] = [{ kind: 'update', entity: 'persona', id: 'p', patch: { role: 'Nurse', bio: 'Nights' } }];
    expect(describeEdit(before, applyOps(before, role), role)).toBe('change the role and bio of persona “Sam”');
    const del: Op[] = [{ kind: 'delete', entity: 'participant', id: 'x' }];
    expect(describeEdit(before, applyOps(before, del), del)).toBe('delete participant “Ana”');
  });
});

describe('the library lock', () => {
  it('refuses a second process on the same folder, naming the first', () => {
    const dir = tempDir();
    const first = acquireLibraryLock(dir, 'desktop app', { isRunning: () => true });
    const owner = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ ...owner, pid: owner.pid + 1 }));
    let refused: unknown;
    try {
      acquireLibraryLock(dir, 'web bridge', { isRunning: () => true });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(LibraryLockedError);
    expect((refused as LibraryLockedError).owner).toMatchObject({ app: 'desktop app', host: os.hostname() });
    first.release(); // not ours any more: left alone
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });

  it('takes over a lock left by a process that is gone, and removes its own on release', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, host: os.hostname(), app: 'web bridge', startedAt: '2026-01-01T00:00:00Z' }));
    const lock = acquireLibraryLock(dir, 'desktop app', { isRunning: () => false });
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, app: 'desktop app' });
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  it('does not take a lock held from another computer (a synced folder)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'another-laptop', app: 'desktop app', startedAt: '' }));
    expect(() => acquireLibraryLock(dir, 'web bridge', { isRunning: () => false })).toThrow(LibraryLockedError);
  });
});

describe('closing a window with edits not on disk yet', () => {
  it('closes at once when all is saved, waits a moment while saving, then asks', () => {
    expect(closeStep(false, 0)).toBe('close');
    expect(closeStep(true, 100)).toBe('wait');
    expect(closeStep(true, 4000)).toBe('ask');
  });

  it('closes the window as soon as the last edit is stored', async () => {
    let unsaved = true;
    const closed: string[] = [];
    const win = { isDestroyed: () => false, close: () => closed.push('close'), destroy: () => closed.push('destroy') };
    let ticks = 0;
    const timers = {
      setTimeout: (fn: () => void) => {
        if (++ticks === 3) unsaved = false;
        queueMicrotask(fn);
      },
    };
    await followVetoedClose(win, () => unsaved, async () => true, timers);
    expect(closed).toEqual(['close']);
  });

  it('asks when the edits cannot be stored, and keeps the window if the user says so', async () => {
    const closed: string[] = [];
    const win = { isDestroyed: () => false, close: () => closed.push('close'), destroy: () => closed.push('destroy') };
    const timers = { setTimeout: (fn: () => void) => queueMicrotask(fn) };
    await followVetoedClose(win, () => true, async () => false, timers);
    expect(closed).toEqual([]);
    await followVetoedClose(win, () => true, async () => true, timers);
    expect(closed).toEqual(['destroy']);
  });
});

describe('typed edits', () => {
  it('name only fields the entity has, with values of their type (checked by the typecheck)', () => {
    const fine: TypedOp[] = [
      { kind: 'update', entity: 'note', id: 'n', patch: { text: 'Calls back', color: 'pink' } },
      { kind: 'create', entity: 'touchpoint', id: 't', values: { name: 'Phone', channel: 'phone' } },
      { kind: 'update', entity: 'workshop', id: 'w', patch: { vision: 'Resolved first time' } },
    ];
    // @ts-expect-error a misspelt field does not compile
    const misspelt: TypedOp = { kind: 'update', entity: 'note', id: 'n', patch: { txet: 'Calls back' } };
    // @ts-expect-error nor does a value outside the field's vocabulary
    const wrongValue: TypedOp = { kind: 'update', entity: 'note', id: 'n', patch: { color: 'turquoise' } };
    expect([...fine, misspelt, wrongValue]).toHaveLength(5);
  });
});
