/**
 * The workshop report PDF, a document a consultant sends as it is. The cover carries a one-page
 * summary; then the sections the consultant chose (shared/domain/report-plan.ts), in their order:
 * goal and scope, what we heard, participants, personas, each journey's map and blueprint, the
 * gaps with their heat and the rule that ranked them, the actions and the measurement plan.
 * Sections follow one another down the page (a map takes landscape pages of its own); a section
 * with nothing in it is left out, heading and all; the last page keeps room for notes. All text
 * is real text. Content comes from shared/domain/report.ts, the same data the Report step shows.
 */
import { hasDetails, type JourneyDetails } from '../../shared/domain/journey-details';
import type { Branding, ExportedFile, ReportSection } from '../../shared/api';
import { fileName } from '../../shared/domain/file-name';
import { formatMetric } from '../../shared/domain/metrics';
import { quoted, unquoted } from '../../shared/domain/quotes';
import { periodOf } from '../../shared/domain/periods';
import { gapName, gapTableRow, reportData, sectionHasContent, type ReportData } from '../../shared/domain/report';
import { gapPlace } from '../../shared/domain/gaps';
import { reportPlan, type ReportSectionKey } from '../../shared/domain/report-plan';
import { compareRounds } from '../../shared/domain/rounds';
import { heatColor } from '../../shared/layout/palette';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { drawActionTable } from './pdf/actions-table';
import { drawBlueprint } from './pdf/blueprint-map';
import { drawCover, formatDate } from './pdf/cover';
import { addPage, contentWidth, ensureSpace, FONT, imageBytes, INK, labelled, leftOut, openPdf, paragraph, subheading, type Pdf } from './pdf/document';
import { drawJourneyMap } from './pdf/journey-map';
import { drawProgress } from './pdf/progress';
import { drawTable, type Cell } from './pdf/table';

/** The report and, per section, the pages it is on (the Report step numbers its preview by it). */
export interface ReportPdf {
  bytes: Buffer;
  outline: ReportSection[];
  /** Pictures that could not be used and were left out. */
  leftOut: string[];
}

/** A section heading needs this much room below it, or it starts on the next page. */
const KEEP_WITH_NEXT = 150;

/** A portrait page with room for a section, starting one when there is not. */
function startSection(doc: Pdf, title: string): void {
  if (doc.page.layout === 'landscape' || doc.y > doc.page.height - doc.page.margins.bottom - KEEP_WITH_NEXT) addPage(doc);
  else if (doc.y > doc.page.margins.top + 1) doc.moveDown(1.2);
  doc.x = doc.page.margins.left;
  doc.font(FONT.bold).fontSize(18).fillColor(INK.text).text(title, { width: contentWidth(doc) });
  doc.moveTo(doc.page.margins.left, doc.y + 3).lineTo(doc.page.margins.left + 40, doc.y + 3).lineWidth(2).strokeColor(INK.accent).stroke();
  doc.moveDown(0.9);
}

function drawSummary(doc: Pdf, data: ReportData): void {
  const S = data.solo ? { ...msg.report.summary, ...msg.report.solo } : msg.report.summary;
  const w = data.workshop;
  doc.font(FONT.bold).fontSize(16).fillColor(INK.text).text(S.heading, doc.page.margins.left, doc.y);
  doc.moveDown(0.5);
  if (w.vision.trim()) {
    doc.font(FONT.bold).fontSize(9).fillColor(INK.muted).text(S.vision.toUpperCase(), { characterSpacing: 0.6 });
    const top = doc.y + 4;
    doc.font(FONT.body).fontSize(12).fillColor(INK.text).text(w.vision.trim(), doc.page.margins.left + 14, top, { width: contentWidth(doc) - 14, lineGap: 2 });
    doc.rect(doc.page.margins.left, top, 3, doc.y - top).fill(INK.accent);
    doc.x = doc.page.margins.left;
    doc.moveDown(0.8);
  }
  const { topGaps, firstActions, owners } = data.summary;
  if (topGaps.length > 0) {
    subheading(doc, S.topGaps);
    drawTable(
      doc,
      [
        { header: '#', weight: 0.4, align: 'right' },
        { header: msg.report.gapColumns.gap, weight: 3 },
        { header: msg.report.gapColumns.touchpoint, weight: 3 },
        { header: msg.report.gapColumns.size, weight: 0.9, align: 'center' },
        { header: msg.report.gapColumns.priority, weight: 1.1, align: 'center' },
      ],
      topGaps.map((g, i): Cell[] => {
        const heat = g.size === null ? null : heatColor(g.size);
        return [String(i + 1), { text: gapName(g), bold: true }, gapPlace(g), heat ? { text: String(g.size), fill: heat.fill, color: heat.text, bold: true } : '–', String(g.priority)];
      }),
    );
  }
  if (firstActions.length > 0) {
    subheading(doc, S.firstActions);
    drawTable(
      doc,
      [
        { header: msg.actions.columns.title, weight: 3.4 },
        { header: msg.actions.columns.owner, weight: 1.6 },
        { header: msg.actions.columns.due, weight: 1.1 },
        { header: msg.actions.columns.status, weight: 1.1 },
      ],
      firstActions.map((a): Cell[] => [{ text: a.title || msg.actions.untitled, bold: true }, a.owner || S.noOwner, formatDate(a.dueDate, 'short') || S.noDate, msg.actions.statuses[a.status] ?? a.status]),
    );
  }
  if (owners.length > 0) {
    subheading(doc, S.owners);
    paragraph(doc, owners.map((o) => S.ownerLine(o.owner, o.count, formatDate(o.nextDue, 'short'))).join('\n'));
  }
  if (data.solo && data.metrics.length > 0) {
    subheading(doc, msg.report.solo.measure);
    paragraph(doc, data.metrics.map((m) => `• ${msg.report.solo.measureLine(m.name, m.place, m.target)}`).join('\n'));
  }
}

function drawHeard(doc: Pdf, data: ReportData): void {
  const L = msg.listen;
  for (const { imp, rows } of data.heard.imports) {
    const count = rows.reduce((n, r) => n + r.result.count, 0);
    subheading(doc, L.importFrom(imp.fileName, L.kindShort[imp.kind] ?? imp.kind, count, periodOf(imp).label));
    drawTable(
      doc,
      [
        { header: L.where, weight: 3 },
        { header: L.result, weight: 2 },
        { header: L.responses, weight: 1, align: 'right' },
      ],
      rows.map((r): Cell[] => [r.name, { text: formatMetric(r.result) + (r.result.kind === 'ces' && r.result.agreePercent != null ? ` · ${r.result.agreePercent}% easy` : ''), bold: true }, r.result.count.toLocaleString('en')]),
    );
  }
  if (data.heard.quotes.length > 0) {
    if (data.heard.imports.length > 0) subheading(doc, msg.report.heard.inTheirWords);
    for (const { item, personas, touchpoints } of data.heard.quotes) {
      ensureSpace(doc, 60);
      const kind = L.kinds[item.kind] ?? item.kind;
      const text = item.kind === 'quote' ? quoted(item.text) : item.text.trim();
      const top = doc.y;
      doc.font(FONT.body).fontSize(10.5).fillColor(INK.text).text(text, doc.page.margins.left + 12, top, { width: contentWidth(doc) - 12, lineGap: 1.5 });
      const about = [kind, item.source, formatDate(item.collectedOn, 'short'), ...personas, ...touchpoints].filter((x) => x && x.trim()).join(' · ');
      doc.font(FONT.body).fontSize(8.5).fillColor(INK.muted).text(about, doc.page.margins.left + 12, doc.y + 2, { width: contentWidth(doc) - 12 });
      doc.rect(doc.page.margins.left, top, 2.5, doc.y - top).fill(INK.rule);
      doc.x = doc.page.margins.left;
      doc.moveDown(0.7);
    }
  }
}

function drawPersonas(doc: Pdf, data: ReportData): void {
  const P = msg.personas.fields;
  for (const p of data.personas) {
    ensureSpace(doc, 140);
    const top = doc.y;
    const photo = p.avatarKind === 'image' && p.avatarImage ? imageBytes(doc, p.avatarImage, msg.exports.photoOf(p.name)) : null;
    if (photo) {
      try {
        doc.image(photo, doc.page.margins.left, top, { fit: [56, 56] });
      } catch {
        // an image pdfkit cannot read is left out; the text says who it is
      }
    }
    const indent = photo ? 68 : 0;
    doc.font(FONT.bold).fontSize(14).fillColor(INK.text).text(p.name || msg.personas.unnamed, doc.page.margins.left + indent, top);
    if (p.role) doc.font(FONT.body).fontSize(10).fillColor(INK.muted).text(p.role, doc.page.margins.left + indent);
    const quote = unquoted(p.quote);
    if (quote) doc.font(FONT.body).fontSize(10).fillColor(INK.accent).text(`“${quote}”`, doc.page.margins.left + indent);
    doc.y = Math.max(doc.y, top + (photo ? 60 : 0)) + 6;
    labelled(doc, P.goals, p.goals);
    labelled(doc, P.needs, p.needs);
    labelled(doc, P.painPoints, p.painPoints);
    labelled(doc, P.behaviours, p.behaviours);
    doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.width - doc.page.margins.right, doc.y).lineWidth(0.5).strokeColor(INK.border).stroke();
    doc.moveDown(1);
  }
}

function drawGaps(doc: Pdf, data: ReportData): void {
  const G = msg.report.gapColumns;
  paragraph(doc, data.solo ? msg.report.solo.gapRule : msg.report.gapRule, { muted: true, size: 9 });
  for (const j of data.journeys) {
    if (j.gaps.length === 0) continue;
    if (data.journeys.length > 1) subheading(doc, j.journey.name);
    const rows = j.gaps.map((g, i): Cell[] => {
      const heat = g.size === null ? null : heatColor(g.size);
      return [
        String(i + 1),
        { text: gapName(g), bold: true },
        gapPlace(g),
        g.gap.intendedScore === null ? '–' : String(g.gap.intendedScore),
        g.actual === null ? '–' : String(g.actual),
        heat ? { text: String(g.size), fill: heat.fill, color: heat.text, bold: true } : '–',
        String(g.votes.visible),
        g.priority === null ? '–' : String(g.priority),
      ];
    });
    const columns: Parameters<typeof drawTable>[1] = [
      { header: '#', weight: 0.4, align: 'right' },
      { header: G.gap, weight: 2.6 },
      { header: G.touchpoint, weight: 2.6 },
      { header: G.intended, weight: 1.3, align: 'center' },
      { header: G.actual, weight: 1.1, align: 'center' },
      { header: G.size, weight: 0.9, align: 'center' },
      { header: G.votes, weight: 1, align: 'center' },
      { header: G.priority, weight: 1.2, align: 'center' },
    ];
    drawTable(doc, gapTableRow(data, columns), rows.map((r) => gapTableRow(data, r)));
  }
}

function drawMeasure(doc: Pdf, data: ReportData): void {
  const C = msg.measure.columns;
  drawTable(
    doc,
    [
      { header: C.metric, weight: 2 },
      { header: C.at, weight: 1.8 },
      { header: C.baseline, weight: 1.3 },
      { header: C.current, weight: 1.3 },
      { header: C.target, weight: 0.9 },
      { header: C.progress, weight: 1.3 },
      { header: C.review, weight: 1.1 },
      { header: C.actions, weight: 1.8 },
    ],
    data.metrics.map((m): Cell[] => [
      { text: [m.name, m.method].filter(Boolean).join('\n'), bold: true },
      m.place,
      m.baseline,
      m.current,
      m.target,
      { text: m.progress, bold: m.met || m.reviewPassed, color: m.met ? '#1f7a3a' : m.reviewPassed ? '#b3261e' : INK.text },
      formatDate(m.reviewDate, 'short'),
      m.actions.join('\n'),
    ]),
  );
}

/** The journey in words after its map: whose journey it is, and what the items say beyond their text. */
function drawJourneyDetails(doc: Pdf, name: string, details: JourneyDetails): void {
  const C = msg.report.detailColumns;
  startSection(doc, `${msg.report.sections.journeyDetails}: ${name}`);
  labelled(doc, msg.journey.details.pointOfView, details.pointOfView);
  if (details.items.length === 0) return;
  drawTable(
    doc,
    [
      { header: C.stage, weight: 1.1 },
      { header: C.lane, weight: 1.1 },
      { header: C.item, weight: 1.8 },
      { header: C.said, weight: 3.2 },
    ],
    details.items.map((i): Cell[] => [i.stage, i.lane, { text: i.title, bold: true }, [i.description, i.meta.join(' · ')].filter(Boolean).join('\n')]),
  );
}

/** A journey's themes: each with what its notes say, in one table. */
function drawJourneyThemes(doc: Pdf, name: string, themes: { name: string; items: string[] }[]): void {
  const C = msg.themes.reportColumns;
  startSection(doc, `${msg.report.sections.journeyThemes}: ${name}`);
  doc.font(FONT.body).fontSize(10).fillColor(INK.muted).text(msg.themes.reportLede, { width: contentWidth(doc) });
  doc.moveDown(0.5);
  drawTable(
    doc,
    [
      { header: C.theme, weight: 1.2 },
      { header: C.said, weight: 4 },
    ],
    themes.map((t): Cell[] => [{ text: `${t.name} (${t.items.length})`, bold: true }, t.items.map((i) => `• ${i}`).join('\n')]),
  );
}

/** The rest of a last page that is mostly empty becomes ruled space for the reader's notes. */
function drawNotes(doc: Pdf): boolean {
  const bottom = doc.page.height - doc.page.margins.bottom;
  const room = bottom - doc.y;
  if (doc.page.layout === 'landscape' || room < (bottom - doc.page.margins.top) * 0.45) return false;
  startSection(doc, msg.report.sections.notes);
  for (let y = doc.y + 22; y < bottom - 4; y += 24) {
    doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(0.5).strokeColor(INK.border).stroke();
  }
  return true;
}

export async function reportPdf(wd: WorkshopDoc, branding: Branding, today: string, previous: WorkshopDoc | null = null): Promise<ReportPdf> {
  const data = reportData(wd, { today, previous });
  const w = data.workshop;
  const S = msg.report.sections;
  const coverTitle = data.solo ? msg.report.solo.coverTitle : msg.report.coverTitle;
  const pdf = openPdf({ title: w.title, subject: [coverTitle, w.client].filter(Boolean).join(' · '), author: branding.name || w.facilitator, pageSize: data.plan.pageSize });
  const doc = pdf.doc;
  const pageNow = () => doc.bufferedPageRange().count;
  // Where each section starts and ends, as page numbers (1-based), for the preview.
  const outline: ReportSection[] = [];
  const section = (key: string, draw: () => void) => {
    const before = pageNow();
    const page = doc.page as Pdf['page'] | null; // none yet before the cover
    const startsOnNewPage = !page || page.layout === 'landscape' || doc.y > page.height - page.margins.bottom - KEEP_WITH_NEXT || key.includes(':');
    draw();
    outline.push({ key, first: startsOnNewPage ? before + 1 : before, last: pageNow() });
  };

  section('cover', () => drawCover(doc, w, coverTitle, branding, today));
  const chosen = data.plan.sections.filter((k) => sectionHasContent(data, k));
  const draw: Record<ReportSectionKey, () => void> = {
    summary: () => section('summary', () => drawSummary(doc, data)),
    progress: () =>
      section('progress', () => {
        startSection(doc, S.progress);
        drawProgress(doc, data.progress!);
      }),
    setup: () =>
      section('setup', () => {
        startSection(doc, S.setup);
        labelled(doc, msg.setup.scopeJourney, w.scopeJourney);
        labelled(doc, msg.setup.scopeProduct, w.scopeProduct);
        labelled(doc, msg.setup.scopeSegments, w.scopeSegments);
        labelled(doc, msg.setup.vision, w.vision);
      }),
    heard: () =>
      section('heard', () => {
        startSection(doc, S.heard);
        drawHeard(doc, data);
      }),
    participants: () =>
      section('participants', () => {
        startSection(doc, S.participants);
        drawTable(doc, [{ header: msg.report.participantColumns.name, weight: 1 }, { header: msg.report.participantColumns.role, weight: 1.4 }], data.participants.map((p): Cell[] => [{ text: p.name, bold: true }, p.role]));
      }),
    personas: () =>
      section('personas', () => {
        startSection(doc, S.personas);
        drawPersonas(doc, data);
      }),
    journeys: () => {
      for (const j of data.journeys) {
        section(`map:${j.journey.id}`, () => drawJourneyMap(doc, wd, j.journey.id));
        if (hasDetails(j.details)) section(`details:${j.journey.id}`, () => drawJourneyDetails(doc, j.journey.name, j.details));
        if (j.themes.length > 0) section(`themes:${j.journey.id}`, () => drawJourneyThemes(doc, j.journey.name, j.themes));
      }
    },
    blueprints: () => {
      for (const j of data.journeys) if (j.hasBlueprint) section(`blueprint:${j.journey.id}`, () => drawBlueprint(doc, wd, j.journey.id));
    },
    gaps: () =>
      section('gaps', () => {
        startSection(doc, S.gaps);
        drawGaps(doc, data);
      }),
    actions: () =>
      section('actions', () => {
        startSection(doc, S.actions);
        drawActionTable(doc, data.actions);
      }),
    measure: () =>
      section('measure', () => {
        startSection(doc, S.measure);
        drawMeasure(doc, data);
      }),
  };
  for (const key of chosen) draw[key]();
  const before = pageNow();
  if (drawNotes(doc)) outline.push({ key: 'notes', first: before, last: before });

  return { bytes: await pdf.finish([w.client, w.title].filter(Boolean).join(' · ')), outline, leftOut: leftOut(doc) };
}

export async function exportReport(wd: WorkshopDoc, branding: Branding, now: Date, format: 'pdf' | 'docx' = 'pdf', previous: WorkshopDoc | null = null): Promise<ExportedFile> {
  const today = now.toISOString().slice(0, 10);
  if (format === 'docx') {
    const { reportDocx } = await import('./report-docx');
    const bytes = await reportDocx(wd, branding, today, previous);
    return { fileName: reportFileName(wd.workshop, 'docx'), mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', content: bytes.toString('base64') };
  }
  const { bytes, leftOut: missing } = await reportPdf(wd, branding, today, previous);
  const name = reportFileName(wd.workshop, 'pdf');
  return { fileName: name, mimeType: 'application/pdf', encoding: 'base64', content: bytes.toString('base64'), ...(missing.length ? { warnings: [msg.exports.picturesLeftOut(missing)] } : {}) };
}

/** The report's file name: client, workshop, and the round when it is not the first. */
export function reportFileName(w: WorkshopDoc['workshop'], extension: string, kind = 'report'): string {
  return fileName(`${[w.client, w.title].filter(Boolean).join(' ')}${w.round > 1 ? ` round ${w.round}` : ''} ${kind}`, extension);
}

/** The pages each section of the report is on, from laying the real PDF out. */
export async function reportOutline(wd: WorkshopDoc, branding: Branding, now: Date, previous: WorkshopDoc | null = null): Promise<ReportSection[]> {
  return (await reportPdf(wd, branding, now.toISOString().slice(0, 10), previous)).outline;
}

/**
 * The short progress PDF for a steering meeting: a compact cover naming the round, then this
 * round beside the one it was started from, nothing else.
 */
export async function exportProgress(wd: WorkshopDoc, previous: WorkshopDoc, branding: Branding, now: Date): Promise<ExportedFile> {
  const today = now.toISOString().slice(0, 10);
  const w = wd.workshop;
  const pdf = openPdf({ title: `${w.title} · ${msg.rounds.progressTitle}`, subject: [msg.rounds.progressTitle, w.client].filter(Boolean).join(' · '), author: branding.name || w.facilitator, pageSize: reportPlan(w).pageSize });
  const doc = pdf.doc;
  drawCover(doc, w, msg.rounds.progressTitle, branding, today, 'compact');
  startSection(doc, msg.rounds.heading(previous.workshop.round, w.round));
  drawProgress(doc, compareRounds(previous, wd, today));
  // A last page left mostly empty is ruled for the meeting's notes, as in the report.
  drawNotes(doc);
  const bytes = await pdf.finish([w.client, w.title].filter(Boolean).join(' · '));
  return { fileName: reportFileName(w, 'pdf', 'progress'), mimeType: 'application/pdf', encoding: 'base64', content: bytes.toString('base64') };
}
