/**
 * The report as the client sees it: every page rendered to a picture (pdftoppm) and its text read
 * back with positions (pdftotext -bbox). No page may be mostly blank, no text smaller than 7 pt,
 * and every section chosen is there, in the chosen order; a nearly empty workshop prints no empty
 * page and no empty heading.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newJourneyOps, journeyTouchpoints, stagesOf } from '../../shared/domain/journey';
import { storedSections } from '../../shared/domain/report-plan';
import { parseTemplate } from '../../shared/domain/templates';
import { applyOps, emptyTables, type Op, type WorkshopDoc } from '../../shared/model/ops';
import { library, tempDir, uid } from '../helpers/library';
import { blankWorkshop } from '../helpers/workshop';

/** Height of a word's box per point of font size, for DejaVu Sans as pdftotext reports it. */
const BOX_PER_POINT = 1.164;

function pageImages(pdf: string): { width: number; height: number; pixels: Buffer }[] {
  const dir = tempDir();
  execFileSync('pdftoppm', ['-r', '24', '-gray', pdf, path.join(dir, 'p')]);
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      // PGM (P5): a text header of magic, width, height and max value, then one byte per pixel.
      const header = bytes.subarray(0, 40).toString('latin1').split(/\s+/);
      const width = Number(header[1]);
      const height = Number(header[2]);
      return { width, height, pixels: bytes.subarray(bytes.length - width * height) };
    });
}

/** The share of the page between its margins (56 pt top and bottom) with no ink on any row. */
function blankShare(page: { width: number; height: number; pixels: Buffer }, pageHeightPt: number): number {
  const perPt = page.height / pageHeightPt;
  const top = Math.round(56 * perPt);
  const bottom = page.height - Math.round(56 * perPt);
  let inked = 0;
  for (let y = top; y < bottom; y++) {
    const row = page.pixels.subarray(y * page.width, (y + 1) * page.width);
    if (row.some((v) => v < 215)) inked++;
  }
  return 1 - inked / (bottom - top);
}

function words(pdf: string): { text: string; height: number; page: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: { text: string; height: number; page: number }[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (m) out.push({ text: m[3]!, height: Number(m[2]) - Number(m[1]), page });
  }
  return out;
}

/** A workshop with something in every section: the patient journey, people, voices, gaps, actions, metrics. */
function fullWorkshop() {
  const lib = library();
  const w = lib.ok('createWorkshop', { title: 'Patient journey review', client: 'Northwind Clinics' });
  const template = parseTemplate(JSON.parse(fs.readFileSync('resources/templates/patient.json', 'utf8')));
  const journeyId = uid();
  const ops: Op[] = [
    { kind: 'update', entity: 'workshop', id: w.id, patch: { facilitator: 'Sam Rivera', workshopDate: '2026-11-20', vision: 'Patients always know what happens next, and are booked in one call.', scopeJourney: 'From referral to the first follow-up', scopeSegments: 'Patients over 60; referring GPs' } },
    ...['Dana Okafor', 'Lee Chen', 'Priya Patel', 'Tom Reyes'].map((name, i): Op => ({ kind: 'create', entity: 'participant', id: uid(), values: { name, role: ['Practice manager', 'Receptionist', 'Nurse lead', 'GP'][i], position: i + 1 } })),
    { kind: 'create', entity: 'persona', id: uid(), values: { name: 'Margaret, 67', role: 'Retired teacher, two long-term conditions', goals: 'Be seen quickly, without chasing', painPoints: 'Phone tag to book; letters that arrive after the appointment', quote: 'I just want someone to call me back.' } },
  ];
  let doc: WorkshopDoc = { workshop: blankWorkshop({ id: w.id }), rows: emptyTables() };
  const journeyOps = newJourneyOps({ journeyId, name: 'Referral to follow-up', personaId: null, position: 1, template }, uid);
  doc = applyOps(doc, journeyOps);
  ops.push(...journeyOps);
  const tps = journeyTouchpoints(doc.rows, journeyId);
  const stages = stagesOf(doc.rows, journeyId);
  tps.forEach((t, i) => ops.push({ kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: t.id, score: [-1.5, -1, 0.5, 1, -0.5, 0][i % 6] } }));
  const gapIds: string[] = [];
  tps.slice(0, 6).forEach((t, i) => {
    const id = uid();
    gapIds.push(id);
    ops.push({ kind: 'create', entity: 'gap', id, values: { touchpointId: t.id, title: `Gap at ${t.name}`, intendedScore: 5, actualScore: 1 + (i % 4), severity: 4, frequency: 3 } });
  });
  for (let i = 0; i < 8; i++) {
    const id = uid();
    ops.push({ kind: 'create', entity: 'action', id, values: { title: `Action ${i + 1}: call back within the hour`, owner: ['Dana Okafor', 'Lee Chen'][i % 2], dueDate: `2027-0${1 + (i % 6)}-15`, description: 'A named person calls back every patient who waited more than ten minutes.', position: i + 1 } });
    ops.push({ kind: 'create', entity: 'actionGap', id: uid(), values: { actionId: id, gapId: gapIds[i % gapIds.length] } });
  }
  stages.forEach((s, i) => ops.push({ kind: 'create', entity: 'blueprintItem', id: uid(), values: { journeyId, stageId: s.id, layer: i % 2 ? 'back_stage' : 'front_stage', text: `What staff do at ${s.name}`, role: 'Reception', position: 1 } }));
  ops.push({ kind: 'create', entity: 'metric', id: uid(), values: { touchpointId: tps[0]!.id, kind: 'csat', baseline: 40, target: 80, unit: '%', reviewDate: '2027-03-31' } });
  const evidence = uid();
  ops.push({ kind: 'create', entity: 'evidence', id: evidence, values: { kind: 'quote', text: 'I rang eleven times before anyone picked up.', source: 'Interview, March', position: 1 } });
  ops.push({ kind: 'create', entity: 'evidenceLink', id: uid(), values: { evidenceId: evidence, touchpointId: tps[1]!.id } });
  const imp = uid();
  ops.push({ kind: 'create', entity: 'surveyImport', id: imp, values: { journeyId, fileName: 'csat-march.csv', kind: 'csat', importedOn: '2026-11-01' } });
  for (let i = 0; i < 40; i++) ops.push({ kind: 'create', entity: 'surveyResponse', id: uid(), values: { importId: imp, score: (i % 5) + 1, touchpointId: tps[i % 4]!.id, line: i + 2 } });
  lib.ok('applyOps', { workshopId: w.id, ops });
  return { lib, workshopId: w.id as string };
}

async function reportFile(lib: ReturnType<typeof library>, workshopId: string, format: 'pdf' | 'docx' = 'pdf'): Promise<string> {
  const file = await lib.okLater('exportReport', { workshopId, format });
  const out = path.join(tempDir(), file.fileName);
  fs.writeFileSync(out, Buffer.from(file.content, 'base64'));
  return out;
}

function checkPages(pdf: string): { pages: number; text: string } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const images = pageImages(pdf);
  expect(images).toHaveLength(pages);
  images.forEach((img, i) => {
    // Landscape pages are wider than tall; either way the margins are 56 pt top and bottom.
    const heightPt = img.width > img.height ? 595.28 : 841.89;
    expect(blankShare(img, heightPt), `page ${i + 1} is mostly blank`).toBeLessThanOrEqual(0.85);
  });
  const all = words(pdf);
  const smallest = all.reduce((min, w) => (w.height < min.height ? w : min), all[0]!);
  expect(smallest.height / BOX_PER_POINT, `“${smallest.text}” on page ${smallest.page}`).toBeGreaterThanOrEqual(6.95);
  return { pages, text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
}

describe('the report', () => {
  it('has every section, no page mostly blank and no text under 7 pt, for a workshop that fills every section', async () => {
    const { lib, workshopId } = fullWorkshop();
    const file = await reportFile(lib, workshopId);
    if (process.env.KEEP_REPORT) fs.copyFileSync(file, process.env.KEEP_REPORT);
    const { pages, text } = checkPages(file);
    expect(pages).toBeGreaterThan(4);
    const order = ['At a glance', 'Goal and scope', 'What we heard', 'Participants', 'Personas', 'Journey map: Referral to follow-up', 'Service blueprint: Referral to follow-up', 'Gaps', 'Action list', 'Measurement plan'];
    let at = 0;
    for (const heading of order) {
      const found = text.indexOf(heading, at);
      expect(found, heading).toBeGreaterThanOrEqual(0);
      at = found;
    }
    // The map too wide for one legible page: an overview, then details naming their stages.
    expect(text).toContain('the whole map');
    expect(text).toMatch(/stages 1–\d of 6: Referral, Scheduling/);
    // Emotion points say whose they are and their score.
    expect(text).toMatch(/Referral letter −1\.5/);
    expect(text).toContain('How gaps are ranked');
    // Narrow columns are widened to their longest word: no "Impac t".
    expect(text).toContain('Impact / Effort');
    expect(text).toContain('I rang eleven times');
    expect(text).toContain('CSAT');
  }, 120_000);

  it('follows the chosen sections and order, on US Letter', async () => {
    const { lib, workshopId } = fullWorkshop();
    lib.ok('applyOps', { workshopId, ops: [{ kind: 'update', entity: 'workshop', id: workshopId, patch: { reportSections: storedSections(['actions', 'gaps']), reportPageSize: 'letter' } }] });
    const pdf = await reportFile(lib, workshopId);
    const { text } = checkPages(pdf);
    expect(text.indexOf('Action list')).toBeLessThan(text.indexOf('Gaps'));
    for (const left of ['At a glance', 'What we heard', 'Personas', 'Journey map', 'Measurement plan']) expect(text).not.toContain(left);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
  }, 120_000);

  it('prints a nearly empty workshop without a blank page or an empty heading', async () => {
    const lib = library();
    const w = lib.ok('createWorkshop', { title: 'Just started', client: 'Acme' });
    const { pages, text } = checkPages(await reportFile(lib, w.id));
    expect(pages).toBe(1);
    for (const heading of ['At a glance', 'Goal and scope', 'Personas', 'Gaps', 'Action list', 'Nothing here yet']) expect(text).not.toContain(heading);
  }, 60_000);

  it('of a later round holds the progress since the round before, and so does its short progress PDF, without a blank page or tiny text', async () => {
    const { lib, workshopId } = fullWorkshop();
    const next = lib.ok('startNextRound', { id: workshopId, carryVotes: true });
    const doc = lib.ok('openWorkshop', { id: next.id });
    const gap = Object.values(doc.rows.gap)[0] as { id: string };
    lib.ok('applyOps', { workshopId: next.id, ops: [{ kind: 'delete', entity: 'gap', id: gap.id }] });
    const { text } = checkPages(await reportFile(lib, next.id));
    expect(text.indexOf('Progress since the last round')).toBeGreaterThan(text.indexOf('At a glance'));
    expect(text.indexOf('Progress since the last round')).toBeLessThan(text.indexOf('Goal and scope'));
    expect(text).toMatch(/1 .*gap removed/);
    const progress = await lib.okLater('exportProgress', { workshopId: next.id });
    expect(progress.fileName).toBe('Northwind-Clinics-Patient-journey-review-round-2-progress.pdf');
    const out = path.join(tempDir(), progress.fileName);
    fs.writeFileSync(out, Buffer.from(progress.content, 'base64'));
    if (process.env.KEEP_REPORT) fs.copyFileSync(out, `${process.env.KEEP_REPORT}.progress.pdf`);
    const checked = checkPages(out);
    expect(checked.text).toContain('Round 2 compared with round 1');
    expect(checked.text).toContain('Removed');
  }, 120_000);

  it('comes as a Word document with the same sections, and the file name carries the round', async () => {
    const { lib, workshopId } = fullWorkshop();
    const next = lib.ok('startNextRound', { id: workshopId });
    const file = await lib.okLater('exportReport', { workshopId: next.id, format: 'docx' });
    expect(file.fileName).toBe('Northwind-Clinics-Patient-journey-review-round-2-report.docx');
    const out = path.join(tempDir(), 'r.docx');
    fs.writeFileSync(out, Buffer.from(file.content, 'base64'));
    // A .docx is a zip; its body is word/document.xml.
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const heading of ['At a glance', 'Progress since the last round', 'What we heard', 'Participants', 'Journey map: Referral to follow-up', 'Gaps', 'Action list', 'Measurement plan']) expect(text).toContain(heading);
    expect(text).toContain('Dana Okafor');
  }, 120_000);
});
