/** The action table, as the action-list PDF and the workshop report both print it. */
import { termLabel } from '../../../shared/domain/vocabulary';
import type { ActionRow } from '../../../shared/domain/actions';
import { msg } from '../../../shared/strings';
import { formatDate } from './cover';
import { paragraph, type Pdf } from './document';
import { drawTable, type Cell, type Column } from './table';

export function drawActionTable(doc: Pdf, rows: readonly ActionRow[]): void {
  const A = msg.actions;
  const C = A.columns;
  if (rows.length === 0) {
    paragraph(doc, msg.report.empty, { muted: true });
    return;
  }
  const columns: Column[] = [
    { header: '#', weight: 0.35, align: 'right' },
    { header: C.title, weight: 3.2 },
    { header: C.owner, weight: 1.3 },
    { header: C.due, weight: 1.1 },
    { header: C.status, weight: 1 },
    { header: `${C.impact} / ${C.effort}`, weight: 0.9, align: 'center' },
    { header: C.gaps, weight: 2 },
    { header: C.metric, weight: 1.6 },
  ];
  const cells = rows.map((r, i): Cell[] => [
    String(i + 1),
    { text: [r.title + (r.wow ? ` ★ ${A.fields.wow}` : ''), r.description.trim()].filter(Boolean).join('\n') },
    [r.owner, r.team ? termLabel('team', r.team) : ''].filter(Boolean).join('\n'),
    formatDate(r.dueDate, 'short'),
    A.statuses[r.status] ?? r.status,
    r.impact === null && r.effort === null ? '' : `${r.impact ?? '–'} / ${r.effort ?? '–'}`,
    r.gaps.join('\n'),
    r.metric,
  ]);
  drawTable(doc, columns, cells);
}
