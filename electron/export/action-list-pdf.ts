/** The action list as a client-ready PDF: a cover, then the table of actions on landscape pages. */
import type { Branding } from '../../shared/api';
import { actionRows } from '../../shared/domain/actions';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { drawActionTable } from './pdf/actions-table';
import { drawCover } from './pdf/cover';
import { addPage, leftOut, openPdf, sectionTitle } from './pdf/document';

export async function actionListPdf(doc: WorkshopDoc, branding: Branding, today: string): Promise<{ bytes: Buffer; leftOut: string[] }> {
  const w = doc.workshop;
  const pdf = openPdf({ title: `${msg.exports.actionListTitle}: ${w.title}`, subject: w.client, author: branding.name || w.facilitator });
  drawCover(pdf.doc, w, msg.exports.actionListTitle, branding, today);
  addPage(pdf.doc, 'landscape');
  sectionTitle(pdf.doc, w.client || w.title, msg.exports.actionListTitle);
  drawActionTable(pdf.doc, actionRows(doc));
  return { bytes: await pdf.finish([w.client, w.title].filter(Boolean).join(' · ')), leftOut: leftOut(pdf.doc) };
}
