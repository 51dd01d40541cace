import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/domain/csv';
import { interviewOps } from '../../shared/domain/interview';
import { parseTemplate } from '../../shared/domain/templates';
import { tiles } from '../../shared/layout/tiles';
import { library, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';
import { DAMAGED_PNG_DATA_URL, dataUrl, pngOf } from '../helpers/images';

/** The text of a PDF as pdftotext (poppler-utils) reads it, page breaks as form feeds. */
function pdfText(base64: string, layout = false): string {
  return pdfRaw(base64, layout).replace(/[ \t\n]+/g, ' ');
}

function pdfRaw(base64: string, layout: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-pdf-'));
  const file = path.join(dir, 'out.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  try {
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function sample() {
  const lib = library();
  const w = lib.ok('createWorkshop', { title: 'Support renewal', client: 'Brightsmile Dental' });
  lib.ok('applyOps', {
    workshopId: w.id,
    ops: [{ kind: 'update', entity: 'workshop', id: w.id, patch: { facilitator: 'Alex Moreau', workshopDate: '2026-11-20', vision: 'Every patient feels looked after.' } }],
  });
  const { ids, ops } = sampleWorkshopOps(uid);
  lib.ok('applyOps', { workshopId: w.id, ops });
  return { ...lib, workshopId: w.id as string, ids };
}

describe('the action list as CSV', () => {
  it('reads back, through a CSV parser, as the rows that were stored', async () => {
    const { okLater, workshopId } = sample();
    const file = await okLater('exportActionList', { workshopId, format: 'csv' });
    const parsed = parseCsv(file.content.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.header).toEqual(['Action', 'Owner', 'Team', 'Due', 'Status', 'Impact', 'Effort', 'Quadrant', 'Wow moment', 'Closes gaps', 'Metric', 'Details']);
    expect(parsed.value.records.map((r) => r.cells)).toEqual([
      ['Call-back service', 'Dana Lee', 'Service & support', '2027-01-31', 'In progress', '5', '2', 'Quick wins', '', 'Long holds on the phone', 'CSAT (satisfaction) · Ask for help → Phone line', 'Offer a call-back instead of holding'],
      ['Handwritten thank-you card', 'Sam', '', '2027-02-15', 'Not started', '3', '1', 'Quick wins', 'Yes', '', '', ''],
    ]);
  });
});

describe('the action list as XLSX', () => {
  it('is a real spreadsheet: bold frozen header, a filter, widths, dates as dates and scores as numbers', async () => {
    const { okLater, workshopId } = sample();
    const file = await okLater('exportActionList', { workshopId, format: 'xlsx' });
    expect(file.fileName).toBe('Brightsmile-Dental-Support-renewal-actions.xlsx');
    expect(file.encoding).toBe('base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.content, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Actions')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Action');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.rowCount).toBe(3);
    const due = sheet.getRow(2).getCell(5).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe('2027-01-31');
    expect(sheet.getRow(2).getCell(7).value).toBe(5);
    expect(sheet.getRow(3).getCell(10).value).toBe('Yes');
  });
});

describe('the action list as PDF', () => {
  it('has a cover with client, workshop, date and facilitator, then the actions with owners, dates, status and gaps', async () => {
    const { okLater, ok, workshopId } = sample();
    ok('saveBranding', { name: 'Moreau CX Consulting', contact: 'alex@moreau.example', logo: '' });
    const file = await okLater('exportActionList', { workshopId, format: 'pdf' });
    expect(file.mimeType).toBe('application/pdf');
    const pages = pdfText(file.content).split('\f');
    expect(pages[0]).toContain('Support renewal');
    expect(pages[0]).toContain('Brightsmile Dental');
    expect(pages[0]).toContain('20 November 2026');
    expect(pages[0]).toContain('Alex Moreau');
    expect(pages[0]).toMatch(/PREPARED BY .*Moreau CX Consulting/);
    expect(pages[0]).toContain('alex@moreau.example');
    const table = pages.slice(1).join('\n');
    for (const text of ['Call-back service', 'Dana Lee', '31 Jan 2027', 'In progress', 'Long holds on the phone', 'Handwritten thank-you card', 'Not started']) {
      expect(table).toContain(text);
    }
    expect(pages[1]).toMatch(/2 ?\/ ?2/);
  });
});

describe('the workshop report PDF', () => {
  it('holds setup, personas, the journey map, the blueprint, gaps, actions and the measurement plan as text, with page numbers', async () => {
    const { okLater, workshopId } = sample();
    const file = await okLater('exportReport', { workshopId });
    expect(file.fileName).toBe('Brightsmile-Dental-Support-renewal-report.pdf');
    const pages = pdfText(file.content).split('\f').filter((p) => p.trim());
    const find = (text: string) => pages.findIndex((p) => p.includes(text));
    expect(find('Every patient feels looked after.')).toBe(0); // the vision, in the summary on the cover
    expect(find('At a glance')).toBe(0);
    const personas = find('Priya the practice manager');
    expect(personas).toBeGreaterThanOrEqual(0);
    expect(find('Get through to a human quickly')).toBeGreaterThan(personas); // a sticky note on the map
    expect(find('Agent checks the booking system')).toBeGreaterThan(find('Get through to a human quickly')); // blueprint
    expect(find('Line of visibility')).toBe(find('Agent checks the booking system'));
    const gaps = find('Long holds on the phone');
    expect(pages[gaps]).toContain('Generic follow-up');
    expect(find('Offer a call-back instead of holding')).toBeGreaterThan(gaps);
    const plan = find('Measurement plan');
    expect(pages[plan]).toContain('CSAT (satisfaction)');
    expect(pages[plan]).toContain('40%');
    expect(pages[plan]).toContain('75%');
    expect(pages[plan]).toContain('60% (Nov 2026)'); // the value now, from the survey, with its period
    expect(pages[plan]).toContain('57% of the way to the target');
    expect(pages.at(-1)).toMatch(new RegExp(`${pages.length} ?/ ?${pages.length}`));
  });

  it('says the journey in words after its map: the point of view, and each item’s description, score, sentiment, severity and tags', async () => {
    const { ok, okLater, workshopId, ids } = sample();
    ok('applyOps', {
      workshopId,
      ops: [
        { kind: 'update', entity: 'journey', id: ids.journey, patch: { pointOfView: 'A clinic manager whose booking system is down' } },
        { kind: 'update', entity: 'touchpoint', id: ids.t1, patch: { description: 'The only number on the website', severity: 'high' } },
        { kind: 'create', entity: 'note', id: uid(), values: { journeyId: ids.journey, stageId: ids.s2, laneId: ids.goals, text: 'Know it will not happen again', score: -0.8, sentiment: 'wary', tags: ['Trust'], position: 1 } },
      ],
    });
    const file = await okLater('exportReport', { workshopId });
    const pages = pdfText(file.content).split('\f');
    const words = pages.findIndex((p) => p.includes('The journey in words: Support journey'));
    expect(words).toBeGreaterThan(pages.findIndex((p) => p.includes('Get through to a human quickly')));
    const page = pages[words]!.replace(/\s+/g, ' ');
    expect(page).toContain('A clinic manager whose booking system is down');
    expect(page).toContain('The only number on the website');
    expect(page).toContain('Severity: High');
    expect(page).toMatch(/Know it will not happen again.*Emotion score −0\.8 · wary · .*Tags: Trust/);
    const outline = (await okLater('reportOutline', { workshopId })) as { key: string; first: number; last: number }[];
    expect(outline.find((s) => s.key === `details:${ids.journey}`)).toMatchObject({ first: words + 1 });
  });

  it('for a self-assessment is the owner’s short plan: what hurts most, three things to do first, what to measure, and no facilitator wording', async () => {
    const templates = fs.readdirSync('resources/templates').map((f) => parseTemplate(JSON.parse(fs.readFileSync(`resources/templates/${f}`, 'utf8'))));
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Self-assessment' });
    const doc = lib.ok('openWorkshop', { id: w.id });
    const answers = {
      business: 'Spokes, a bike repair shop',
      industry: 'local',
      customer: 'Commuters',
      goal: 'Ride to work tomorrow',
      steps: JSON.stringify([{ id: 'a', name: 'Drop-off' }, { id: 'b', name: 'Quote' }, { id: 'c', name: 'Pick-up' }]),
      'step:a:complaints': 'Queue at the counter at 8 am',
      'step:a:feel': '2',
      'step:b:complaints': 'Nobody called with the price',
      'step:b:feel': '1',
      'step:c:praise': 'Bike runs like new',
      'step:c:feel': '5',
      'step:c:moment': 'yes',
    };
    const state = { at: 0, answers, done: true };
    const { ops, built } = interviewOps(doc, state, templates, uid);
    lib.ok('applyOps', { workshopId: w.id, ops: [...ops, { kind: 'update', entity: 'workshop', id: w.id, patch: { interview: JSON.stringify({ ...state, built }) } }] });
    const file = await lib.okLater('exportReport', { workshopId: w.id });
    const text = pdfText(file.content);
    const first = text.split('\f')[0]!.replace(/\s+/g, ' ');
    expect(first).toContain('YOUR CUSTOMER EXPERIENCE PLAN');
    expect(first).toMatch(/What hurts most.*Nobody called with the price.*The three things to do first.*Quote: .*What to measure.*CES \(customer effort\) at .*CSAT \(satisfaction\) at Pick-up, aiming for 80%/);
    for (const word of [/workshop/i, /facilitat/i, /\broom\b/i, /\bdots?\b/i, /\bvot/i, /\bclient/i, /participant/i]) expect(text).not.toMatch(word);
  });

  it('keeps every sticky note whole when the map needs more than one page', async () => {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Wide map' });
    const j = uid();
    const lane = uid();
    const stages = Array.from({ length: 9 }, () => uid());
    lib.ok('applyOps', {
      workshopId: w.id,
      ops: [
        { kind: 'create', entity: 'journey', id: j, values: { name: 'Long journey' } },
        { kind: 'create', entity: 'lane', id: lane, values: { journeyId: j, kind: 'actions', name: 'Doing' } },
        ...stages.map((id, i) => ({ kind: 'create', entity: 'stage', id, values: { journeyId: j, name: `Stage ${i + 1}`, position: i } })),
        ...stages.map((stageId, i) => ({ kind: 'create', entity: 'note', id: uid(), values: { journeyId: j, stageId, laneId: lane, text: `Step number ${i + 1} done` } })),
      ],
    });
    const text = pdfText((await lib.okLater('exportReport', { workshopId: w.id })).content);
    const mapPages = text.split('\f').filter((p) => p.includes('Journey map: Long journey'));
    // An overview of the whole map, then detail pages at a legible size, each naming its stages.
    expect(mapPages.length).toBe(4);
    expect(mapPages[0]).toContain('the whole map');
    for (let i = 1; i <= 9; i++) expect(text).toContain(`Step number ${i} done`);
    expect(mapPages[1]).toMatch(/stages 1–3 of 9/);
    expect(mapPages[1]).toContain('Stage 1');
    expect(mapPages[3]).toContain('Stage 9');
    expect(mapPages[3]).toContain('Doing'); // lane names repeat on every page
  });
});

describe('the report outline', () => {
  it('says how many pages each section takes: the very pages of the PDF, long tables included', async () => {
    const { okLater, ok, workshopId, ids } = sample();
    // Enough actions that their table runs over several landscape pages.
    ok('applyOps', {
      workshopId,
      ops: Array.from({ length: 90 }, (_, i) => ({ kind: 'create', entity: 'action', id: uid(), values: { title: `Follow-up action ${i + 1}`, owner: 'Dana Lee', dueDate: '2027-03-01', position: 10 + i } })),
    });
    const outline: { key: string; first: number; last: number }[] = await okLater('reportOutline', { workshopId });
    expect(outline.map((s) => s.key).filter((k) => k !== 'notes')).toEqual(['cover', 'summary', 'setup', 'heard', 'personas', `map:${ids.journey}`, `blueprint:${ids.journey}`, 'gaps', 'actions', 'measure']);
    const pages = pdfText((await okLater('exportReport', { workshopId })).content).split('\f').filter((p) => p.trim());
    expect(Math.max(...outline.map((s) => s.last))).toBe(pages.length);
    const actions = outline.find((s) => s.key === 'actions')!;
    expect(actions.last).toBeGreaterThan(actions.first);
    expect(pages[actions.first - 1]).toContain('Action list');
    expect(pages[actions.last - 1]).toContain('Follow-up action 90');
    // The section that follows starts on the page the outline says.
    const measure = outline.find((s) => s.key === 'measure')!;
    expect(pages[measure.first - 1]).toContain('Measurement plan');
  });
});

describe('branding', () => {
  it('keeps the consultant’s name, contact and a checked logo', () => {
    const { ok } = library();
    expect(ok('getBranding', {})).toEqual({ name: '', contact: '', logo: '' });
    const png = dataUrl(pngOf(40, 20));
    ok('saveBranding', { name: ' Moreau CX ', contact: 'alex@moreau.example', logo: png });
    expect(ok('getBranding', {})).toEqual({ name: 'Moreau CX', contact: 'alex@moreau.example', logo: png });
  });

  it('refuses a logo whose bytes are not the image it claims, or one that is too big', () => {
    const { call } = library();
    const fake = 'data:image/png;base64,' + Buffer.from('<svg onload=alert(1)>').toString('base64');
    expect(call('saveBranding', { name: '', contact: '', logo: fake })).toMatchObject({ ok: false, error: { message: 'The logo must be a PNG or JPEG image.' } });
    const svg = 'data:image/svg+xml;base64,' + Buffer.from('<svg/>').toString('base64');
    expect(call('saveBranding', { name: '', contact: '', logo: svg })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const big = 'data:image/jpeg;base64,' + Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(600 * 1024)]).toString('base64');
    expect(call('saveBranding', { name: '', contact: '', logo: big })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the workshop file (.touchpoint)', () => {
  const toFile = (base64: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-wf-'));
    const file = path.join(dir, 'w.touchpoint');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    return file;
  };

  it('round-trips: imported into another library, the workshop is equal to the original, ids and all', async () => {
    const a = sample();
    const original = a.ok('openWorkshop', { id: a.workshopId });
    const file = a.ok('exportWorkshopFile', { workshopId: a.workshopId });
    expect(file.fileName).toBe('Brightsmile-Dental-Support-renewal.touchpoint');
    const b = library();
    const imported = await b.okLater('importWorkshopFile', { fileName: file.fileName, content: file.content });
    expect(imported.id).toBe(a.workshopId);
    const copy = b.ok('openWorkshop', { id: imported.id });
    // Revisions and batch numbers are the library's bookkeeping: an imported row starts afresh.
    const content = (rows: Record<string, Record<string, Record<string, unknown>>>) =>
      Object.fromEntries(Object.entries(rows).map(([e, t]) => [e, Object.fromEntries(Object.entries(t).map(([id, { rev: _r, ...row }]) => [id, row]))]));
    expect(content(copy.rows)).toEqual(content(original.rows));
    const { updatedAt: _u1, createdAt: _c1, rev: _r1, lastSeq: _s1, ...w1 } = original.workshop;
    const { updatedAt: _u2, createdAt: _c2, rev: _r2, lastSeq: _s2, ...w2 } = copy.workshop;
    expect(w2).toEqual(w1);
  });

  it('lands as a new copy under new ids when the workshop is already in the library, changing nothing there', async () => {
    const a = sample();
    const before = a.ok('openWorkshop', { id: a.workshopId });
    const file = a.ok('exportWorkshopFile', { workshopId: a.workshopId });
    const imported = await a.okLater('importWorkshopFile', { fileName: file.fileName, content: file.content });
    expect(imported.id).not.toBe(a.workshopId);
    expect(imported.title).toBe('Support renewal (imported copy)');
    expect(a.ok('openWorkshop', { id: a.workshopId })).toEqual(before);
    const copy = a.ok('openWorkshop', { id: imported.id });
    const names = (doc: typeof before) => (Object.values(doc.rows.note) as { text: string }[]).map((n) => n.text);
    expect(names(copy)).toEqual(names(before));
    expect(Object.keys(copy.rows.action).some((id) => id in before.rows.action)).toBe(false);
    // references point at the copies
    const link = Object.values(copy.rows.actionGap)[0] as { actionId: string; gapId: string };
    expect(copy.rows.action[link.actionId]).toBeTruthy();
    expect(copy.rows.gap[link.gapId]).toBeTruthy();
  });

  it('carries nothing deleted: no bytes of removed rows or of other workshops', () => {
    const a = sample();
    const secret = uid();
    a.ok('applyOps', { workshopId: a.workshopId, ops: [{ kind: 'create', entity: 'persona', id: secret, values: { name: 'Confidential-Marker-Persona' } }] });
    a.ok('applyOps', { workshopId: a.workshopId, ops: [{ kind: 'delete', entity: 'persona', id: secret }] });
    const other = a.ok('createWorkshop', { title: 'Other-Client-Secret-Title' });
    void other;
    const bytes = Buffer.from(a.ok('exportWorkshopFile', { workshopId: a.workshopId }).content, 'base64');
    expect(bytes.includes(Buffer.from('Confidential-Marker-Persona'))).toBe(false);
    expect(bytes.includes(Buffer.from('Other-Client-Secret-Title'))).toBe(false);
    expect(bytes.includes(Buffer.from('Priya the practice manager'))).toBe(true);
  });

  function tampered(change: (db: Database.Database) => void): string {
    const a = sample();
    const file = toFile(a.ok('exportWorkshopFile', { workshopId: a.workshopId }).content);
    const db = new Database(file);
    change(db);
    db.close();
    return fs.readFileSync(file).toString('base64');
  }

  it.each([
    ['a trigger', (db: Database.Database) => db.exec(`CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END`), 'triggers or views'],
    ['a view', (db: Database.Database) => db.exec(`CREATE VIEW v AS SELECT * FROM note`), 'triggers or views'],
    ['a recursive view', (db: Database.Database) => db.exec(`CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n`), 'triggers or views'],
    ['a view calling a function', (db: Database.Database) => db.exec(`CREATE VIEW probe AS SELECT load_extension('evil') AS x`), 'triggers or views'],
    ['an unknown table', (db: Database.Database) => db.exec(`CREATE TABLE payload (x)`), 'a table Touchpoint does not know (payload)'],
    ['a newer format', (db: Database.Database) => db.pragma('user_version = 9999'), 'newer Touchpoint'],
    ['a bad value', (db: Database.Database) => { db.pragma('ignore_check_constraints = ON'); db.exec(`UPDATE gap SET intended_score = 99`); }, 'cannot accept (gap'],
    ['a huge blob', (db: Database.Database) => db.prepare(`UPDATE persona SET bio = ?`).run('x'.repeat(30 * 1024 * 1024)), 'far larger than Touchpoint ever stores'],
    ['a broken reference', (db: Database.Database) => { db.pragma('foreign_keys = OFF'); db.exec(`UPDATE action_gap SET gap_id = '99999999-9999-4999-8999-999999999999'`); }, 'Nothing was imported'],
    ['a damaged picture', (db: Database.Database) => db.prepare(`UPDATE persona SET avatar_kind = 'image', avatar_image = ?`).run(DAMAGED_PNG_DATA_URL), 'damaged or incomplete'],
    ['a table changed from ours', (db: Database.Database) => db.exec(`ALTER TABLE note ADD COLUMN payload TEXT`), 'did not make that way (note)'],
    [
      'more rows of one kind than a workshop file may hold',
      (db: Database.Database) =>
        db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001)
                 INSERT INTO participant (id, workshop_id, name) SELECT printf('00000000-0000-4000-8000-%012d', i), (SELECT id FROM workshop), 'P' || i FROM n`),
      'more participant rows than a workshop file may (at most 10,000)',
    ],
  ])('refuses a file with %s, leaving the library as it was', async (_what, change, message) => {
    const content = tampered(change);
    const b = library();
    const keep = b.ok('createWorkshop', { title: 'Mine' });
    const before = fs.readFileSync(path.join(b.dir, 'touchpoint.db'));
    const r = await b.callLater('importWorkshopFile', { fileName: 'x.touchpoint', content });
    expect(r).toMatchObject({ ok: false, error: { code: expect.stringMatching(/invalid_input|not_found/) } });
    if (r.ok === false && r.error.code === 'invalid_input') expect(r.error.message).toContain(message);
    expect(b.ok('listWorkshops', {}).map((w: { id: string }) => w.id)).toEqual([keep.id]);
    expect(fs.readFileSync(path.join(b.dir, 'touchpoint.db')).equals(before)).toBe(true);
  });

  it.each([
    ['garbage bytes', Buffer.from('this is not a database at all, just some text that goes on for a while '.repeat(4))],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated file', Buffer.from('SQLite format 3\u0000')],
    // Read naively, these bytes would be "format 2021161080, from a newer Touchpoint".
    ['the SQLite magic followed by garbage', Buffer.from(`SQLite format 3\u0000${'x'.repeat(200)}`)],
  ])('refuses %s with a clear message', async (_what, bytes) => {
    const b = library();
    expect(await b.callLater('importWorkshopFile', { fileName: 'x.touchpoint', content: bytes.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That is not a Touchpoint workshop file.' },
    });
  });

  it('imports a file written by an older Touchpoint, bringing its rows up to date', async () => {
    const { MIGRATIONS, migrate } = await import('../../electron/db/migrations');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-wf-'));
    const file = path.join(dir, 'old.touchpoint');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 2)); // the format of version 20
    old.pragma('application_id = 0x54505753');
    const w = '44444444-4444-4444-8444-444444444444';
    old.prepare(`INSERT INTO workshop (id, title, client, created_at, updated_at) VALUES (?, 'Old review', 'Northwind', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`).run(w);
    old.prepare(`INSERT INTO participant (id, workshop_id, name) VALUES ('44444444-4444-4444-8444-444444444445', ?, 'Dana')`).run(w);
    old.pragma('journal_mode = DELETE');
    old.close();
    const b = library();
    const imported = await b.okLater('importWorkshopFile', { fileName: 'old.touchpoint', content: fs.readFileSync(file).toString('base64') });
    expect(imported).toMatchObject({ id: w, title: 'Old review', client: 'Northwind', round: 1 });
    expect(Object.values(b.ok('openWorkshop', { id: w }).rows.participant)).toMatchObject([{ name: 'Dana' }]);
  });

  it('refuses a plain SQLite database that is not a workshop file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-wf-'));
    const db = new Database(path.join(dir, 'x.db'));
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    db.close();
    const b = library();
    const r = await b.callLater('importWorkshopFile', { fileName: 'x.db', content: fs.readFileSync(path.join(dir, 'x.db')).toString('base64') });
    expect(r).toMatchObject({ ok: false, error: { message: 'That is not a Touchpoint workshop file.' } });
  });
});

describe('cutting a map into pages', () => {
  const grid = (cols: number, rowHeights: number[]) => ({ columns: Array.from({ length: cols }), rows: rowHeights.map((height) => ({ height })) });

  it('shares the columns out evenly over as few pages as keep text readable', () => {
    expect(tiles(grid(4, [100])).map((t) => t.cols)).toEqual([[0, 3]]);
    expect(tiles(grid(6, [100])).map((t) => t.cols)).toEqual([[0, 2], [3, 5]]);
    expect(tiles(grid(11, [100])).map((t) => t.cols)).toEqual([[0, 3], [4, 7], [8, 10]]);
  });

  it('cuts between rows, never through one, when the rows are taller than a page', () => {
    const pages = tiles(grid(2, [450, 450, 450, 450]));
    expect(pages.map((t) => t.rows)).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
    expect(tiles(grid(2, [3000])).map((t) => t.rows)).toEqual([[0, 0]]);
  });

  it('has no pages for a journey without stages', () => {
    expect(tiles(grid(0, [100]))).toEqual([]);
  });
});
