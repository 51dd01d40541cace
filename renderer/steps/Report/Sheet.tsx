/** One page of the report preview: A4 in proportion, portrait or landscape, numbered like the PDF. */
import type { ReactNode } from 'react';
import { msg } from '../../../shared/strings';

export function Sheet({ n, title, landscape, children }: { n: number; title: string; landscape?: boolean; children: ReactNode }) {
  return (
    <li className={`sheet${landscape ? ' sheet-landscape' : ''}`} aria-label={msg.report.pageLabel(n, title)}>
      <div className="sheet-body">{children}</div>
      <span className="sheet-number" aria-hidden>
        {n}
      </span>
    </li>
  );
}
