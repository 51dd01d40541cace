import { describe, expect, it } from 'vitest';
import { library, uid } from '../helpers/library';

/** Every malformed call is refused with invalid_input and a readable message, and writes nothing. */
describe('validation at the seam', () => {
  function setup() {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'T' });
    const snapshot = () =>
      JSON.stringify(
        ['workshop', 'participant', 'persona', 'journey', 'stage', 'note'].map((t) => lib.db.prepare(`SELECT * FROM ${t}`).all()),
      );
    return { ...lib, w, snapshot };
  }

  const bad: [string, (w: string) => unknown][] = [
    ['input that is not an object', () => 'hello'],
    ['an unknown argument', () => ({ includeArchived: false, extra: 1 })],
  ];

  it.each(bad)('refuses %s for listWorkshops', (_name, make) => {
    const { call } = setup();
    expect(call('listWorkshops', make(''))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  const badOps: [string, (w: string) => unknown][] = [
    ['a workshop id that is not a uuid', () => ({ workshopId: 'w1', ops: [] })],
    ['an empty batch', (w) => ({ workshopId: w, ops: [] })],
    ['an unknown entity', (w) => ({ workshopId: w, ops: [{ kind: 'create', entity: 'invoice', id: uid(), values: {} }] })],
    ['an unknown op kind', (w) => ({ workshopId: w, ops: [{ kind: 'drop', entity: 'note', id: uid() }] })],
    ['an unknown field', (w) => ({ workshopId: w, ops: [{ kind: 'create', entity: 'participant', id: uid(), values: { salary: 1 } }] })],
    ['a field of the wrong type', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { client: 42 } }] })],
    ['text over its length limit', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { client: 'x'.repeat(201) } }] })],
    ['an empty workshop title', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { title: ' ' } }] })],
    ['a date that does not exist', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { workshopDate: '2026-02-30' } }] })],
    ['a value outside its vocabulary', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { industry: 'mining' } }] })],
    ['a patch of fields kept by main', (w) => ({ workshopId: w, ops: [{ kind: 'update', entity: 'workshop', id: w, patch: { createdAt: 'x' } }] })],
    ['a score out of range', (w) => ({ workshopId: w, ops: [{ kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: uid(), score: 7 } }] })],
    ['a create that misses a required reference', (w) => ({ workshopId: w, ops: [{ kind: 'create', entity: 'stage', id: uid(), values: { name: 'x' } }] })],
    ['a row id smuggled into values', (w) => ({ workshopId: w, ops: [{ kind: 'create', entity: 'participant', id: uid(), values: { workshopId: uid() } }] })],
  ];

  it.each(badOps)('refuses %s and writes nothing', (_name, make) => {
    const { call, w, snapshot } = setup();
    const before = snapshot();
    const r = call('applyOps', make(w.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    expect((r as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
    expect(snapshot()).toBe(before);
  });

  it('names the field and the rule in its message', () => {
    const { call, w } = setup();
    const r = call('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'workshop', id: w.id, patch: { client: 'x'.repeat(201) } }] });
    expect(r).toMatchObject({ ok: false, error: { message: 'That could not be saved: Client: Too long: at most 200 characters.' } });
  });

  it('refuses a channel that does not exist', () => {
    const { call } = setup();
    expect(call('dropDatabase', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
