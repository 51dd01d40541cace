/** The facilitator's side: tell any presenter window where we are, and when edits are saved. */
import { useEffect, useRef } from 'react';
import { useWorkshop } from '../store/workshop';
import { openChannel, type PresenterMessage } from './channel';

export function usePresenterSync(workshopId: string, step: string, item: string | undefined): void {
  const where = useRef<PresenterMessage>({ type: 'follow', workshopId, step, item });
  const channel = useRef<ReturnType<typeof openChannel> | null>(null);

  useEffect(() => {
    const c = openChannel((m) => {
      if (m.type !== 'hello' || m.workshopId !== workshopId) return;
      c.post(where.current);
      // The new window may have read the disk just before an edit in flight landed: read again.
      c.post({ type: 'saved', workshopId });
    });
    channel.current = c;
    return () => c.close();
  }, [workshopId]);

  useEffect(() => {
    where.current = { type: 'follow', workshopId, step, item };
    channel.current?.post(where.current);
  }, [workshopId, step, item]);

  // Each time the save queue empties, the presenter re-reads what is now on disk.
  useEffect(
    () =>
      useWorkshop.subscribe((s, prev) => {
        if (s.status === 'saved' && (prev.status !== 'saved' || prev.doc !== s.doc)) channel.current?.post({ type: 'saved', workshopId });
      }),
    [workshopId],
  );
}
