import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../helpers/workshop';
import { dataDirArg, defaultDataDir, resolveDataDir } from '../../electron/data-dir';
import { restoreBounds } from '../../electron/window-state';
import { setupProgress } from '../../shared/domain/setup-progress';
import { emptyHistory, endBurst, record, takeRedo, takeUndo } from '../../shared/model/history';
import { emptyTables, type Op } from '../../shared/model/ops';
import { matchesSearch } from '../../renderer/library/search';
import { formatDate, formatEdited } from '../../renderer/format';
import { visionExample } from '../../renderer/steps/Setup/vision-example';
import { checkField } from '../../shared/model/validate';

const op = (n: number): Op => ({ kind: 'update', entity: 'workshop', id: 'w', patch: { client: String(n) } });

describe('the undo history', () => {
  it('folds a typing burst on one field into one step holding the first before and the last after, however slow the typing', () => {
    let h = record(emptyHistory(), [op(1)], [op(0)], 1000, 'workshop:w:client');
    h = record(h, [op(2)], [op(1)], 60_000, 'workshop:w:client');
    h = record(h, [op(3)], [op(2)], 600_000, 'workshop:w:client');
    expect(h.undo).toHaveLength(1);
    expect(h.undo[0]!.ops).toEqual([op(3)]);
    expect(h.undo[0]!.inverse).toEqual([op(0)]);
  });

  it('starts a new step on another field, or once the control was left', () => {
    let h = record(emptyHistory(), [op(1)], [op(0)], 0, 'a');
    h = record(h, [op(2)], [op(1)], 1, 'b');
    h = record(h, [op(3)], [op(2)], 2, 'a');
    h = endBurst(h);
    h = record(h, [op(4)], [op(3)], 3, 'a');
    expect(h.undo).toHaveLength(4);
  });

  it('keeps a create and the typing that follows it in one step whose inverse removes the row', () => {
    const create: Op = { kind: 'create', entity: 'note', id: 'n', values: { text: 'a' } };
    const type = (text: string): Op => ({ kind: 'update', entity: 'note', id: 'n', patch: { text } });
    let h = record(emptyHistory(), [create], [{ kind: 'delete', entity: 'note', id: 'n' }], 0, 'note:n:text');
    h = record(h, [type('ab')], [type('a')], 1, 'note:n:text');
    h = record(h, [type('abc')], [type('ab')], 2, 'note:n:text');
    expect(h.undo).toHaveLength(1);
    expect(h.undo[0]!.ops).toEqual([create, type('abc')]);
    expect(h.undo[0]!.inverse).toEqual([type('a'), { kind: 'delete', entity: 'note', id: 'n' }]);
  });

  it('moves steps between undo and redo, and a new edit clears redo', () => {
    const h = record(emptyHistory(), [op(1)], [op(0)], 0);
    const u = takeUndo(h)!;
    expect(u.entry.inverse).toEqual([op(0)]);
    expect(u.history.redo).toHaveLength(1);
    const r = takeRedo(u.history)!;
    expect(r.entry.ops).toEqual([op(1)]);
    expect(r.history.undo).toHaveLength(1);
    expect(record(u.history, [op(5)], [op(4)], 10).redo).toEqual([]);
    expect(takeUndo(emptyHistory())).toBeNull();
  });
});

describe('the data folder', () => {
  it('is the one Electron uses for an app called Touchpoint', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Touchpoint');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Touchpoint');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Touchpoint');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Touchpoint');
  });

  it('can be chosen with --data-dir or TOUCHPOINT_DATA_DIR, the flag winning', () => {
    expect(dataDirArg(['node', 'x', '--data-dir', '/a'])).toBe('/a');
    expect(dataDirArg(['--data-dir=/b'])).toBe('/b');
    expect(resolveDataDir(['--data-dir', '/flag'], { TOUCHPOINT_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir([], { TOUCHPOINT_DATA_DIR: '/env' })).toBe('/env');
  });
});

describe('restoring the window', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };
  it('reopens where it was when that is on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 800 }, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });
  it('falls back to a centred default when the display it was on is gone', () => {
    expect(restoreBounds({ x: 3000, y: 50, width: 1200, height: 800 }, [screen])).toEqual({ width: 1280, height: 820 });
  });
  it('never restores smaller than usable', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 100, height: 100 }, [screen])).toMatchObject({ width: 800, height: 560 });
  });
});

describe('setup progress', () => {
  const workshop = blankWorkshop();
  it('counts what the facilitator has agreed and names what is missing', () => {
    const p = setupProgress({ ...workshop, client: 'Acme', vision: 'Resolved first time' }, emptyTables());
    expect(p).toEqual({ done: 2, total: 7, missing: ['date', 'facilitator', 'industry', 'participants', 'scope'] });
  });
  it('needs a participant with a name, not just an empty row', () => {
    const rows = emptyTables();
    rows.participant.p = { id: 'p', workshopId: 'w', name: '  ', role: '', position: 1 };
    expect(setupProgress(workshop, rows).missing).toContain('participants');
  });
});

describe('small screen rules', () => {
  it('search matches every word in title, client or facilitator, ignoring case and accents', () => {
    const w = { title: 'Onboarding review', client: 'Société Générale', facilitator: 'Sam' };
    expect(matchesSearch(w, 'societe onboard')).toBe(true);
    expect(matchesSearch(w, 'sam')).toBe(true);
    expect(matchesSearch(w, 'renewal')).toBe(false);
    expect(matchesSearch(w, '  ')).toBe(true);
  });

  it('dates read as people write them, and edits as how long ago', () => {
    expect(formatDate('2026-12-03', 'en-GB')).toBe('3 Dec 2026');
    expect(formatDate(null)).toBeNull();
    const now = new Date('2026-11-23T15:00:00');
    expect(formatEdited(new Date('2026-11-23T14:59:40').toISOString(), now)).toBe('just now');
    expect(formatEdited(new Date('2026-11-23T14:55:00').toISOString(), now)).toBe('5 minutes ago');
    expect(formatEdited(new Date('2026-11-23T12:00:00').toISOString(), now)).toBe('3 hours ago');
    expect(formatEdited(new Date('2026-11-22T18:00:00').toISOString(), now)).toBe('yesterday');
    expect(formatEdited(new Date('2026-10-02T18:00:00').toISOString(), now, 'en-GB')).toBe('2 Oct 2026');
  });

  it('the example vision fills an empty one and is added beside words already written', () => {
    expect(visionExample('', 'healthcare')).toMatch(/^Patients/);
    expect(visionExample('', null)).toMatch(/^Customers feel understood/);
    expect(visionExample('Our own words.', 'retail')).toMatch(/^Our own words\.\n\nShoppers/);
    const once = visionExample('', 'retail');
    expect(visionExample(once, 'retail')).toBe(once);
  });

  it('a field check answers with the same sentence main would', () => {
    expect(checkField('workshop', 'title', '')).toBe('Give the workshop a title.');
    expect(checkField('workshop', 'client', 'x'.repeat(201))).toBe('Too long: at most 200 characters.');
    expect(checkField('workshop', 'workshopDate', '2026-02-30')).toBe('Use a real date (YYYY-MM-DD).');
    expect(checkField('workshop', 'workshopDate', null)).toBeNull();
    expect(checkField('participant', 'name', 'Ana')).toBeNull();
  });
});

describe('file names made from what people typed', () => {
  it('keep letters, digits and dashes, fold accents, and are never empty', async () => {
    const { fileName } = await import('../../shared/domain/file-name');
    expect(fileName('Café Nord, Inc. — Q3 review', 'pdf')).toBe('Cafe-Nord-Inc-Q3-review.pdf');
    expect(fileName('../../etc/passwd', 'csv')).toBe('etcpasswd.csv');
    expect(fileName('🙂 ', 'png')).toBe('touchpoint.png');
  });
});
