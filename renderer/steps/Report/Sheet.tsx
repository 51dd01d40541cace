/** One page of the report preview: A4 in proportion, portrait or landscape, numbered like the PDF.
 * A section the PDF continues over several pages shows as one taller sheet numbered with them all. */
import type { ReactNode } from 'react';
import { msg } from '../../../shared/strings';

export function Sheet({ n, pages = 1, title, landscape, children }: { n: number; pages?: number; title: string; landscape?: boolean; children: ReactNode }) {
  const last = n + Math.max(1, pages) - 1;
  return (
    <li className={`sheet${landscape ? ' sheet-landscape' : ''}`} aria-label={last > n ? msg.report.pagesLabel(n, last, title) : msg.report.pageLabel(n, title)}>
      <div className="sheet-body">{children}</div>
      <span className="sheet-number" aria-hidden>
        {last > n ? `${n}–${last}` : n}
      </span>
    </li>
  );
}
