/**
 * The action list as a real spreadsheet (exceljs): a bold, frozen header row with a filter on
 * every column, widths that fit, due dates stored as dates and scores as numbers, so sorting and
 * filtering work in Excel, Numbers and LibreOffice.
 */
import { termLabel } from '../../shared/domain/vocabulary';
import ExcelJS from 'exceljs';
import { actionRows } from '../../shared/domain/actions';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';

/** A YYYY-MM-DD date as a spreadsheet date (midnight UTC, which Excel shows as that day). */
const asDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function actionListXlsx(doc: WorkshopDoc, now: Date): Promise<Buffer> {
  const A = msg.actions;
  const C = A.columns;
  const book = new ExcelJS.Workbook();
  book.creator = 'Touchpoint';
  book.created = now;
  book.modified = now;
  book.title = `${msg.exports.actionListTitle}: ${doc.workshop.title}`;
  const sheet = book.addWorksheet(msg.exports.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: C.title, key: 'title', width: 40 },
    { header: C.description, key: 'description', width: 50 },
    { header: C.owner, key: 'owner', width: 20 },
    { header: C.team, key: 'team', width: 18 },
    { header: C.due, key: 'due', width: 13, style: { numFmt: 'yyyy-mm-dd' } },
    { header: C.status, key: 'status', width: 14 },
    { header: C.impact, key: 'impact', width: 9 },
    { header: C.effort, key: 'effort', width: 9 },
    { header: C.quadrant, key: 'quadrant', width: 14 },
    { header: C.wow, key: 'wow', width: 12 },
    { header: C.gaps, key: 'gaps', width: 40 },
    { header: C.metric, key: 'metric', width: 30 },
  ];
  for (const r of actionRows(doc)) {
    sheet.addRow({
      title: r.title,
      description: r.description,
      owner: r.owner,
      team: r.team ? termLabel('team', r.team) : '',
      due: asDate(r.dueDate),
      status: A.statuses[r.status] ?? r.status,
      impact: r.impact,
      effort: r.effort,
      quadrant: r.quadrant ? (A.quadrants[r.quadrant] ?? '') : '',
      wow: r.wow ? A.yes : '',
      gaps: r.gaps.join('; '),
      metric: r.metric,
    });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3F3F1' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const key of ['title', 'description', 'gaps']) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}
