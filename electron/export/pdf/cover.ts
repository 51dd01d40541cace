/**
 * The cover page: what the document is, for which client, from which workshop, when and by whom;
 * with the client's logo (Setup) and the consultant's logo, name and contact (Settings) when given.
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

/** The height of the cover's coloured band, in points: full, or compact for a short document
 * whose content starts on its first page. */
const BAND = { full: 210, compact: 130 };

/**
 * The cover: a band in the accent colour with what the document is, the workshop and the client;
 * below it the facts (date, facilitator, round) and who prepared it. Leaves the cursor under the
 * facts, so the report can start its summary on the same page.
 */
export function drawCover(doc: Pdf, workshop: WorkshopDoc['workshop'], kind: string, branding: Branding, today: string, size: keyof typeof BAND = 'full'): void {
  addPage(doc);
  const band = BAND[size];
  const compact = size === 'compact';
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.rect(0, 0, doc.page.width, band).fill(INK.accent);

  // The client's logo, then the consultant's, at the band's right end.
  const logos = [
    workshop.clientLogo ? imageBytes(doc, workshop.clientLogo, msg.setup.clientLogo) : null,
    branding.logo ? imageBytes(doc, branding.logo, msg.exports.yourLogo) : null,
  ].filter((l): l is NonNullable<typeof l> => !!l);
  const logoWidth = 130;
  const logosWidth = logos.length ? logos.length * logoWidth + (logos.length - 1) * 10 : 0;
  logos.forEach((logo, i) => {
    const x = left + width - logosWidth + i * (logoWidth + 10);
    // On a white card, so any logo reads on the band.
    doc.roundedRect(x, compact ? 30 : 36, logoWidth, 62, 6).fill('#ffffff');
    try {
      doc.image(logo, x + 8, compact ? 36 : 42, { fit: [logoWidth - 16, 50], align: 'center', valign: 'center' });
    } catch {
      // A logo pdfkit cannot read is left out rather than failing the export.
    }
  });
  const textWidth = width - (logos.length ? logosWidth + 20 : 0);
  doc.font(FONT.bold).fontSize(10).fillColor('#ffffff').text(kind.toUpperCase(), left, compact ? 34 : 60, { characterSpacing: 1, width: textWidth });
  doc.moveDown(0.4);
  doc.font(FONT.bold).fontSize(compact ? 22 : 28).fillColor('#ffffff').text(workshop.title, left, doc.y, { width: textWidth, height: band - doc.y - 44, ellipsis: true });
  if (workshop.client.trim()) doc.font(FONT.body).fontSize(15).fillColor('#e8f6f4').text(workshop.client, left, doc.y + 2, { width: textWidth, height: 22, ellipsis: true });

  // The facts, side by side under the band.
  const facts: [string, string][] = (
    [
      [msg.setup.date, formatDate(workshop.workshopDate)],
      [msg.setup.facilitator, workshop.facilitator],
      [msg.exports.roundLabel, workshop.round > 1 ? msg.rounds.badge(workshop.round) : ''],
      [msg.exports.preparedByLabel, [branding.name.trim(), branding.contact.trim()].filter(Boolean).join('\n')],
    ] as [string, string][]
  ).filter(([, v]) => v.trim());
  const top = band + (compact ? 18 : 26);
  const each = width / Math.max(3, facts.length);
  let bottom = top;
  facts.forEach(([label, value], i) => {
    const x = left + i * each;
    doc.font(FONT.bold).fontSize(8).fillColor(INK.muted).text(label.toUpperCase(), x, top, { width: each - 12, characterSpacing: 0.6 });
    doc.font(FONT.body).fontSize(11).fillColor(INK.text).text(value, x, doc.y + 2, { width: each - 12 });
    bottom = Math.max(bottom, doc.y);
  });
  doc.font(FONT.body).fontSize(8).fillColor(INK.muted).text(msg.exports.generatedOn(formatDate(today)), left, bottom + 10, { width });
  doc.moveTo(left, doc.y + 8).lineTo(left + width, doc.y + 8).lineWidth(0.5).strokeColor(INK.border).stroke();
  doc.x = left;
  doc.y += 24;
}
