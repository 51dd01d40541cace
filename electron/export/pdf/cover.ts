/**
 * The cover page: what the document is, for which client, from which workshop, when and by whom;
 * with the consultant's logo, name and contact when they filled them in (Settings).
 */
import type { Branding } from '../../../shared/api';
import { formatDay } from '../../../shared/domain/dates';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { addPage, FONT, imageBytes, INK, type Pdf } from './document';

/** "20 November 2026", or "20 Nov 2026" where a table column is narrow. PDFs are written in
 * English, so the day is too. */
export function formatDate(iso: string | null, month: 'long' | 'short' = 'long'): string {
  return formatDay(iso, { month, locale: 'en-GB' }) ?? '';
}

export function drawCover(doc: Pdf, workshop: WorkshopDoc['workshop'], kind: string, branding: Branding, today: string): void {
  addPage(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.rect(0, 0, doc.page.width, 10).fill(INK.accent);

  const logo = branding.logo ? imageBytes(doc, branding.logo, msg.exports.yourLogo) : null;
  if (logo) {
    try {
      doc.image(logo, left, 50, { fit: [160, 64] });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the export.
    }
  }

  doc.y = 250;
  doc.x = left;
  doc.font(FONT.bold).fontSize(10).fillColor(INK.accent).text(kind.toUpperCase(), { characterSpacing: 1 });
  doc.moveDown(0.5);
  doc.font(FONT.bold).fontSize(30).fillColor(INK.text).text(workshop.title, { width });
  if (workshop.client.trim()) {
    doc.moveDown(0.3);
    doc.font(FONT.body).fontSize(16).fillColor(INK.muted).text(workshop.client, { width });
  }
  doc.moveDown(1.5);
  const facts: [string, string][] = [
    [msg.setup.date, formatDate(workshop.workshopDate)],
    [msg.setup.facilitator, workshop.facilitator],
  ];
  for (const [label, value] of facts) {
    if (!value.trim()) continue;
    doc.font(FONT.bold).fontSize(9).fillColor(INK.muted).text(label, { width });
    doc.font(FONT.body).fontSize(12).fillColor(INK.text).text(value, { width });
    doc.moveDown(0.6);
  }

  const by = [branding.name.trim() ? msg.exports.preparedBy(branding.name.trim()) : '', branding.contact.trim()].filter(Boolean);
  const bottom = doc.page.height - doc.page.margins.bottom - 60;
  doc.moveTo(left, bottom).lineTo(left + width, bottom).lineWidth(0.5).strokeColor(INK.border).stroke();
  doc.y = bottom + 10;
  for (const line of by) doc.font(FONT.body).fontSize(10).fillColor(INK.text).text(line, left, doc.y, { width });
  doc.font(FONT.body).fontSize(8).fillColor(INK.muted).text(msg.exports.generatedOn(formatDate(today)), left, doc.y + 4, { width });
}
