/**
 * The round this workshop was started from, read once per round, for the comparison on screen and
 * in the report preview. `gone` when the earlier round was deleted from the library.
 */
import { useEffect, useState } from 'react';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { call } from '../../api/client';

export type PreviousRound = { state: 'none' } | { state: 'loading' } | { state: 'gone' } | { state: 'ready'; doc: WorkshopDoc };

export function usePreviousRound(doc: WorkshopDoc): PreviousRound {
  const previousId = doc.workshop.previousRoundId;
  const [loaded, setLoaded] = useState<{ id: string; result: PreviousRound } | null>(null);
  useEffect(() => {
    let live = true;
    if (!previousId) return;
    call('openWorkshop', { id: previousId }).then(
      (d) => live && setLoaded({ id: previousId, result: { state: 'ready', doc: d } }),
      () => live && setLoaded({ id: previousId, result: { state: 'gone' } }),
    );
    return () => {
      live = false;
    };
  }, [previousId]);
  if (!previousId) return { state: 'none' };
  return loaded && loaded.id === previousId ? loaded.result : { state: 'loading' };
}
