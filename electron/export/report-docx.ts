/**
 * The workshop report as a Word document, for consultants who rewrite before they send: the same
 * sections in the same chosen order as the PDF (shared/domain/report.ts), as editable text and
 * tables. A journey map becomes a table, stages across and lanes down, on a landscape page; so
 * does a blueprint. Written with the `docx` library (it writes real .docx XML; nothing else here
 * could).
 */
import { journeyDetails } from '../../shared/domain/journey-details';
import { reportThemes } from '../../shared/domain/themes/ops';
import { termLabel } from '../../shared/domain/vocabulary';
import { BorderStyle, Document, HeadingLevel, PageOrientation, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { Branding } from '../../shared/api';
import { itemsIn } from '../../shared/domain/blueprint';
import { emotionOf, lanesOf, notesIn, stagesOf, touchpointsOf } from '../../shared/domain/journey';
import { formatMetric } from '../../shared/domain/metrics';
import { quoted } from '../../shared/domain/quotes';
import { periodOf } from '../../shared/domain/periods';
import { gapName, gapTableRow, reportData, sectionHasContent, type ReportData } from '../../shared/domain/report';
import { gapPlace } from '../../shared/domain/gaps';
import type { RoundComparison } from '../../shared/domain/rounds';
import { PAPER, type ReportSectionKey } from '../../shared/domain/report-plan';
import { heatColor } from '../../shared/layout/palette';
import type { WorkshopDoc } from '../../shared/model/ops';
import { BLUEPRINT_LAYERS } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { formatDate } from './pdf/cover';
import { formatScore } from '../../shared/domain/scores';

const ACCENT = '0D7A72';
const MUTED = '5A6472';
/** Twentieths of a point per point. */
const TWIP = 20;

type Block = Paragraph | Table;

const para = (text: string, opts: { bold?: boolean; color?: string; size?: number; italics?: boolean } = {}) =>
  new Paragraph({ spacing: { after: 120 }, children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: opts.bold, color: opts.color, size: opts.size ? opts.size * 2 : undefined, italics: opts.italics })) });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });

const labelled = (label: string, text: string): Block[] => (text.trim() ? [para(label, { bold: true, color: MUTED, size: 9 }), para(text)] : []);

function table(head: readonly string[], rows: readonly (readonly (string | { text: string; bold?: boolean; fill?: string })[])[]): Table {
  const cell = (c: string | { text: string; bold?: boolean; fill?: string }, header: boolean) => {
    const v = typeof c === 'string' ? { text: c } : c;
    return new TableCell({
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F1F3F6' } : v.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: v.fill.replace('#', '') } : undefined,
      children: v.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || v.bold, size: 18 })] })),
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) }))],
  });
}

function summary(data: ReportData): Block[] {
  const S = data.solo ? { ...msg.report.summary, ...msg.report.solo } : msg.report.summary;
  const out: Block[] = [heading(S.heading)];
  if (data.workshop.vision.trim()) out.push(new Paragraph({ border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } }, children: [new TextRun({ text: data.workshop.vision.trim(), size: 24 })] }));
  const { topGaps, firstActions, owners } = data.summary;
  if (topGaps.length) {
    out.push(heading(S.topGaps, HeadingLevel.HEADING_2));
    out.push(table(['#', msg.report.gapColumns.gap, msg.report.gapColumns.touchpoint, msg.report.gapColumns.size, msg.report.gapColumns.priority], topGaps.map((g, i) => [String(i + 1), { text: gapName(g), bold: true }, gapPlace(g), String(g.size ?? '–'), String(g.priority ?? '–')])));
  }
  if (firstActions.length) {
    out.push(heading(S.firstActions, HeadingLevel.HEADING_2));
    out.push(table([msg.actions.columns.title, msg.actions.columns.owner, msg.actions.columns.due, msg.actions.columns.status], firstActions.map((a) => [{ text: a.title || msg.actions.untitled, bold: true }, a.owner || S.noOwner, formatDate(a.dueDate, 'short') || S.noDate, msg.actions.statuses[a.status] ?? a.status])));
  }
  if (owners.length) {
    out.push(heading(S.owners, HeadingLevel.HEADING_2));
    for (const o of owners) out.push(para(S.ownerLine(o.owner, o.count, formatDate(o.nextDue, 'short'))));
  }
  if (data.solo && data.metrics.length) {
    out.push(heading(msg.report.solo.measure, HeadingLevel.HEADING_2));
    for (const m of data.metrics) out.push(para(`• ${msg.report.solo.measureLine(m.name, m.place, m.target)}`));
  }
  return out;
}

function heard(data: ReportData): Block[] {
  const L = msg.listen;
  const out: Block[] = [heading(msg.report.sections.heard)];
  for (const { imp, rows } of data.heard.imports) {
    out.push(heading(L.importFrom(imp.fileName, L.kindShort[imp.kind] ?? imp.kind, rows.reduce((n, r) => n + r.result.count, 0), periodOf(imp).label), HeadingLevel.HEADING_2));
    out.push(table([L.where, L.result, L.responses], rows.map((r) => [r.name, { text: formatMetric(r.result), bold: true }, r.result.count.toLocaleString('en')])));
  }
  if (data.heard.quotes.length) {
    if (data.heard.imports.length) out.push(heading(msg.report.heard.inTheirWords, HeadingLevel.HEADING_2));
    for (const { item, personas, touchpoints } of data.heard.quotes) {
      out.push(para(item.kind === 'quote' ? quoted(item.text) : item.text.trim(), { italics: item.kind === 'quote' }));
      out.push(para([L.kinds[item.kind] ?? item.kind, item.source, formatDate(item.collectedOn, 'short'), ...personas, ...touchpoints].filter((x) => x && x.trim()).join(' · '), { color: MUTED, size: 9 }));
    }
  }
  return out;
}

/** A journey map as a table: the stages across, the lanes down, every note in its cell. */
function journeyTable(wd: WorkshopDoc, journeyId: string): Block[] {
  const stages = stagesOf(wd.rows, journeyId);
  const lanes = lanesOf(wd.rows, journeyId, false);
  const rows: string[][] = [];
  for (const lane of lanes) {
    if (lane.kind === 'touchpoints') rows.push([lane.name, ...stages.map((s) => touchpointsOf(wd.rows, s.id).map((t) => t.name + (t.momentOfTruth ? ` (${msg.journey.touchpoint.moment})` : '')).join('\n'))]);
    else if (lane.kind === 'emotions')
      rows.push([
        lane.name,
        ...stages.map((s) =>
          [
            ...touchpointsOf(wd.rows, s.id).map((t) => {
              const e = emotionOf(wd.rows, t.id);
              return e ? `${t.name} ${formatScore(e.score)}` : '';
            }),
            // Scored notes are points on the curve too (a map brought from another tool).
            ...Object.values(wd.rows.note)
              .filter((n) => n.stageId === s.id && n.score !== null)
              .map((n) => `${n.text.split('\n')[0]} ${formatScore(n.score!)}`),
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      ]);
    else rows.push([lane.name, ...stages.map((s) => notesIn(wd.rows, s.id, lane.id).map((n) => `• ${n.text}`).join('\n'))]);
  }
  const details = journeyDetails(wd, journeyId);
  const themes = reportThemes(wd, journeyId);
  const C = msg.report.detailColumns;
  return [
    heading(`${msg.report.sections.journey}: ${wd.rows.journey[journeyId]?.name ?? ''}`),
    ...labelled(msg.journey.details.pointOfView, details.pointOfView),
    table(['', ...stages.map((s) => s.name)], rows),
    ...(details.items.length
      ? [heading(msg.report.sections.journeyDetails, HeadingLevel.HEADING_2), table([C.stage, C.lane, C.item, C.said], details.items.map((i) => [i.stage, i.lane, { text: i.title, bold: true }, [i.description, i.meta.join(' · ')].filter(Boolean).join('\n')]))]
      : []),
    ...(themes.length
      ? [
          heading(msg.report.sections.journeyThemes, HeadingLevel.HEADING_2),
          table(
            [msg.themes.reportColumns.theme, msg.themes.reportColumns.said],
            themes.map((t) => [{ text: `${t.name} (${t.items.length})`, bold: true }, t.items.map((i) => `• ${i}`).join('\n')]),
          ),
        ]
      : []),
  ];
}

function blueprintTable(wd: WorkshopDoc, journeyId: string): Block[] {
  const stages = stagesOf(wd.rows, journeyId);
  const B = msg.blueprint;
  const rows: string[][] = [[B.touchpointsRow, ...stages.map((s) => touchpointsOf(wd.rows, s.id).map((t) => t.name).join('\n'))]];
  for (const layer of BLUEPRINT_LAYERS) {
    const cells = stages.map((s) =>
      itemsIn(wd.rows, s.id, layer)
        .map((b) => [`• ${b.text}`, [b.role, b.timing].filter(Boolean).join(' · ')].filter(Boolean).join('\n'))
        .join('\n'),
    );
    if (cells.some(Boolean)) rows.push([B.layers[layer] ?? layer, ...cells]);
  }
  return [heading(`${msg.report.sections.blueprint}: ${wd.rows.journey[journeyId]?.name ?? ''}`), table(['', ...stages.map((s) => s.name)], rows)];
}

/** The round comparison (shared/domain/rounds.ts) as headings and tables. */
function progress(p: RoundComparison): Block[] {
  const C = msg.rounds;
  const b = p.before.round;
  const a = p.after.round;
  const out: Block[] = [heading(msg.report.sections.progress), para(C.periods(b, p.before.period, a, p.after.period), { color: MUTED, size: 9 })];
  out.push(para([C.actionsDone(p.actions.done.length, p.actions.total), ...(['closed', 'smaller', 'bigger', 'new', 'removed'] as const).map((c) => `${p.counts[c]} ${C.gapsTile(p.counts[c], C.changes[c] ?? c)}`)].join(' · '), { bold: true }));
  out.push(heading(C.countsLabel, HeadingLevel.HEADING_2));
  if (p.gaps.length === 0) out.push(para(C.noGaps, { color: MUTED }));
  else {
    out.push(table([C.gap, C.round(b), C.round(a), C.change], p.gaps.map((g) => [`${g.name}\n${g.place}`, g.before === null ? '–' : String(g.before), g.after === null ? '–' : String(g.after), { text: C.changeOne[g.change] ?? g.change, bold: true }])));
    out.push(para(C.closedMeans, { color: MUTED, size: 8.5 }));
  }
  out.push(heading(C.actionsHeading, HeadingLevel.HEADING_2));
  if (p.actions.done.length === 0) out.push(para(C.noneDone, { color: MUTED }));
  else out.push(table([msg.actions.columns.title, msg.actions.columns.owner, msg.actions.columns.status], p.actions.done.map((d) => [{ text: d.title, bold: true }, d.owner, C.doneWhen(d.when === 'before', d.when === 'before' ? b : a)])));
  out.push(heading(C.emotionsHeading, HeadingLevel.HEADING_2));
  if (p.emotions.length === 0) out.push(para(C.noEmotionMoves, { color: MUTED }));
  else out.push(table([C.emotionColumns.touchpoint, `${C.round(b)} → ${C.round(a)}`, C.emotionColumns.move], p.emotions.map((e) => [`${e.stage} → ${e.touchpoint}`, e.text, { text: C.emotionMove[e.move] ?? e.move, bold: true }])));
  if (p.metrics.length) {
    out.push(heading(C.metricsHeading, HeadingLevel.HEADING_2));
    out.push(table([C.metricColumns.metric, C.round(b), C.round(a), C.metricColumns.target, C.metricColumns.status], p.metrics.map((m) => [`${m.name}\n${m.place}`, m.before, m.after, m.target, { text: C.metricStatus[m.status] ?? m.status, bold: true }])));
  }
  return out;
}

export async function reportDocx(wd: WorkshopDoc, branding: Branding, today: string, previous: WorkshopDoc | null = null): Promise<Buffer> {
  const data = reportData(wd, { today, previous });
  const w = data.workshop;
  const S = msg.report.sections;
  const paper = PAPER[data.plan.pageSize];
  const page = (landscape: boolean) => ({
    size: { width: paper.width * TWIP, height: paper.height * TWIP, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: { top: 56 * TWIP, bottom: 56 * TWIP, left: 50 * TWIP, right: 50 * TWIP },
  });
  const sections: ISectionOptions[] = [];
  let portrait: Block[] = [
    para((data.solo ? msg.report.solo.coverTitle : msg.report.coverTitle).toUpperCase(), { bold: true, color: ACCENT, size: 10 }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(w.title)] }),
    ...(w.client ? [para(w.client, { size: 15, color: MUTED })] : []),
    ...labelled(msg.setup.date, formatDate(w.workshopDate)),
    ...labelled(msg.setup.facilitator, w.facilitator),
    ...(w.round > 1 ? labelled(msg.exports.roundLabel, msg.rounds.badge(w.round)) : []),
    ...labelled(msg.exports.preparedByLabel, [branding.name, branding.contact].filter((t) => t.trim()).join('\n')),
    para(msg.exports.generatedOn(formatDate(today)), { color: MUTED, size: 8 }),
  ];
  const flushPortrait = () => {
    if (portrait.length) sections.push({ properties: { page: page(false) }, children: portrait });
    portrait = [];
  };
  const landscape = (children: Block[]) => {
    flushPortrait();
    sections.push({ properties: { page: page(true) }, children });
  };
  const build: Record<ReportSectionKey, () => void> = {
    summary: () => portrait.push(...summary(data)),
    progress: () => portrait.push(...progress(data.progress!)),
    setup: () => portrait.push(heading(S.setup), ...labelled(msg.setup.scopeJourney, w.scopeJourney), ...labelled(msg.setup.scopeProduct, w.scopeProduct), ...labelled(msg.setup.scopeSegments, w.scopeSegments), ...labelled(msg.setup.vision, w.vision)),
    heard: () => portrait.push(...heard(data)),
    participants: () => portrait.push(heading(S.participants), table([msg.report.participantColumns.name, msg.report.participantColumns.role], data.participants.map((p) => [{ text: p.name, bold: true }, p.role]))),
    personas: () => {
      portrait.push(heading(S.personas));
      const P = msg.personas.fields;
      for (const p of data.personas) {
        portrait.push(heading(p.name || msg.personas.unnamed, HeadingLevel.HEADING_2));
        if (p.role) portrait.push(para(p.role, { color: MUTED }));
        if (p.quote.trim()) portrait.push(para(quoted(p.quote), { italics: true, color: ACCENT }));
        portrait.push(...labelled(P.goals, p.goals), ...labelled(P.needs, p.needs), ...labelled(P.painPoints, p.painPoints), ...labelled(P.behaviours, p.behaviours));
      }
    },
    journeys: () => {
      for (const j of data.journeys) landscape(journeyTable(wd, j.journey.id));
    },
    blueprints: () => {
      for (const j of data.journeys) if (j.hasBlueprint) landscape(blueprintTable(wd, j.journey.id));
    },
    gaps: () => {
      const G = msg.report.gapColumns;
      const keep = <T,>(row: readonly T[]) => gapTableRow(data, row);
      portrait.push(heading(S.gaps), para(data.solo ? msg.report.solo.gapRule : msg.report.gapRule, { color: MUTED, size: 9 }));
      for (const j of data.journeys.filter((x) => x.gaps.length > 0)) {
        if (data.journeys.length > 1) portrait.push(heading(j.journey.name, HeadingLevel.HEADING_2));
        portrait.push(
          table(
            keep(['#', G.gap, G.touchpoint, G.intended, G.actual, G.size, G.votes, G.priority]),
            j.gaps.map((g, i) => {
              const heat = g.size === null ? null : heatColor(g.size);
              return keep([String(i + 1), { text: gapName(g), bold: true }, gapPlace(g), String(g.gap.intendedScore ?? '–'), String(g.actual ?? '–'), heat ? { text: String(g.size), fill: heat.fill, bold: true } : '–', String(g.votes.visible), String(g.priority ?? '–')]);
            }),
          ),
        );
      }
    },
    actions: () => {
      const C = msg.actions.columns;
      portrait.push(
        heading(S.actions),
        table(
          ['#', C.title, C.owner, C.due, C.status, C.gaps, C.metric],
          data.actions.map((a, i) => [String(i + 1), { text: [a.title + (a.wow ? ` ★ ${msg.actions.fields.wow}` : ''), a.description.trim()].filter(Boolean).join('\n') }, [a.owner, a.team ? termLabel('team', a.team) : ''].filter(Boolean).join('\n'), formatDate(a.dueDate, 'short'), msg.actions.statuses[a.status] ?? a.status, a.gaps.join('\n'), a.metric]),
        ),
      );
    },
    measure: () => {
      const C = msg.measure.columns;
      portrait.push(heading(S.measure), table([C.metric, C.at, C.baseline, C.current, C.target, C.progress, C.review, C.actions], data.metrics.map((m) => [{ text: m.name, bold: true }, m.place, m.baseline, m.current, m.target, { text: m.progress, bold: m.met || m.reviewPassed }, formatDate(m.reviewDate, 'short'), m.actions.join('\n')])));
    },
  };
  for (const key of data.plan.sections) if (sectionHasContent(data, key)) build[key]();
  flushPortrait();
  const document = new Document({
    creator: 'Touchpoint',
    title: w.title,
    description: [data.solo ? msg.report.solo.coverTitle : msg.report.coverTitle, w.client].filter(Boolean).join(' · '),
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: sections.map((s) => ({ ...s, properties: { ...s.properties } })),
  });
  return Packer.toBuffer(document);
}
