/**
 * The workshop report PDF, in the order the workshop ran: cover, goal and scope, personas, each
 * journey's map and blueprint, the gaps with their heat, the action list and the measurement plan.
 * Every section starts on a new page; all text is real text. Content comes from
 * shared/domain/report.ts, the same data the Report step previews.
 */
import type { Branding, ExportedFile, ReportSection } from '../../shared/api';
import { fileName } from '../../shared/domain/file-name';
import { gapName, reportData } from '../../shared/domain/report';
import { heatColor } from '../../shared/layout/palette';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { drawActionTable } from './pdf/actions-table';
import { drawBlueprint } from './pdf/blueprint-map';
import { drawCover, formatDate } from './pdf/cover';
import { addPage, ensureSpace, FONT, imageBytes, INK, leftOut, labelled, openPdf, paragraph, sectionTitle, subheading } from './pdf/document';
import { drawJourneyMap } from './pdf/journey-map';
import { drawTable, type Cell } from './pdf/table';

/** The report and, per section, how many pages it took (the Report step numbers its preview by it). */
export interface ReportPdf {
  bytes: Buffer;
  outline: ReportSection[];
  /** Pictures that could not be used and were left out. */
  leftOut: string[];
}

export async function reportPdf(wd: WorkshopDoc, branding: Branding, today: string): Promise<ReportPdf> {
  const data = reportData(wd);
  const w = data.workshop;
  const S = msg.report.sections;
  const pdf = openPdf({ title: w.title, subject: [msg.report.coverTitle, w.client].filter(Boolean).join(' · '), author: branding.name || w.facilitator });
  const doc = pdf.doc;
  const eyebrow = w.client || w.title;
  // Each section starts on a new page: note the page count before it begins.
  const starts: { key: string; before: number }[] = [];
  const section = (key: string) => starts.push({ key, before: doc.bufferedPageRange().count });

  section('cover');
  drawCover(doc, w, msg.report.coverTitle, branding, today);

  // Goal and scope
  section('setup');
  addPage(doc);
  sectionTitle(doc, eyebrow, S.setup);
  labelled(doc, msg.setup.scopeJourney, w.scopeJourney);
  labelled(doc, msg.setup.scopeProduct, w.scopeProduct);
  labelled(doc, msg.setup.scopeSegments, w.scopeSegments);
  labelled(doc, msg.setup.vision, w.vision);
  if (![w.scopeJourney, w.scopeProduct, w.scopeSegments, w.vision].some((t) => t.trim())) paragraph(doc, msg.report.empty, { muted: true });

  // Personas
  section('personas');
  addPage(doc);
  sectionTitle(doc, eyebrow, S.personas);
  if (data.personas.length === 0) paragraph(doc, msg.report.empty, { muted: true });
  const P = msg.personas.fields;
  for (const p of data.personas) {
    ensureSpace(doc, 140);
    const top = doc.y;
    const photo = p.avatarKind === 'image' && p.avatarImage ? imageBytes(doc, p.avatarImage, msg.exports.photoOf(p.name)) : null;
    if (photo) {
      try {
        doc.image(photo, doc.page.margins.left, top, { fit: [56, 56] });
      } catch {
        // an image pdfkit cannot read (WebP) is left out; the text says who it is
      }
    }
    const indent = photo ? 68 : 0;
    doc.font(FONT.bold).fontSize(14).fillColor(INK.text).text(p.name || msg.personas.unnamed, doc.page.margins.left + indent, top);
    if (p.role) doc.font(FONT.body).fontSize(10).fillColor(INK.muted).text(p.role, doc.page.margins.left + indent);
    if (p.quote.trim()) doc.font(FONT.body).fontSize(10).fillColor(INK.accent).text(`“${p.quote.trim()}”`, doc.page.margins.left + indent);
    doc.y = Math.max(doc.y, top + (photo ? 60 : 0)) + 6;
    labelled(doc, P.goals, p.goals);
    labelled(doc, P.needs, p.needs);
    labelled(doc, P.painPoints, p.painPoints);
    labelled(doc, P.behaviours, p.behaviours);
    doc.moveTo(doc.page.margins.left, doc.y).lineTo(doc.page.width - doc.page.margins.right, doc.y).lineWidth(0.5).strokeColor(INK.border).stroke();
    doc.moveDown(1);
  }

  // Each journey: map, blueprint
  for (const j of data.journeys) {
    section(`map:${j.journey.id}`);
    drawJourneyMap(doc, wd, j.journey.id);
    if (!j.hasBlueprint) continue;
    section(`blueprint:${j.journey.id}`);
    drawBlueprint(doc, wd, j.journey.id);
  }

  // Gaps, ranked, with the heat colour of their size
  section('gaps');
  addPage(doc);
  sectionTitle(doc, eyebrow, S.gaps);
  const G = msg.report.gapColumns;
  const anyGaps = data.journeys.some((j) => j.gaps.length > 0);
  if (!anyGaps) paragraph(doc, msg.report.empty, { muted: true });
  for (const j of data.journeys) {
    if (j.gaps.length === 0) continue;
    if (data.journeys.length > 1) subheading(doc, j.journey.name);
    const rows = j.gaps.map((g, i): Cell[] => {
      const heat = g.size === null ? null : heatColor(g.size);
      return [
        String(i + 1),
        { text: gapName(g), bold: true },
        `${g.stage?.name ?? ''} → ${g.touchpoint.name}`,
        g.gap.intendedScore === null ? '–' : String(g.gap.intendedScore),
        g.actual === null ? '–' : String(g.actual),
        heat ? { text: String(g.size), fill: heat.fill, color: heat.text, bold: true } : '–',
        String(g.votes.visible),
        g.priority === null ? '–' : String(g.priority),
      ];
    });
    drawTable(
      doc,
      [
        { header: '#', weight: 0.4, align: 'right' },
        { header: G.gap, weight: 2.6 },
        { header: G.touchpoint, weight: 2.6 },
        { header: G.intended, weight: 1.3, align: 'center' },
        { header: G.actual, weight: 1.1, align: 'center' },
        { header: G.size, weight: 0.9, align: 'center' },
        { header: G.votes, weight: 1, align: 'center' },
        { header: G.priority, weight: 1.2, align: 'center' },
      ],
      rows,
    );
  }

  // Actions
  section('actions');
  addPage(doc, 'landscape');
  sectionTitle(doc, eyebrow, S.actions);
  drawActionTable(doc, data.actions);

  // Measurement plan
  section('measure');
  addPage(doc, 'landscape');
  sectionTitle(doc, eyebrow, S.measure);
  const C = msg.measure.columns;
  if (data.metrics.length === 0) paragraph(doc, msg.report.empty, { muted: true });
  else
    drawTable(
      doc,
      [
        { header: C.metric, weight: 2 },
        { header: C.at, weight: 2.4 },
        { header: C.method, weight: 1.2 },
        { header: C.baseline, weight: 1.3 },
        { header: C.target, weight: 1 },
        { header: C.review, weight: 1.2 },
        { header: C.actions, weight: 2.4 },
      ],
      data.metrics.map((m): Cell[] => [
        { text: m.name, bold: true },
        m.place,
        m.method,
        [m.baseline, m.measured && m.measured !== m.baseline ? `(${m.measured})` : ''].filter(Boolean).join(' '),
        m.target,
        formatDate(m.reviewDate, 'short'),
        m.actions.join('\n'),
      ]),
    );

  const total = doc.bufferedPageRange().count;
  const outline = starts.map(({ key, before }, i) => ({ key, pages: (starts[i + 1]?.before ?? total) - before }));
  return { bytes: await pdf.finish([w.client, w.title].filter(Boolean).join(' · ')), outline, leftOut: leftOut(doc) };
}

export async function exportReport(wd: WorkshopDoc, branding: Branding, now: Date): Promise<ExportedFile> {
  const { bytes, leftOut: missing } = await reportPdf(wd, branding, now.toISOString().slice(0, 10));
  const name = fileName(`${[wd.workshop.client, wd.workshop.title].filter(Boolean).join(' ')} report`, 'pdf');
  return { fileName: name, mimeType: 'application/pdf', encoding: 'base64', content: bytes.toString('base64'), ...(missing.length ? { warnings: [msg.exports.picturesLeftOut(missing)] } : {}) };
}

/** How many pages each section of the report takes, from laying the real PDF out. */
export async function reportOutline(wd: WorkshopDoc, branding: Branding, now: Date): Promise<ReportSection[]> {
  return (await reportPdf(wd, branding, now.toISOString().slice(0, 10))).outline;
}
