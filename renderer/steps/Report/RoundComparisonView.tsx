/**
 * This round beside the one it was started from, on the Report step of any later round, with the
 * short progress PDF for a steering meeting. The same comparison is a section of the report.
 */
import { FileDown, Loader2 } from 'lucide-react';
import { useState } from 'react';
import { localDay } from '../../../shared/domain/dates';
import { compareRounds } from '../../../shared/domain/rounds';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { call } from '../../api/client';
import { saveExport } from '../../export/run-export';
import { HeadingLevel } from '../../ui/Heading';
import { ProgressContent } from './ProgressContent';
import type { PreviousRound } from './usePreviousRound';

export function RoundComparisonView({ doc, previous }: { doc: WorkshopDoc; previous: PreviousRound }) {
  const C = msg.rounds;
  const [busy, setBusy] = useState(false);
  if (previous.state === 'none') return null;
  const before = previous.state === 'ready' ? previous.doc.workshop.round : doc.workshop.round - 1;
  const exportProgress = async () => {
    setBusy(true);
    await saveExport(() => call('exportProgress', { workshopId: doc.workshop.id }));
    setBusy(false);
  };
  return (
    <section className="card round-compare" aria-labelledby="round-compare">
      <div className="card-head">
        <h2 id="round-compare">{C.heading(before, doc.workshop.round)}</h2>
        {previous.state === 'ready' && (
          <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void exportProgress()}>
            {busy ? <Loader2 size={15} className="spin" aria-hidden /> : <FileDown size={15} aria-hidden />}
            {busy ? C.exportingProgress : C.exportProgress}
          </button>
        )}
      </div>
      {previous.state === 'gone' ? (
        <p className="muted">{C.previousGone}</p>
      ) : previous.state === 'loading' ? (
        <p className="muted">{msg.workshop.loading}</p>
      ) : (
        <HeadingLevel level={3}>
          <ProgressContent p={compareRounds(previous.doc, doc, localDay())} />
        </HeadingLevel>
      )}
    </section>
  );
}
