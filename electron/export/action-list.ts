/**
 * The action list as a file, made in main: CSV (RFC 4180, UTF-8 with a BOM so Excel opens it
 * right) or Markdown. Rows come from shared/domain/actions.ts; the words from the strings.
 */
import type { ExportedFile } from '../../shared/api';
import { actionRows, type ActionRow } from '../../shared/domain/actions';
import { toCsv, toMarkdownTable } from '../../shared/domain/tabular';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';

function cells(r: ActionRow): string[] {
  const A = msg.actions;
  return [
    r.title,
    r.owner,
    r.team ? (msg.teams[r.team] ?? r.team) : '',
    r.dueDate ?? '',
    A.statuses[r.status] ?? r.status,
    r.impact === null ? '' : String(r.impact),
    r.effort === null ? '' : String(r.effort),
    r.quadrant ? (A.quadrants[r.quadrant] ?? '') : '',
    r.wow ? A.yes : '',
    r.gaps.join('; '),
  ];
}

/** A file name from the client and workshop: letters, digits and dashes only. */
function stem(doc: WorkshopDoc): string {
  const words = msg.actions.fileStem(doc.workshop.client, doc.workshop.title);
  return (
    words
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'actions'
  );
}

export function exportActionList(doc: WorkshopDoc, format: 'csv' | 'markdown'): ExportedFile {
  const C = msg.actions.columns;
  const header = [C.title, C.owner, C.team, C.due, C.status, C.impact, C.effort, C.quadrant, C.wow, C.gaps];
  const rows = actionRows(doc).map(cells);
  if (format === 'csv') return { fileName: `${stem(doc)}.csv`, mimeType: 'text/csv;charset=utf-8', content: toCsv(header, rows) };
  const w = doc.workshop;
  const meta = msg.actions.markdownMeta(w.client, w.workshopDate ?? '');
  const content = [msg.actions.markdownTitle(w.title), '', ...(meta ? [meta, ''] : []), toMarkdownTable(header, rows)].join('\n');
  return { fileName: `${stem(doc)}.md`, mimeType: 'text/markdown;charset=utf-8', content };
}
