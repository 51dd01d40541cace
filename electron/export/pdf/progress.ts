/**
 * The round comparison on paper (shared/domain/rounds.ts): the counts a steering meeting asks for
 * first, then the gaps, the actions, how the customer feels and the metrics against their targets.
 * Used as a section of the report and as the body of the short progress PDF.
 */
import type { RoundComparison } from '../../../shared/domain/rounds';
import { msg } from '../../../shared/strings';
import { contentWidth, ensureSpace, FONT, INK, paragraph, subheading, type Pdf } from './document';
import { drawTable, type Cell } from './table';

/** Colours that say which way a change went, dark enough to read as text on white. */
const GOOD = '#1f7a3a';
const BAD = '#b3261e';
const TONE: Record<string, string> = { closed: GOOD, smaller: GOOD, bigger: BAD, new: INK.text, same: INK.muted, removed: INK.muted, better: GOOD, worse: BAD, met: GOOD, closer: GOOD, further: BAD, unknown: INK.muted };

/** A row of figures in boxes: the number large, what it counts under it. */
function drawTiles(doc: Pdf, tiles: readonly { value: string; label: string; color?: string }[]): void {
  const height = 58;
  ensureSpace(doc, height + 12);
  const left = doc.page.margins.left;
  const gap = 8;
  const width = (contentWidth(doc) - gap * (tiles.length - 1)) / tiles.length;
  const top = doc.y;
  tiles.forEach((t, i) => {
    const x = left + i * (width + gap);
    doc.roundedRect(x, top, width, height, 5).fill(INK.header);
    doc.font(FONT.bold).fontSize(20).fillColor(t.color ?? INK.text).text(t.value, x + 8, top + 8, { width: width - 16, lineBreak: false });
    doc.font(FONT.body).fontSize(8.5).fillColor(INK.muted).text(t.label, x + 8, top + 36, { width: width - 16, height: 20, ellipsis: true });
  });
  doc.x = left;
  doc.y = top + height + 12;
}

/** A heading kept on the page with the start of what follows it (a table's header and first row). */
function heading(doc: Pdf, text: string): void {
  ensureSpace(doc, 100);
  subheading(doc, text);
}

export function drawProgress(doc: Pdf, p: RoundComparison): void {
  const C = msg.rounds;
  const b = p.before.round;
  const a = p.after.round;
  paragraph(doc, C.periods(b, p.before.period, a, p.after.period), { muted: true, size: 9 });

  const done = p.actions.done.length;
  drawTiles(doc, [
    { value: `${done}/${p.actions.total}`, label: C.actionsTile, color: INK.accent },
    ...(['closed', 'smaller', 'bigger', 'new', 'removed'] as const).map((c) => ({ value: String(p.counts[c]), label: C.gapsTile(p.counts[c], C.changes[c] ?? c), color: p.counts[c] > 0 ? TONE[c] : INK.muted })),
  ]);

  heading(doc, C.countsLabel);
  if (p.gaps.length === 0) paragraph(doc, C.noGaps, { muted: true });
  else {
    drawTable(
      doc,
      [
        { header: C.gap, weight: 3.4 },
        { header: C.round(b), weight: 1, align: 'center' },
        { header: C.round(a), weight: 1, align: 'center' },
        { header: C.change, weight: 1.3 },
      ],
      p.gaps.map((g): Cell[] => [
        { text: `${g.name}\n${g.place}`, bold: false },
        g.before === null ? '–' : String(g.before),
        g.after === null ? '–' : String(g.after),
        { text: C.changeOne[g.change] ?? g.change, bold: true, color: TONE[g.change] },
      ]),
    );
    paragraph(doc, C.closedMeans, { muted: true, size: 8.5 });
  }

  heading(doc, C.actionsHeading);
  if (done === 0) paragraph(doc, C.noneDone, { muted: true });
  else {
    paragraph(doc, C.actionsDone(done, p.actions.total));
    drawTable(
      doc,
      [
        { header: msg.actions.columns.title, weight: 3.4 },
        { header: msg.actions.columns.owner, weight: 1.6 },
        { header: msg.actions.columns.status, weight: 1.6 },
      ],
      p.actions.done.map((d): Cell[] => [{ text: d.title, bold: true }, d.owner, C.doneWhen(d.when === 'before', d.when === 'before' ? b : a)]),
    );
  }

  heading(doc, C.emotionsHeading);
  if (p.emotions.length === 0) paragraph(doc, C.noEmotionMoves, { muted: true });
  else
    drawTable(
      doc,
      [
        { header: C.emotionColumns.touchpoint, weight: 3.4 },
        { header: `${C.round(b)} → ${C.round(a)}`, weight: 1.6, align: 'center' },
        { header: C.emotionColumns.move, weight: 1.3 },
      ],
      p.emotions.map((e): Cell[] => [`${e.stage} → ${e.touchpoint}`, e.text, { text: C.emotionMove[e.move] ?? e.move, bold: true, color: TONE[e.move] }]),
    );

  if (p.metrics.length > 0) {
    heading(doc, C.metricsHeading);
    drawTable(
      doc,
      [
        { header: C.metricColumns.metric, weight: 2.6 },
        { header: C.round(b), weight: 1.4 },
        { header: C.round(a), weight: 1.4 },
        { header: C.metricColumns.target, weight: 0.9 },
        { header: C.metricColumns.status, weight: 1.3 },
      ],
      p.metrics.map((m): Cell[] => [{ text: `${m.name}\n${m.place}` }, m.before, m.after, m.target, { text: C.metricStatus[m.status] ?? m.status, bold: true, color: TONE[m.status] }]),
    );
  }
}
