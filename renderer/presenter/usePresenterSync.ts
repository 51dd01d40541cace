/** The facilitator's side: tell any presenter window where we are and what is selected on the
 * map. What is saved reaches it from main's change feed. */
import { useEffect, useRef } from 'react';
import { useBlueprintUi, useMapUi } from '../canvas/map-ui';
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
}
