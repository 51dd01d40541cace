/** The facilitator's side: tell any presenter window where we are and what is selected on the
 * map. What is saved reaches it from main's change feed. */
import { useEffect, useRef } from 'react';
import { stagesOf } from '../../shared/domain/journey';
import { useBlueprintUi, useMapUi } from '../canvas/map-ui';
import { useWorkshop } from '../store/workshop';
import { openChannel, type PresenterMessage } from './channel';
import { useRoom } from '../room/room-store';

/** What the projector shows of the room: how to join, while the facilitator wants it shown. */
function roomFor(workshopId: string): Extract<PresenterMessage, { type: 'follow' }>['room'] {
  const { status, showJoin } = useRoom.getState();
  if (!status.open || status.workshopId !== workshopId || !showJoin) return null;
  const a = status.showing?.activity;
  return { address: status.addresses[0]!, code: status.code, prompt: a?.kind === 'notes' ? a.prompt : '' };
}

import { stageOfSelection, stepStage, useProjector } from './projector';

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
      where.current = { type: 'follow', workshopId, step, item, focus: focusFor(step), stage: useProjector.getState().stage, room: roomFor(workshopId) };
      channel.current?.post(where.current);
    };
    follow();
    // A new selection on the canvas moves the ring on the projector, and its stage into view.
    const unsubscribe = [useMapUi, useBlueprintUi].map((ui) =>
      ui.subscribe((s, prev) => {
        if (s.selected === prev.selected) return;
        const doc = useWorkshop.getState().doc;
        const journeyId = s.journeyId;
        const stage = doc && journeyId ? stageOfSelection(doc, journeyId, s.selected) : null;
        if (stage !== null) useProjector.getState().set(stage);
        else follow();
      }),
    );
    const unsubscribeStage = useProjector.subscribe(follow);
    // The room opening, closing, or a new question on show changes what the projector shows.
    let lastRoom = JSON.stringify(roomFor(workshopId));
    const unsubscribeRoom = useRoom.subscribe(() => {
      const now = JSON.stringify(roomFor(workshopId));
      if (now !== lastRoom) {
        lastRoom = now;
        follow();
      }
    });
    return () => {
      unsubscribe.forEach((u) => u());
      unsubscribeStage();
      unsubscribeRoom();
    };
  }, [workshopId, step, item]);

  // Alt+← and Alt+→ move the projector a stage; Alt+↑ shows the whole map.
  useEffect(() => {
    if (step !== 'journey' && step !== 'blueprint') return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const doc = useWorkshop.getState().doc;
      const journeyId = (step === 'journey' ? useMapUi : useBlueprintUi).getState().journeyId;
      const count = doc && journeyId ? stagesOf(doc.rows, journeyId).length : 0;
      const projector = useProjector.getState();
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') projector.set(stepStage(projector.stage, e.key === 'ArrowRight' ? 1 : -1, count));
      else if (e.key === 'ArrowUp') projector.set('all');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
}
