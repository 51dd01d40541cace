/**
 * The service blueprint on paper: the canvas's own layout (shared/layout/blueprint-layout.ts),
 * with the three lines (interaction, visibility, internal interaction) drawn across every page.
 */
import { phaseMarks } from '../../../shared/domain/phases';
import { termLabel } from '../../../shared/domain/vocabulary';
import { BP, ITEM_TEXT_WIDTH, layoutBlueprint } from '../../../shared/layout/blueprint-layout';
import { stagesOf } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { FONT, INK, type Pdf } from './document';
import { pdfMeasure } from './journey-map';
import { drawTiled, meets } from './tiles';

const LINE_GAP = 14 * 1.3 - 14 * 1.164;

export function drawBlueprint(doc: Pdf, wd: WorkshopDoc, journeyId: string): void {
  const journey = wd.rows.journey[journeyId];
  if (!journey) return;
  // Layers nobody filled stay (the lines sit between them) but take little room on paper.
  const layout = layoutBlueprint(wd.rows, journeyId, pdfMeasure(doc), { compactEmpty: true });
  const stageRows = stagesOf(wd.rows, journeyId);
  const stages = new Map(stageRows.map((s) => [s.id, s.name]));
  const phases = new Map(phaseMarks(stageRows).map((m, i) => [stageRows[i]!.id, m?.name]));
  const B = msg.blueprint;
  drawTiled(doc, `${msg.report.sections.blueprint}: ${journey.name}`, {
    columns: layout.columns.map((c) => ({ x: c.x, width: c.width, label: stages.get(c.stageId) ?? '', phase: phases.get(c.stageId) })),
    rows: layout.rows.map((r) => ({ y: r.y, height: r.height, label: r.layer === 'touchpoints' ? B.touchpointsRow : (B.layers[r.layer] ?? r.layer), shade: r.layer === 'touchpoints' })),
    drawContent(d, view, overview) {
      for (const line of layout.lines) {
        if (line.y < view.y || line.y > view.y + view.height) continue;
        d.moveTo(view.x, line.y).lineTo(view.x + view.width, line.y).dash(8, { space: 5 }).lineWidth(2).strokeColor(INK.accent).stroke().undash();
        if (!overview) d.font(FONT.bold).fontSize(13).fillColor(INK.accent).text(B.lines[line.line], view.x + 6, line.y + 3, { width: 320, height: 17, lineBreak: false });
      }
      for (const t of layout.touchpoints) {
        if (!meets(t, view)) continue;
        const tp = wd.rows.touchpoint[t.id]!;
        d.roundedRect(t.x, t.y, t.width, t.height, 5).fillAndStroke('#ffffff', tp.momentOfTruth ? INK.accent : INK.rule);
        if (overview) continue;
        d.font(FONT.bold).fontSize(13).fillColor(INK.text).text(tp.name, t.x + 10, t.y + 9, { width: t.width - 20, height: 18, ellipsis: true, lineBreak: false });
      }
      for (const b of layout.items) {
        if (!meets(b, view)) continue;
        const item = wd.rows.blueprintItem[b.id]!;
        d.roundedRect(b.x, b.y, b.width, b.height, 5).fillAndStroke('#ffffff', INK.rule);
        if (overview) continue;
        d.font(FONT.body).fontSize(14).fillColor(INK.text);
        d.text(item.text, b.x + BP.itemPaddingX, b.y + BP.itemPaddingY, { width: ITEM_TEXT_WIDTH, height: b.height - BP.itemPaddingY - BP.metaHeight, lineGap: LINE_GAP, ellipsis: true });
        const meta = [item.role, item.timing, item.team ? termLabel('team', item.team) : ''].filter(Boolean).join(' · ');
        if (meta) d.font(FONT.body).fontSize(13).fillColor(INK.muted).text(meta, b.x + BP.itemPaddingX, b.y + b.height - BP.metaHeight - 4, { width: ITEM_TEXT_WIDTH, height: 17, ellipsis: true, lineBreak: false });
      }
    },
  });
}
