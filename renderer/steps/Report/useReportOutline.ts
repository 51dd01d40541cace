/**
 * The pages each section of the report PDF is on, asked of main (which lays the real PDF
 * out) a moment after the workshop last changed, so the preview's page numbers are the file's.
 */
import { useEffect, useState } from 'react';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { call } from '../../api/client';

/** Long enough for a typing burst to reach the disk first; laying out a big report takes a moment. */
const SETTLE_MS = 800;

export function useReportOutline(doc: WorkshopDoc): ReadonlyMap<string, { first: number; last: number }> | null {
  const [outline, setOutline] = useState<ReadonlyMap<string, { first: number; last: number }> | null>(null);
  const first = outline === null;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        call('reportOutline', { workshopId: doc.workshop.id }).then(
          (sections) => live && setOutline(new Map(sections.map((s) => [s.key, { first: s.first, last: s.last }]))),
          () => undefined, // the preview keeps counting one page per section
        ),
      first ? 0 : SETTLE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Asked again when the workshop changes, not when the answer does.
  }, [doc]);
  return outline;
}
