/**
 * `npm run bench`: each case beside its bare baseline, so the cost of our layers (validation,
 * scoping checks, the generic row codec) is visible as a ratio. Medians of several runs.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/dispatch';
import { startLibrary, type RunningLibrary } from '../../electron/library';
import { importWorker } from '../helpers/import-worker';
import type { Op } from '../../shared/model/ops';

// BENCH_RUNS=1 makes a quick pass that only proves every case still runs (the smoke test does
// that in npm test); the numbers worth reading come from the default.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const FEW = Math.min(5, RUNS);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const times: number[] = [];
  fn(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function freshLibrary(): RunningLibrary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-'));
  return startLibrary({ dataDir: dir, shell: 'web', version: 'bench', importWorker });
}

function journey(lib: RunningLibrary) {
  const w = lib.handlers.createWorkshop({ title: 'Bench' });
  const journeyId = randomUUID();
  const stageId = randomUUID();
  const laneId = randomUUID();
  lib.handlers.applyOps({
    workshopId: w.id,
    ops: [
      { kind: 'create', entity: 'journey', id: journeyId, values: { name: 'J' } },
      { kind: 'create', entity: 'stage', id: stageId, values: { journeyId, name: 'S' } },
      { kind: 'create', entity: 'lane', id: laneId, values: { journeyId, kind: 'actions' } },
    ],
  });
  return { workshopId: w.id, journeyId, stageId, laneId };
}

const noteOps = (n: number, j: ReturnType<typeof journey>): Op[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'create' as const,
    entity: 'note' as const,
    id: randomUUID(),
    values: { journeyId: j.journeyId, stageId: j.stageId, laneId: j.laneId, text: `Note ${i}`, position: i },
  }));

const rows: [string, number, number][] = [];
let roomLine = '';

// 1. Saving 1,000 new notes in one batch: the full seam (parse, scope checks, insert, read back).
{
  const lib = freshLibrary();
  const j = journey(lib);
  const ours = time(() => {
    const r = dispatch(lib.handlers, 'applyOps', { workshopId: j.workshopId, ops: noteOps(1000, j) });
    if (r instanceof Promise || !r.ok) throw new Error('applyOps did not answer at once with success');
  });
  const db = lib.library.db as Database.Database;
  const insert = db.prepare(
    `INSERT INTO note (id, workshop_id, journey_id, stage_id, lane_id, text, color, position) VALUES (?, ?, ?, ?, ?, ?, 'yellow', ?)`,
  );
  const bare = time(() => {
    db.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(randomUUID(), j.workshopId, j.journeyId, j.stageId, j.laneId, `Note ${i}`, i);
    })();
  });
  rows.push(['save 1,000 notes in one batch (applyOps)', ours, bare]);
  lib.close();
}

// 2. One keystroke: a single-field update, as typing produces.
{
  const lib = freshLibrary();
  const j = journey(lib);
  let n = 0;
  const ours = time(() => {
    for (let i = 0; i < 100; i++) {
      dispatch(lib.handlers, 'applyOps', { workshopId: j.workshopId, ops: [{ kind: 'update', entity: 'workshop', id: j.workshopId, patch: { vision: `v${n++}` } }] });
    }
  });
  const db = lib.library.db as Database.Database;
  const upd = db.prepare('UPDATE workshop SET vision = ? WHERE id = ?');
  const bare = time(() => {
    for (let i = 0; i < 100; i++) db.transaction(() => upd.run(`v${n++}`, j.workshopId))();
  });
  rows.push(['100 single-field edits, one transaction each', ours, bare]);
  lib.close();
}

// 2b. One edit's round trip, edit by edit: p50 and p99 over 500 keystrokes, through dispatch
// (contract parse, scope checks, write, read back) beside a bare UPDATE in its own transaction.
{
  const lib = freshLibrary();
  const j = journey(lib);
  const db = lib.library.db as Database.Database;
  const upd = db.prepare('UPDATE workshop SET vision = ? WHERE id = ?');
  const each = (fn: (i: number) => void) => {
    const times: number[] = [];
    for (let i = 0; i < 550; i++) {
      const t = performance.now();
      fn(i);
      if (i >= 50) times.push(performance.now() - t); // the first 50 warm up
    }
    const sorted = times.sort((a, b) => a - b);
    return { p50: sorted[Math.floor(sorted.length * 0.5)]!, p99: sorted[Math.floor(sorted.length * 0.99)]! };
  };
  const ours = each((i) => dispatch(lib.handlers, 'applyOps', { workshopId: j.workshopId, ops: [{ kind: 'update', entity: 'workshop', id: j.workshopId, patch: { vision: `k${i}` } }] }));
  const bare = each((i) => db.transaction(() => upd.run(`b${i}`, j.workshopId))());
  rows.push(['one edit round trip, p50', ours.p50, bare.p50]);
  rows.push(['one edit round trip, p99', ours.p99, bare.p99]);
  lib.close();
}

// 3a. Opening a workshop of 10,000 rows of mixed kinds, beside bare SELECTs of the same tables.
{
  const lib = freshLibrary();
  const j = journey(lib);
  const importId = randomUUID();
  lib.handlers.applyOps({ workshopId: j.workshopId, ops: noteOps(4000, j) });
  lib.handlers.applyOps({
    workshopId: j.workshopId,
    ops: [
      ...Array.from({ length: 2000 }, (_, i): Op => ({ kind: 'create', entity: 'participant', id: randomUUID(), values: { name: `P${i}`, position: i } })),
      ...Array.from({ length: 1000 }, (_, i): Op => ({ kind: 'create', entity: 'evidence', id: randomUUID(), values: { kind: 'quote', text: `Quote ${i}`, position: i } })),
      { kind: 'create', entity: 'surveyImport', id: importId, values: { kind: 'csat', fileName: 's.csv' } },
      ...Array.from({ length: 2997 }, (_, i): Op => ({ kind: 'create', entity: 'surveyResponse', id: randomUUID(), values: { importId, score: 1 + (i % 5), line: i } })),
    ],
  });
  const ours = time(() => {
    dispatch(lib.handlers, 'openWorkshop', { id: j.workshopId });
  });
  const db = lib.library.db as Database.Database;
  const tables = ['participant', 'journey', 'lane', 'stage', 'note', 'evidence', 'survey_import', 'survey_response'].map((t) => db.prepare(`SELECT * FROM ${t} WHERE workshop_id = ?`));
  const bare = time(() => {
    for (const q of tables) q.all(j.workshopId);
  });
  rows.push(['open a workshop of 10,000 rows', ours, bare]);
  lib.close();
}

// 3. Opening a workshop holding 2,000 notes.
{
  const lib = freshLibrary();
  const j = journey(lib);
  lib.handlers.applyOps({ workshopId: j.workshopId, ops: noteOps(2000, j) });
  const ours = time(() => {
    dispatch(lib.handlers, 'openWorkshop', { id: j.workshopId });
  });
  const db = lib.library.db as Database.Database;
  const all = db.prepare('SELECT * FROM note WHERE workshop_id = ?');
  const bare = time(() => {
    all.all(j.workshopId);
  });
  rows.push(['open a workshop with 2,000 notes', ours, bare]);
  lib.close();
}

// 4. Ranking gaps after an ordinary edit, in a workshop holding 50,000 survey responses: what the
// step rail and the Gaps step recompute on every keystroke. Bare: one pass over the responses.
{
  const { newJourneyOps, journeyTouchpoints } = await import('../../shared/domain/journey');
  const { parseTemplate } = await import('../../shared/domain/templates');
  const { applyOps, emptyTables } = await import('../../shared/model/ops');
  const { rankedGaps } = await import('../../shared/domain/gaps');
  const template = parseTemplate(JSON.parse(fs.readFileSync('resources/templates/patient.json', 'utf8')));
  const journeyId = randomUUID();
  let doc = applyOps(
    { workshop: { id: 'w', title: 'Bench', client: '', workshopDate: null, facilitator: '', industry: null, scopeJourney: '', scopeProduct: '', scopeSegments: '', vision: '', votesPerParticipant: 3, votesRevealed: false, round: 1, previousRoundId: '', interview: '', reportSections: '', reportPageSize: 'a4', surveyPeriod: '', teams: [], channels: [], surveyNames: '', clientLogo: '', createdAt: '', updatedAt: '', archivedAt: null }, rows: emptyTables() },
    newJourneyOps({ journeyId, name: 'J', personaId: null, position: 1, template }, randomUUID),
  );
  const tps = journeyTouchpoints(doc.rows, journeyId);
  const importId = randomUUID();
  const ops: Op[] = [{ kind: 'create', entity: 'surveyImport', id: importId, values: { kind: 'csat', fileName: 'x.csv' } }];
  for (let i = 0; i < 50_000; i++) ops.push({ kind: 'create', entity: 'surveyResponse', id: randomUUID(), values: { importId, score: (i % 5) + 1, touchpointId: tps[i % tps.length]!.id, line: i + 2 } });
  for (const t of tps) ops.push({ kind: 'create', entity: 'gap', id: randomUUID(), values: { touchpointId: t.id, intendedScore: 5, actualSource: 'csat' } });
  doc = applyOps(doc, ops);
  let n = 0;
  const ours = time(() => {
    doc = applyOps(doc, [{ kind: 'update', entity: 'workshop', id: 'w', patch: { vision: `v${n++}` } }]);
    rankedGaps(doc, journeyId);
  });
  const responses = Object.values(doc.rows.surveyResponse);
  const bare = time(() => {
    const sums = new Map<string, number>();
    for (const r of responses) sums.set(r.touchpointId!, (sums.get(r.touchpointId!) ?? 0) + r.score);
  });
  rows.push(['rank gaps after an edit, 50,000 responses', ours, bare]);
}

// 5. Exporting 1,000 actions through the handlers (read from SQLite, rows, file) beside the bare
// library writing the same 1,000 rows of plain strings: a joined CSV string, an unstyled exceljs
// sheet, and pdfkit printing one line per action with its built-in font.
async function timeAsync(fn: () => Promise<unknown>, runs = FEW): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

{
  const lib = freshLibrary();
  const w = lib.handlers.createWorkshop({ title: 'Bench exports', client: 'Bench' });
  const ops: Op[] = Array.from({ length: 1000 }, (_, i) => ({
    kind: 'create' as const,
    entity: 'action' as const,
    id: randomUUID(),
    values: { title: `Action ${i}: call customers back within the hour`, owner: `Owner ${i % 12}`, dueDate: '2027-01-31', impact: 1 + (i % 5), effort: 1 + ((i * 3) % 5), position: i },
  }));
  lib.handlers.applyOps({ workshopId: w.id, ops });
  const plain = Array.from({ length: 1000 }, (_, i) => [`Action ${i}: call customers back within the hour`, `Owner ${i % 12}`, '2027-01-31', 'Not started', String(1 + (i % 5))]);
  const exportOf = (format: 'csv' | 'xlsx' | 'pdf') => () => lib.handlers.exportActionList({ workshopId: w.id, format });

  rows.push(['export 1,000 actions as CSV', await timeAsync(exportOf('csv')), await timeAsync(async () => plain.map((r) => r.join(',')).join('\r\n'))]);

  const ExcelJS = (await import('exceljs')).default;
  const bareXlsx = async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Actions');
    for (const r of plain) sheet.addRow(r);
    return book.xlsx.writeBuffer();
  };
  rows.push(['export 1,000 actions as XLSX', await timeAsync(exportOf('xlsx')), await timeAsync(bareXlsx)]);

  const PDFDocument = (await import('pdfkit')).default;
  const barePdf = () =>
    new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument({ size: 'A4' });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.fontSize(9);
      for (const r of plain) doc.text(r.join('   '));
      doc.end();
    });
  rows.push(['export 1,000 actions as PDF', await timeAsync(exportOf('pdf')), await timeAsync(barePdf)]);
  lib.close();
}

// 5b. Importing a workshop file of 5,000 notes through the handler: the bundled worker reads it in
// a child process, main checks every row and writes them in one transaction; beside
// better-sqlite3 copying the same tables straight from the file (ATTACH, INSERT … SELECT).
{
  const { build } = await import('esbuild');
  const workerFile = path.resolve('dist/bench-worker/import-worker.js');
  await build({ entryPoints: ['electron/import-worker.ts'], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3'], logLevel: 'warning' });
  const source = freshLibrary();
  const j = journey(source);
  source.handlers.applyOps({ workshopId: j.workshopId, ops: noteOps(5000, j) });
  const file = source.handlers.exportWorkshopFile({ workshopId: j.workshopId });
  const target = startLibrary({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-')), shell: 'web', version: 'bench', importWorker: { script: workerFile, execArgv: [] } });
  const ours = await timeAsync(async () => {
    const r = await dispatch(target.handlers, 'importWorkshopFile', { fileName: file.fileName, content: file.content });
    if (!r.ok) throw new Error(r.error.message);
  });
  const onDisk = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-')), 'w.touchpoint');
  fs.writeFileSync(onDisk, Buffer.from(file.content, 'base64'));
  const bareLib = freshLibrary();
  const db = bareLib.library.db as Database.Database;
  db.prepare('ATTACH DATABASE ? AS src').run(onDisk);
  const copy = db.transaction(() => {
    for (const t of ['workshop', 'journey', 'stage', 'lane', 'note']) db.prepare(`INSERT INTO main.${t} SELECT * FROM src.${t}`).run();
    throw new Error('rollback'); // leave the library as it was for the next run
  });
  const bare = await timeAsync(async () => {
    try {
      copy();
    } catch {
      // rolled back, as intended
    }
  });
  rows.push(['import a workshop file of 5,000 notes', ours, bare]);

  // The longest the library stops answering while a big file lands: ours lands in steps of
  // LANDING_STEP rows; bare lands the same rows in one transaction.
  const big = RUNS === 1 ? 2_000 : 20_000;
  const imp = randomUUID();
  source.handlers.applyOps({
    workshopId: j.workshopId,
    ops: [
      { kind: 'create', entity: 'surveyImport', id: imp, values: { kind: 'csat', fileName: 'big.csv' } },
      ...Array.from({ length: big }, (_, i): Op => ({ kind: 'create', entity: 'surveyResponse', id: randomUUID(), values: { importId: imp, score: (i % 5) + 1, comment: `Answer ${i}`, line: i + 2 } })),
    ],
  });
  const bigFile = source.handlers.exportWorkshopFile({ workshopId: j.workshopId });
  const longestPause = async (work: () => Promise<unknown>) => {
    let last = performance.now();
    let worst = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 1);
    await work();
    await new Promise((r) => setTimeout(r, 5)); // one more tick, to see a stall at the very end
    clearInterval(ticker);
    return worst;
  };
  const ourPause = await longestPause(async () => {
    const r = await dispatch(target.handlers, 'importWorkshopFile', { fileName: bigFile.fileName, content: bigFile.content });
    if (!r.ok) throw new Error(r.error.message);
  });
  const { ops: bigOps } = (await import('../../electron/db/workshop-file-reader')).readWorkshopFile(
    (() => {
      const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-')), 'big.touchpoint');
      fs.writeFileSync(f, Buffer.from(bigFile.content, 'base64'));
      return f;
    })(),
  );
  const bareTarget = freshLibrary();
  const bareW = bareTarget.handlers.createWorkshop({ title: 'Bare' });
  const barePause = await longestPause(async () => {
    await new Promise((r) => setTimeout(r, 5));
    bareTarget.handlers.applyOps({ workshopId: bareW.id, ops: bigOps });
  });
  rows.push([`longest pause importing ${new Intl.NumberFormat('en').format(big + 5000)} rows`, ourPause, barePause]);
  for (const lib of [source, target, bareLib, bareTarget]) lib.close();
}

// 6. The journey map in Chromium: 2,000 notes, our canvas beside bare Konva drawing the same notes.
async function canvasCases(): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const http = await import('node:http');
  const root = path.resolve('dist/bench');
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error('dist/bench is missing: run the bench through `npm run bench`.');
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!) === '/' ? 'index.html' : decodeURIComponent(req.url!.split('?')[0]!));
    if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 1600 } });
    await page.goto(`http://127.0.0.1:${port}/${RUNS === 1 ? '?frames=3' : ''}`);
    await page.evaluate(() => window.bench.ready);
    const runs = FEW;
    const collect = async (fn: 'actual' | 'fit' | 'bare') => {
      const all: { firstDraw: number; dragFrame: number }[] = [];
      for (let i = 0; i < runs; i++) {
        all.push(await page.evaluate((f) => (f === 'bare' ? window.bench.bare() : window.bench.ours(f)), fn));
      }
      return { firstDraw: median(all.map((a) => a.firstDraw)), dragFrame: median(all.map((a) => a.dragFrame)) };
    };
    const bareKonva = await collect('bare');
    const actual = await collect('actual');
    const fit = await collect('fit');
    rows.push(['map first draw, 2,000 notes, 100% zoom', actual.firstDraw, bareKonva.firstDraw]);
    rows.push(['map first draw, 2,000 notes, fit to screen', fit.firstDraw, bareKonva.firstDraw]);
    rows.push(['map drag frame, 2,000 notes, 100% zoom', actual.dragFrame, bareKonva.dragFrame]);
    rows.push(['map drag frame, 2,000 notes, fit to screen', fit.dragFrame, bareKonva.dragFrame]);
  } finally {
    await browser.close();
    server.close();
  }
}

declare global {
  interface Window {
    bench: {
      ready: Promise<void>;
      ours(view: 'actual' | 'fit'): Promise<{ firstDraw: number; dragFrame: number }>;
      bare(): Promise<{ firstDraw: number; dragFrame: number }>;
    };
  }
}

await canvasCases();

// 7. The renderer's size: what the app ships to the window (JS, gzip), beside React and ReactDOM's
// own production builds, which any React app carries.
{
  const zlib = await import('node:zlib');
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;
  const assets = path.resolve('dist/renderer/assets');
  const ours = fs.readdirSync(assets).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(path.join(assets, f)), 0);
  const bare = gz('node_modules/react/cjs/react.production.js') + gz('node_modules/react-dom/cjs/react-dom-client.production.js');
  rows.push(['renderer bundle, KB of JS after gzip', ours, bare]);
  // What the first screen waits for: the entry script and what index.html preloads with it. The
  // workshop, presenter and interview screens come later, when opened.
  const html = fs.readFileSync('dist/renderer/index.html', 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  rows.push(['JS the first screen loads, KB after gzip', first.reduce((sum, f) => sum + gz(path.resolve('dist/renderer', f)), 0), bare]);
}

// 8. Time to first screen in Chromium: from navigation to the library's heading, through the web
// bridge with a real library, beside a static page with one heading served from the same machine.
{
  const { chromium } = await import('@playwright/test');
  const { spawn } = await import('node:child_process');
  const http = await import('node:http');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-web-'));
  const server = spawn(process.execPath, ['dist/web/server.js', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => {
    let buf = '';
    server.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      const m = /running at (\S+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
  });
  const plain = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>x</title><h1>Workshops</h1>'));
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  const plainUrl = `http://127.0.0.1:${(plain.address() as { port: number }).port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const firstScreen = async (target: string) => {
    const all: number[] = [];
    for (let i = 0; i < FEW; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(target);
      await page.getByRole('heading', { name: 'Workshops', exact: true }).waitFor();
      all.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
    return median(all);
  };
  try {
    rows.push(['time to first screen in Chromium', await firstScreen(url), await firstScreen(plainUrl)]);
    await editCases(browser, url);
  } finally {
    await browser.close();
    plain.close();
    server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * 9. An edit's round trip from the page: fetch to the bridge, contract, transaction, feed,
 * answer; beside the same edit through dispatch in-process. And the same edit arriving in a
 * second view over the change feed (server-sent events), beside a BroadcastChannel message
 * between two pages of one browser (the floor for any message between views).
 */
async function editCases(browser: import('@playwright/test').Browser, url: string): Promise<void> {
  const n = RUNS === 1 ? 20 : 300;
  const context = await browser.newContext();
  const writer = await context.newPage();
  const reader = await context.newPage();
  await writer.goto(url);
  await reader.goto(url);
  const post = (channel: string, body: unknown) =>
    writer.evaluate(async ([c, b]) => (await fetch(`./api/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) })).json(), [channel, body] as const);
  const created = (await post('createWorkshop', { title: 'Bench edits' })) as { value: { id: string } };
  const workshopId = created.value.id;
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

  // The second view listens on the feed and notes when each edit (stamped with its send time) arrives.
  await reader.evaluate((id) => {
    const w = window as unknown as { arrivals: number[] };
    w.arrivals = [];
    const source = new EventSource(`./api/feed?workshop=${id}&since=0`);
    source.onmessage = (m) => {
      const e = JSON.parse(m.data) as { ops?: { patch?: { vision?: string } }[] };
      const sent = Number(e.ops?.[0]?.patch?.vision?.split(':')[1]);
      if (sent) w.arrivals.push(performance.timeOrigin + performance.now() - sent);
    };
    return new Promise((r) => (source.onopen = r));
  }, workshopId);
  const trips = (await writer.evaluate(
    async ([id, count]) => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const sent = performance.timeOrigin + performance.now();
        const t = performance.now();
        const r = await fetch('./api/applyOps', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ workshopId: id, viewId: crypto.randomUUID(), edits: [{ id: crypto.randomUUID(), ops: [{ kind: 'update', entity: 'workshop', id, patch: { vision: `v:${sent}` } }] }] }),
        });
        await r.json();
        out.push(performance.now() - t);
      }
      return out;
    },
    [workshopId, n] as const,
  )).slice(Math.min(20, n / 4));
  // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
  const arrivals = await reader.evaluate(async (count) => {
    const w = window as unknown as { arrivals: number[] };
    while (w.arrivals.length < count) await new Promise((r) => setTimeout(r, 20));
    return w.arrivals;
  }, n);

  // In-process: the same edit through dispatch, no HTTP, no browser.
  const lib = freshLibrary();
  const j = journey(lib);
  const inProcess: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    dispatch(lib.handlers, 'applyOps', { workshopId: j.workshopId, viewId: randomUUID(), edits: [{ id: randomUUID(), ops: [{ kind: 'update', entity: 'workshop', id: j.workshopId, patch: { vision: `k${i}` } }] }] });
    inProcess.push(performance.now() - t);
  }
  lib.close();

  // The floor between two views: a BroadcastChannel message from one page to another.
  await reader.evaluate(() => {
    const w = window as unknown as { bc: number[] };
    w.bc = [];
    new BroadcastChannel('bench').onmessage = (m: MessageEvent<number>) => w.bc.push(performance.timeOrigin + performance.now() - m.data);
  });
  await writer.evaluate(async (count) => {
    const c = new BroadcastChannel('bench');
    for (let i = 0; i < count; i++) {
      c.postMessage(performance.timeOrigin + performance.now());
      await new Promise((r) => setTimeout(r, 2));
    }
  }, n);
  const bc = await reader.evaluate(async (count) => {
    const w = window as unknown as { bc: number[] };
    while (w.bc.length < count) await new Promise((r) => setTimeout(r, 20));
    return w.bc;
  }, n);
  // The floor of any request from a page on this machine: a bare Node server answering a POST.
  const http = await import('node:http');
  const echo = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'));
  });
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r));
  const echoPage = await context.newPage();
  await echoPage.goto(`http://127.0.0.1:${(echo.address() as { port: number }).port}/`);
  const bareTrips = (await echoPage.evaluate(async (count) => {
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      await (await fetch('/', { method: 'POST', body: '{}' })).json();
      out.push(performance.now() - t);
    }
    return out;
  }, n)).slice(Math.min(20, n / 4));
  echo.close();
  await context.close();

  rows.push(['edit round trip from the page, p50', pct(trips, 0.5), pct(inProcess, 0.5)]);
  rows.push(['edit round trip from the page, p99', pct(trips, 0.99), pct(inProcess, 0.99)]);
  rows.push(['  the same beside a bare HTTP echo, p50', pct(trips, 0.5), pct(bareTrips, 0.5)]);
  rows.push(['  the same beside a bare HTTP echo, p99', pct(trips, 0.99), pct(bareTrips, 0.99)]);
  rows.push(['edit arriving in a second view, p50', pct(arrivals, 0.5), pct(bc, 0.5)]);
  rows.push(['edit arriving in a second view, p95', pct(arrivals, 0.95), pct(bc, 0.95)]);
}


// 10. The room: 50 phones each send 20 notes over about half a minute, each phone from its own
// loopback address (as phones on a network come from their own). Ours: from a phone's POST to
// the facilitator's view hearing of the note (a waiting roomStatus through dispatch, its answer
// serialised as IPC or the bridge would); bare: a plain Node server handing each POST to a waiting
// listener. Then every note is taken and landed through applyOps: none may be lost.
await roomCase();

async function roomCase(): Promise<void> {
  const http = await import('node:http');
  const { roomNotesOps } = await import('../../shared/domain/room-landing');
  const phones = 50;
  const perPhone = RUNS === 1 ? 3 : 20;
  const gapMs = RUNS === 1 ? 50 : 1500;
  const pageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-phone-'));
  for (const f of ['index.html', 'phone.js', 'phone.css']) fs.writeFileSync(path.join(pageDir, f), '');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'touchpoint-bench-room-'));
  const lib = startLibrary({ dataDir: dir, shell: 'web', version: 'bench', importWorker, room: { bindHost: '127.0.0.1', phoneDir: pageDir } });
  const j = journey(lib);
  const call = async (channel: string, input: unknown): Promise<any> => {
    const r = await dispatch(lib.handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  const opened = await call('openRoom', { workshopId: j.workshopId });
  await call('showInRoom', {
    workshopId: j.workshopId,
    show: { activity: { kind: 'notes', id: 'bench', prompt: 'What frustrated you?', place: 'S · Actions' }, landing: { journeyId: j.journeyId, stageId: j.stageId, laneId: j.laneId, color: 'yellow' } },
  });
  const port = Number(new URL(opened.addresses[0]).port);
  const postFrom = (local: string, path: string, body: unknown, token?: string) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const data = JSON.stringify(body);
      const req = http.request(
        { host: '127.0.0.1', port, path, method: 'POST', localAddress: local, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
        },
      );
      req.on('error', reject);
      req.end(data);
    });

  // The facilitator's view: waits for news, and stamps each note when it first hears of it.
  const sentAt = new Map<string, number>();
  const heardAt = new Map<string, number>();
  let listening = true;
  const view = (async () => {
    let after: number | undefined;
    while (listening) {
      const status = await call('roomStatus', after === undefined ? {} : { after });
      JSON.stringify(status);
      const now = performance.now();
      for (const n of status.notes) if (!heardAt.has(n.text)) heardAt.set(n.text, now);
      after = status.version;
    }
  })();
  const sendAll = async (send: (local: string, phone: number, i: number, text: string) => Promise<void>) => {
    await Promise.all(
      Array.from({ length: phones }, async (_, p) => {
        const local = `127.0.0.${10 + p}`;
        for (let i = 0; i < perPhone; i++) {
          await new Promise((r) => setTimeout(r, gapMs * (0.5 + Math.random())));
          await send(local, p, i, `phone ${p} note ${i}`);
        }
      }),
    );
  };
  const tokens = await Promise.all(Array.from({ length: phones }, async (_, p) => (await postFrom(`127.0.0.${10 + p}`, '/api/join', { code: opened.code })).body.token as string));
  let refused = 0;
  await sendAll(async (local, p, _i, text) => {
    sentAt.set(text, performance.now());
    const r = await postFrom(local, '/api/notes', { activity: 'bench', text }, tokens[p]);
    if (r.status !== 200) refused++;
  });
  while (heardAt.size < sentAt.size - refused) await new Promise((r) => setTimeout(r, 20));
  listening = false;
  await call('showInRoom', { workshopId: j.workshopId, show: null }); // wakes the waiting view
  await view;
  const status = await call('roomStatus', {});
  const got = await call('takeFromRoom', { workshopId: j.workshopId, ids: status.notes.map((n: { id: string }) => n.id) });
  const doc = await call('openWorkshop', { id: j.workshopId });
  await call('applyOps', { workshopId: j.workshopId, ops: roomNotesOps(doc, got.notes, randomUUID).ops });
  const stored = (lib.library.db.prepare(`SELECT COUNT(*) AS n FROM note WHERE from_room <> ''`).get() as { n: number }).n;
  await call('closeRoom', {});
  lib.close();

  // Bare: the same phones posting to a plain server that hands each body to a waiting listener.
  const bareHeard = new Map<string, number>();
  const bareServer = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      bareHeard.set((JSON.parse(text) as { text: string }).text, performance.now());
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => bareServer.listen(port, '127.0.0.1', r));
  const bareSent = new Map<string, number>();
  await sendAll(async (local, _p, _i, text) => {
    bareSent.set(text, performance.now());
    await postFrom(local, '/api/notes', { text });
  });
  bareServer.close();

  const delays = (sent: Map<string, number>, heard: Map<string, number>) => [...heard].map(([t, at]) => at - sent.get(t)!);
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
  const ours = delays(sentAt, heardAt);
  const bare = delays(bareSent, bareHeard);
  rows.push([`room note to the facilitator's view, p50`, pct(ours, 0.5), pct(bare, 0.5)]);
  rows.push([`room note to the facilitator's view, p95`, pct(ours, 0.95), pct(bare, 0.95)]);
  roomLine = `Room: ${phones} phones × ${perPhone} notes: ${sentAt.size} sent, ${refused} refused, ${stored} stored on disk.`;
  if (stored !== phones * perPhone || refused > 0) process.exitCode = 1;
  fs.rmSync(pageDir, { recursive: true, force: true });
}

// 11. Themes: how far the proposed themes agree with a person's (adjusted Rand index, 1 = the same
// grouping, 0 = chance) on three labelled workshops, beside the same method on the words as
// written (no lemmas, no concepts); and the time to group 500 notes, beside splitting them into words.
{
  const { proposeThemes, adjustedRandIndex } = await import('../../shared/domain/themes/cluster');
  const { tokens } = await import('../../shared/domain/themes/words');
  const all: { id: string; text: string }[] = [];
  for (const name of ['airline', 'clinic', 'software']) {
    const { notes } = JSON.parse(fs.readFileSync(`test/fixtures/themes/${name}.json`, 'utf8')) as { notes: { text: string; theme: string }[] };
    const input = notes.map((n, i) => ({ id: String(i), text: n.text }));
    const agreement = (plainWords: boolean) => {
      const label = new Map<string, string>();
      proposeThemes(input, { plainWords }).forEach((t, k) => t.ids.forEach((id) => label.set(id, t.other ? `other-${id}` : `t${k}`)));
      return adjustedRandIndex(notes.map((n) => n.theme), input.map((n) => label.get(n.id)!));
    };
    rows.push([`themes' agreement with a person (ARI), ${name}`, agreement(false), agreement(true)]);
    all.push(...input.map((n) => ({ id: `${name}-${n.id}`, text: n.text })));
  }
  const five = Array.from({ length: 500 }, (_, i) => ({ id: String(i), text: all[i % all.length]!.text + (i >= all.length ? ` (${Math.floor(i / all.length) + 1})` : '') }));
  rows.push(['group 500 notes into themes', time(() => proposeThemes(five)), time(() => five.map((n) => tokens(n.text)))]);
}

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${pad('case', 48)} ${pad('ours (ms)', 11)} ${pad('bare (ms)', 11)} ratio`);
console.log('-'.repeat(80));
for (const [name, ours, bare] of rows) {
  console.log(`${pad(name, 48)} ${pad(ours.toFixed(ours < 1 ? 3 : 2), 11)} ${pad(bare.toFixed(2), 11)} ${(ours / bare).toFixed(ours / bare < 1 ? 3 : 1)}×`);
  if (!(Number.isFinite(ours) && Number.isFinite(bare) && bare > 0)) process.exitCode = 1;
}
console.log(`
Database cases: median of ${RUNS} runs after one warm-up; "bare" is better-sqlite3 doing the same rows with hand-written SQL.
Edit round trip: each of 500 single-field edits timed on its own, after 50 to warm up.
Bundle: KB of gzipped JS, not ms: all chunks, then only those the library screen loads; bare is React and ReactDOM.
First screen: ms from navigation to the library's heading, median of ${FEW} fresh browser contexts; bare is a static
page with one heading.
Export cases: median of ${FEW} runs after one warm-up; ours reads the workshop from SQLite and lays out the real file
(header, widths, dates, fonts, cover, table); "bare" is the same library writing 1,000 plain rows it was handed.
Import: ours starts the reader process, checks every row and writes them; bare copies the tables with ATTACH.
Longest pause: the longest the process stops answering (a 1 ms ticker's biggest gap) while a file of 25,000 rows
is checked and lands in steps; bare lands the same rows in one transaction.
Edit from the page: each of ${RUNS === 1 ? 20 : 300} edits posted by a page to the web bridge and answered, timed in the
page; bare is the same edit through dispatch in-process, then a page posting to a bare Node server (the floor
of any request from a page on this machine). Arriving in a second view: from the moment the edit is sent to
the moment another page hears it on the change feed; bare is a BroadcastChannel message between two pages.
${roomLine} Ours: from a phone's POST to the facilitator's
view hearing of the note; bare: a plain Node server handing each POST to a listener.
Themes: ARI, not ms: ours is the method shipped; bare the same grouping on the words as written (no lemmas, no
concepts). Grouping 500 notes: median of ${RUNS} runs; bare splits the same notes into words.
Map cases: median of ${FEW} runs in Chromium (software raster, 1366×768 view); "bare" is plain Konva drawing the same
2,000 note groups on one layer, with no culling and no drag layer. First draw includes React and the layout; a drag
frame is moving one note and redrawing what Konva must redraw.`);
