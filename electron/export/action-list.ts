/**
 * The action list as a file, made in main: CSV (RFC 4180, UTF-8 with a BOM so Excel opens it
 * right), Markdown, XLSX or PDF. Rows come from shared/domain/actions.ts; the words from the strings.
 */
import { termLabel } from '../../shared/domain/vocabulary';
import type { Branding, ExportedFile } from '../../shared/api';
import { actionListPdf } from './action-list-pdf';
import { actionListXlsx } from './action-list-xlsx';
import { actionRows, type ActionRow } from '../../shared/domain/actions';
import { fileName } from '../../shared/domain/file-name';
import { toCsv, toMarkdownTable } from '../../shared/domain/tabular';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';

function cells(r: ActionRow): string[] {
  const A = msg.actions;
  return [
    r.title,
    r.owner,
    r.team ? termLabel('team', r.team) : '',
    r.dueDate ?? '',
    A.statuses[r.status] ?? r.status,
    r.impact === null ? '' : String(r.impact),
    r.effort === null ? '' : String(r.effort),
    r.quadrant ? (A.quadrants[r.quadrant] ?? '') : '',
    r.wow ? A.yes : '',
    r.gaps.join('; '),
    r.metric,
    r.description,
  ];
}

const stem = (doc: WorkshopDoc) => msg.actions.fileStem(doc.workshop.client, doc.workshop.title);

export type ActionListFormat = 'csv' | 'markdown' | 'xlsx' | 'pdf';

export async function exportActionList(doc: WorkshopDoc, format: ActionListFormat, branding: Branding, now: Date): Promise<ExportedFile> {
  if (format === 'xlsx') {
    const bytes = await actionListXlsx(doc, now);
    return { fileName: fileName(stem(doc), 'xlsx'), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', encoding: 'base64', content: bytes.toString('base64') };
  }
  if (format === 'pdf') {
    const { bytes, leftOut } = await actionListPdf(doc, branding, now.toISOString().slice(0, 10));
    return {
      fileName: fileName(stem(doc), 'pdf'),
      mimeType: 'application/pdf',
      encoding: 'base64',
      content: bytes.toString('base64'),
      ...(leftOut.length ? { warnings: [msg.exports.picturesLeftOut(leftOut)] } : {}),
    };
  }
  const C = msg.actions.columns;
  const header = [C.title, C.owner, C.team, C.due, C.status, C.impact, C.effort, C.quadrant, C.wow, C.gaps, C.metric, C.description];
  const rows = actionRows(doc).map(cells);
  if (format === 'csv') return { fileName: fileName(stem(doc), 'csv'), mimeType: 'text/csv;charset=utf-8', encoding: 'utf8', content: toCsv(header, rows) };
  const w = doc.workshop;
  const meta = msg.actions.markdownMeta(w.client, w.workshopDate ?? '');
  const content = [msg.actions.markdownTitle(w.title), '', ...(meta ? [meta, ''] : []), toMarkdownTable(header, rows)].join('\n');
  return { fileName: fileName(stem(doc), 'md'), mimeType: 'text/markdown;charset=utf-8', encoding: 'utf8', content };
}
