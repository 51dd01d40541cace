/**
 * The journey map on paper: the same layout as the canvas (shared/layout/journey-layout.ts),
 * measured with the PDF's own font, drawn as vectors with real text. Touchpoints carry the heat
 * of their largest gap; the emotion curve joins the scored touchpoints.
 */
import { phaseMarks } from '../../../shared/domain/phases';
import { termLabel } from '../../../shared/domain/vocabulary';
import { gapByTouchpoint } from '../../../shared/domain/gaps';
import { lanesOf, stagesOf } from '../../../shared/domain/journey';
import { GEOMETRY, layoutJourney, NOTE_TEXT_WIDTH, pointName, type Measure } from '../../../shared/layout/journey-layout';
import { heatColor, NOTE_FILL, NOTE_TEXT } from '../../../shared/layout/palette';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { formatScore } from '../../../shared/domain/scores';
import { FONT, INK, type Pdf } from './document';
import { drawTiled, meets } from './tiles';

const g = GEOMETRY;
/** The smallest text on a map (printed at 7 pt at the least scale: shared/layout/tiles.ts). */
const SMALLEST = 13;

const NOTE_LINE_GAP = g.noteFontSize * g.noteLineHeight - g.noteFontSize * 1.164; // DejaVu's own line height is ~1.164 em

export function pdfMeasure(doc: Pdf): Measure {
  return (text, width) => doc.font(FONT.body).fontSize(g.noteFontSize).heightOfString(text || ' ', { width, lineGap: NOTE_LINE_GAP });
}

export function drawJourneyMap(doc: Pdf, wd: WorkshopDoc, journeyId: string): void {
  const journey = wd.rows.journey[journeyId];
  if (!journey) return;
  const layout = layoutJourney(wd.rows, journeyId, pdfMeasure(doc));
  const stageRows = stagesOf(wd.rows, journeyId);
  const stages = new Map(stageRows.map((s) => [s.id, s.name]));
  const phases = new Map(phaseMarks(stageRows).map((m, i) => [stageRows[i]!.id, m?.name]));
  const lanes = new Map(lanesOf(wd.rows, journeyId).map((l) => [l.id, l.name]));
  const heat = gapByTouchpoint(wd, journeyId);
  drawTiled(
    doc,
    `${msg.report.sections.journey}: ${journey.name}`,
    {
      columns: layout.columns.map((c) => ({ x: c.x, width: c.width, label: stages.get(c.stageId) ?? '', phase: phases.get(c.stageId) })),
      rows: layout.rows.map((r) => ({ y: r.y, height: r.height, label: lanes.get(r.laneId) ?? '', shade: r.kind === 'emotions' })),
      drawContent(d, view, overview) {
        for (const n of layout.notes) {
          if (!meets(n, view)) continue;
          const note = wd.rows.note[n.id]!;
          d.roundedRect(n.x, n.y, n.width, n.height, 4).fill(NOTE_FILL[note.color] ?? NOTE_FILL.yellow!);
          if (overview) continue;
          d.font(FONT.body).fontSize(g.noteFontSize).fillColor(NOTE_TEXT);
          d.text(note.text, n.x + g.notePaddingX, n.y + g.notePaddingY, { width: NOTE_TEXT_WIDTH, height: n.height - g.notePaddingY, lineGap: NOTE_LINE_GAP, ellipsis: true });
        }
        for (const t of layout.touchpoints) {
          if (!meets(t, view)) continue;
          const tp = wd.rows.touchpoint[t.id]!;
          const size = heat.get(t.id);
          const colour = size === undefined ? null : heatColor(size);
          d.roundedRect(t.x, t.y, t.width, t.height, 6).fillAndStroke(colour?.fill ?? '#ffffff', tp.momentOfTruth ? INK.accent : INK.rule);
          if (overview) continue;
          d.font(FONT.bold).fontSize(14).fillColor(colour?.text ?? INK.text);
          d.text(tp.name, t.x + 10, t.y + 10, { width: t.width - 20, height: 36, ellipsis: true });
          const meta = [termLabel('channel', tp.channel), termLabel('team', tp.team), tp.momentOfTruth ? msg.journey.touchpoint.moment : '', size === undefined ? '' : msg.gaps.sizeValue(size)].filter(Boolean).join(' · ');
          d.font(FONT.body).fontSize(SMALLEST).fillColor(colour?.text ?? INK.muted);
          d.text(meta, t.x + 10, t.y + t.height - 26, { width: t.width - 20, height: 16, ellipsis: true, lineBreak: false });
        }
        const row = layout.emotionRow;
        if (row && meets(row, view)) {
          const mid = row.y + row.height / 2;
          d.moveTo(view.x, mid).lineTo(view.x + view.width, mid).dash(4, { space: 4 }).lineWidth(1).strokeColor(INK.rule).stroke().undash();
          const points = layout.emotions.filter((p) => p.score !== null);
          if (points.length > 1) {
            d.moveTo(points[0]!.x, points[0]!.y);
            for (const p of points.slice(1)) d.lineTo(p.x, p.y);
            d.lineWidth(3).strokeColor(INK.accent).stroke();
          }
          for (const p of points) d.circle(p.x, p.y, 6).fill(INK.accent);
          if (overview) return;
          // Each point says whose it is and its score. Neighbours close together take turns above
          // and below the curve, and each label is no wider than the room beside its point.
          const sorted = [...points].sort((a, b) => a.x - b.x);
          sorted.forEach((p, i) => {
            const gapBefore = i > 0 ? p.x - sorted[i - 1]!.x : Infinity;
            const gapAfter = i < sorted.length - 1 ? sorted[i + 1]!.x - p.x : Infinity;
            const crowded = Math.min(gapBefore, gapAfter) < 190;
            const width = Math.min(190, crowded ? Math.min(gapBefore, gapAfter) * 2 - 8 : 190);
            const name = pointName(wd.rows, p);
            const label = `${name} ${formatScore(p.score!)}`.trim();
            const roomAbove = p.y - row.y > 30;
            const roomBelow = row.y + row.height - p.y > 30;
            const above = crowded ? (i % 2 === 0 ? roomAbove : !roomBelow) : roomAbove;
            d.font(FONT.bold).fontSize(SMALLEST).fillColor(INK.text);
            d.text(label, p.x - width / 2, above ? p.y - 24 : p.y + 10, { width, align: 'center', lineBreak: false, ellipsis: true, height: 16 });
          });
        }
      },
    },
    msg.report.mapLegend,
  );
}
