/** Choosing which journey a step shows; the choice lives in the address, so a reload keeps it. */
import { Labeled } from './Labeled';
import type { WorkshopDoc } from '../../shared/model/ops';
import { byPosition } from '../../shared/model/positions';
import { msg } from '../../shared/strings';
import { useRoute } from '../store/route';

export function JourneyPicker({ doc, step, value }: { doc: WorkshopDoc; step: string; value: string }) {
  const go = useRoute((s) => s.go);
  return (
    <Labeled className="inline-label" label={msg.journey.chooseJourney}>
      {(id) => (
        <select id={id} className="input select" value={value} onChange={(e) => go({ screen: 'workshop', workshopId: doc.workshop.id, step, item: e.target.value })}>
          {byPosition(Object.values(doc.rows.journey)).map((j) => (
            <option key={j.id} value={j.id}>
              {j.name || msg.journey.heading}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}
