/** The facilitator's side: tell any presenter window where we are, what is selected on the
 * map, and when edits are saved. */
import { useEffect, useRef } from 'react';
import { useBlueprintUi, useMapUi } from '../canvas/map-ui';
import { useWorkshop } from '../store/workshop';
import { openChannel, type PresenterMessage } from './channel';

/** Enough to ring a handful of boxes; a select-all of a big map is not worth sending. */
const MAX_FOCUS = 50;

function focusFor(step: string): string[] | undefined {
  const ui = step === 'journey' ? useMapUi : step === 'blueprint' ? useBlueprintUi : null;
  const selected = ui?.getState().selected;
  return selected?.length ? selected.slice(0, MAX_FOCUS) : undefined;
}

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
    const follow = () => {
      where.current = { type: 'follow', workshopId, step, item, focus: focusFor(step) };
      channel.current?.post(where.current);
    };
    follow();
    // A new selection on the canvas moves the ring on the projector.
    const unsubscribe = [useMapUi, useBlueprintUi].map((ui) => ui.subscribe((s, prev) => s.selected !== prev.selected && follow()));
    return () => unsubscribe.forEach((u) => u());
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
