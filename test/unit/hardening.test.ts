import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_FILE, openLibrary } from '../../electron/db/open';
import { columnWidths } from '../../electron/export/pdf/table';
import { checkImageBytes, checkImageDataUrl } from '../../electron/images';
import { fileName } from '../../shared/domain/file-name';
import { ojfToOps, parseOjf } from '../../shared/domain/ojf';
import { toCsv, toMarkdownTable } from '../../shared/domain/tabular';
import type { WorkshopDoc } from '../../shared/model/ops';
import { DAMAGED_PNG_DATA_URL, dataUrl, pngOf, pngWithBadStream, pngWithHugeChunk } from '../helpers/images';
import { library, tempDir, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

describe('the picture gate', () => {
  it('lets a real PNG through with its size, and refuses one larger than 4096 pixels a side', () => {
    expect(checkImageBytes(pngOf(3, 2), 512 * 1024)).toEqual({ ok: true, mime: 'image/png', width: 3, height: 2 });
    expect(checkImageBytes(pngOf(4097, 1), 10 * 1024 * 1024)).toEqual({ ok: false, problem: 'too_large_pixels' });
  });

  it('refuses the PNG that crashed the report, one whose data inflates to the wrong size, and one claiming a 2 GB chunk', () => {
    expect(checkImageDataUrl(DAMAGED_PNG_DATA_URL, 512 * 1024)).toEqual({ ok: false, problem: 'damaged' });
    expect(checkImageBytes(pngWithBadStream(), 512 * 1024)).toEqual({ ok: false, problem: 'damaged' });
    expect(checkImageBytes(pngWithHugeChunk(), 512 * 1024)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses a picture whose declared type is not what its bytes are, and one too big', () => {
    expect(checkImageDataUrl(dataUrl(pngOf(2, 2), 'image/jpeg'), 512 * 1024)).toEqual({ ok: false, problem: 'not_an_image' });
    expect(checkImageDataUrl(dataUrl(Buffer.from('<svg onload=alert(1)>')), 512 * 1024)).toEqual({ ok: false, problem: 'not_an_image' });
    expect(checkImageBytes(pngOf(200, 200), 100)).toEqual({ ok: false, problem: 'too_big' });
  });

  it('stands between every stored picture and the library: a persona photo and the logo are refused with a message', () => {
    const { ok, call } = library();
    const w = ok('createWorkshop', { title: 'Pictures' });
    const persona = uid();
    const r = call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'persona', id: persona, values: { name: 'Sam', avatarKind: 'image', avatarImage: DAMAGED_PNG_DATA_URL } }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('damaged or incomplete') } });
    const good = dataUrl(pngOf(8, 8));
    expect(call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'persona', id: persona, values: { name: 'Sam', avatarKind: 'image', avatarImage: good } }] }).ok).toBe(true);
    expect(call('saveBranding', { name: '', contact: '', logo: DAMAGED_PNG_DATA_URL })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keeps a report from crashing on a picture that got into the library before the gate: it is left out, and said', async () => {
    const { ok, okLater, db } = library();
    const w = ok('createWorkshop', { title: 'Old picture' });
    const persona = uid();
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'persona', id: persona, values: { name: 'Sam' } }] });
    db.prepare(`UPDATE persona SET avatar_kind = 'image', avatar_image = ? WHERE id = ?`).run(DAMAGED_PNG_DATA_URL, persona);
    db.prepare(`INSERT OR REPLACE INTO app_setting (key, value) VALUES ('branding', ?)`).run(JSON.stringify({ name: '', contact: '', logo: DAMAGED_PNG_DATA_URL }));
    const report = await okLater('exportReport', { workshopId: w.id });
    expect(Buffer.from(report.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(report.warnings).toEqual(['The file was made without your logo and the photo of Sam: the picture could not be read. Choose it again to put it back.']);
    const actions = await okLater('exportActionList', { workshopId: w.id, format: 'pdf' });
    expect(actions.warnings).toHaveLength(1);
  });
});

describe('a shared workshop file', () => {
  it('leaves the facilitator’s private notes behind, and keeps the step’s timer', () => {
    const { ok } = library();
    const w = ok('createWorkshop', { title: 'Notes' });
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'stepState', id: uid(), values: { step: 'gaps', notes: 'Client CEO is sceptical, push on cost', timerSeconds: 600 } }] });
    const file = ok('exportWorkshopFile', { workshopId: w.id });
    const bytes = Buffer.from(file.content, 'base64');
    expect(bytes.includes(Buffer.from('sceptical'))).toBe(false);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'x.touchpoint'), bytes);
    const read = new Database(path.join(dir, 'x.touchpoint'), { readonly: true });
    expect(read.prepare('SELECT notes, timer_seconds FROM step_state').all()).toEqual([{ notes: '', timer_seconds: 600 }]);
    read.close();
  });
});

describe('ids', () => {
  it('are stored in lower case whatever case they arrive in, so a workshop always opens and never holds two spellings of one id', () => {
    const { ok, call } = library();
    const w = ok('createWorkshop', { title: 'Case' });
    const upper = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
    ok('applyOps', { workshopId: w.id.toUpperCase(), ops: [{ kind: 'create', entity: 'journey', id: upper, values: { name: 'J' } }] });
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'stage', id: uid(), values: { journeyId: upper, name: 'S' } }] });
    const doc = ok('openWorkshop', { id: w.id.toUpperCase() }) as WorkshopDoc;
    expect(Object.keys(doc.rows.journey)).toEqual([upper.toLowerCase()]);
    expect(Object.values(doc.rows.stage)[0]!.journeyId).toBe(upper.toLowerCase());
    expect(call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'journey', id: upper.toLowerCase(), values: { name: 'Again' } }] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('references inside a journey', () => {
  it('are refused when a note or touchpoint points at a stage or lane of another journey', () => {
    const { ok, call } = library();
    const w = ok('createWorkshop', { title: 'Journeys' });
    const [a, b, stageA, stageB] = [uid(), uid(), uid(), uid()];
    ok('applyOps', {
      workshopId: w.id,
      ops: [
        { kind: 'create', entity: 'journey', id: a, values: { name: 'A' } },
        { kind: 'create', entity: 'journey', id: b, values: { name: 'B' } },
        { kind: 'create', entity: 'stage', id: stageA, values: { journeyId: a, name: 'In A' } },
        { kind: 'create', entity: 'stage', id: stageB, values: { journeyId: b, name: 'In B' } },
      ],
    });
    const tp = uid();
    expect(call('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'touchpoint', id: tp, values: { journeyId: a, stageId: stageB, name: 'Crossed' } }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'That edit refers to a stage, lane or touchpoint of another journey.' },
    });
    ok('applyOps', { workshopId: w.id, ops: [{ kind: 'create', entity: 'touchpoint', id: tp, values: { journeyId: a, stageId: stageA, name: 'Right' } }] });
    expect(call('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'touchpoint', id: tp, patch: { stageId: stageB } }] }).ok).toBe(false);
  });
});

describe('exports for other programs', () => {
  it('quote CSV fields holding a semicolon or a tab, and defuse a formula after a separator as well as at the start', () => {
    const csv = toCsv(['a', 'b'], [['Review;=1+1', '=cmd'], ['tab\there', 'x,@SUM(A1)']]);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[1]).toBe(`"Review;'=1+1",'=cmd`);
    expect(lines[2]).toBe(`"tab\there","x,'@SUM(A1)"`);
  });

  it('show Markdown cells as typed: no HTML, no links, no images', () => {
    const md = toMarkdownTable(['a'], [['<img src=x onerror=alert(1)> [click](http://evil) ![p](http://evil/p.png) &amp;']]);
    expect(md).toContain('| &lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(http://evil\\) \\!\\[p\\]\\(http://evil/p.png\\) &amp;amp; |');
  });

  it('never name a file after a Windows device', () => {
    expect(fileName('CON', 'pdf')).toBe('CON-file.pdf');
    expect(fileName('aux', 'csv')).toBe('aux-file.csv');
    expect(fileName('Console review', 'pdf')).toBe('Console-review.pdf');
  });
});

describe('an .ojf file', () => {
  it('reads words from the file only as the table’s own keys: a sentiment of "constructor" is no score', () => {
    const parsed = parseOjf(
      JSON.stringify({
        version: '1.0',
        stages: [{ id: 1, name: 'Stage' }],
        swimlanes: [{ id: 't', name: 'Touchpoints' }, { id: 'n', name: 'Notes' }],
        nodes: [{ stageId: 1, swimlaneId: 't', title: 'Call', sentiment: 'constructor', purpose: '__proto__' }, { stageId: 1, swimlaneId: 'n', title: 'Note', severity: 'low', iconColor: 'constructor' }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const { ops } = ojfToOps(parsed.value, { journeyId: uid(), position: 1, name: 'Proto', personas: [] }, uid);
    const scores = ops.filter((op) => op.kind === 'create' && op.entity === 'emotion');
    expect(scores).toEqual([]);
    const colours = ops.flatMap((op) => (op.kind === 'create' && op.entity === 'note' ? [op.values.color] : []));
    expect(colours.every((c) => typeof c === 'string')).toBe(true);
  });
});

describe('files on disk', () => {
  it('are readable by their owner alone: the data folder, the library and its backups', () => {
    if (process.platform === 'win32') return;
    const dir = path.join(tempDir(), 'fresh');
    const { db } = openLibrary(dir);
    db.close();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, LIBRARY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('move a damaged library aside with its -wal and -shm, so the fresh one replays nothing old', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LIBRARY_FILE), 'garbage that is not a database at all, long enough to have a header..........................................................');
    fs.writeFileSync(path.join(dir, `${LIBRARY_FILE}-wal`), 'old wal');
    const opened = openLibrary(dir);
    opened.db.close();
    expect(opened.movedAsideTo).not.toBeNull();
    expect(fs.readFileSync(`${opened.movedAsideTo}-wal`, 'utf8')).toBe('old wal');
  });
});

describe('one import at a time', () => {
  it('refuses a second import while the first is being read, and takes it after', async () => {
    const a = library();
    const w = a.ok('createWorkshop', { title: 'Source' });
    a.ok('applyOps', { workshopId: w.id, ops: sampleWorkshopOps(uid).ops });
    const file = a.ok('exportWorkshopFile', { workshopId: w.id });
    const b = library();
    b.ok('createWorkshop', { title: 'Already here' }); // (the test clocks of both libraries make the same ids)
    const first = b.callLater('importWorkshopFile', { fileName: 'x.touchpoint', content: file.content });
    const second = await b.callLater('importWorkshopFile', { fileName: 'x.touchpoint', content: file.content });
    expect(second).toMatchObject({ ok: false, error: { message: 'Another workshop file is being imported. Wait for it to finish, then try again.' } });
    const landed = await first;
    expect(landed, JSON.stringify(landed)).toMatchObject({ ok: true });
    const again = await b.callLater('importWorkshopFile', { fileName: 'x.touchpoint', content: file.content });
    expect(again, JSON.stringify(again)).toMatchObject({ ok: true });
  });
});

describe('table columns in a PDF', () => {
  it('are widened to their longest word, paid for by the others, so no ordinary word breaks inside', () => {
    const widths = columnWidths(400, [1, 1, 1, 1], [20, 150, 20, 20]);
    expect(widths[1]).toBeGreaterThanOrEqual(150 + 10);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 5);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(30);
  });

  it('keep their weights when nothing needs room, and give up when no arrangement can fit every word', () => {
    expect(columnWidths(400, [1, 3], [10, 10])).toEqual([100, 300]);
    expect(columnWidths(100, [1, 1], [90, 90])).toEqual([50, 50]);
  });
});
