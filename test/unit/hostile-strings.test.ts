/**
 * Hostile strings through every text field: the Big List of Naughty Strings, control characters,
 * right-to-left text and emoji are stored and read back exactly; a 1 MB string is refused with a
 * message that says the limit.
 */
import naughty from 'big-list-of-naughty-strings';
import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS, WORKSHOP_FIELDS, type EntityName } from '../../shared/model/entities';
import type { Op } from '../../shared/model/ops';
import { library, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

const EXTRA = ['\u0001\u0002\u0007\u001b[31mred\u001b[0m\t\r\n', '\u202eevil\u202c', 'مرحبا بالعالم — שלום עולם', '👩🏽‍🚀🇳🇴🏳️‍🌈 e\u0301', '\ufeff\u200b\u00a0', "'; DROP TABLE workshop; --", '{{7*7}} ${7*7} %s %n'];
const STRINGS: string[] = [...(naughty as string[]), ...EXTRA].filter((s) => s.length > 0);

/** Every free-text field (no pattern), by entity. */
const textFields = (fields: Record<string, { type: string; pattern?: RegExp; required?: boolean; max?: number }>) =>
  Object.entries(fields)
    .filter(([, spec]) => spec.type === 'text' && !spec.pattern)
    .map(([name, spec]) => ({ name, max: spec.max!, required: !!spec.required }));

describe('hostile strings', () => {
  it('are stored and read back exactly in every text field of every entity', () => {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Naughty' });
    lib.ok('applyOps', { workshopId: w.id, ops: sampleWorkshopOps(uid).ops });
    const extra: Op[] = [
      { kind: 'create', entity: 'participant', id: uid(), values: { name: 'P' } },
      { kind: 'create', entity: 'evidence', id: uid(), values: { kind: 'quote', text: 'E' } },
      { kind: 'create', entity: 'note', id: uid(), values: { ...firstNoteRefs(lib.ok('openWorkshop', { id: w.id })), text: 'N' } },
    ];
    lib.ok('applyOps', { workshopId: w.id, ops: extra });
    const doc = lib.ok('openWorkshop', { id: w.id });
    let checked = 0;
    for (const s of STRINGS) {
      const ops: Op[] = [];
      for (const [entity, fields] of Object.entries(ENTITY_FIELDS) as unknown as [EntityName, Record<string, never>][]) {
        const row = Object.values(doc.rows[entity])[0] as { id: string } | undefined;
        if (!row) continue;
        const patch: Record<string, string> = {};
        for (const f of textFields(fields)) if (s.length <= f.max) patch[f.name] = s;
        if (Object.keys(patch).length) ops.push({ kind: 'update', entity, id: row.id, patch } as Op);
      }
      const wpatch: Record<string, string> = {};
      for (const f of textFields(WORKSHOP_FIELDS as never)) if (s.length <= f.max && (!f.required || s.trim())) wpatch[f.name] = s;
      delete wpatch.interview; // the interview field holds the interview's JSON, never typed text
      ops.push({ kind: 'update', entity: 'workshop', id: w.id, patch: wpatch } as Op);
      lib.ok('applyOps', { workshopId: w.id, ops });
      const back = lib.ok('openWorkshop', { id: w.id });
      for (const op of ops) {
        if (op.kind !== 'update') continue;
        const row = op.entity === 'workshop' ? back.workshop : back.rows[op.entity][op.id];
        for (const [field, value] of Object.entries(op.patch)) {
          expect(row[field], `${op.entity}.${field} ← ${JSON.stringify(s)}`).toBe(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(STRINGS.length * 20);
  });

  it('refuses a 1 MB string with a message that says the limit, and stores nothing', () => {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Big' });
    const r = lib.call('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'workshop', id: w.id, patch: { vision: 'x'.repeat(1024 * 1024) } }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('at most 10,000 characters') } });
    expect(lib.ok('openWorkshop', { id: w.id }).workshop.vision).toBe('');
  });
});

function firstNoteRefs(doc: { rows: { stage: Record<string, { id: string; journeyId: string }>; lane: Record<string, { id: string; kind: string }> } }) {
  const stage = Object.values(doc.rows.stage)[0]!;
  const lane = Object.values(doc.rows.lane).find((l) => l.kind === 'goals')!;
  return { journeyId: stage.journeyId, stageId: stage.id, laneId: lane.id };
}
