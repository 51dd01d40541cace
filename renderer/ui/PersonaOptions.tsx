/** The options of a "whose journey" picker: all customers, then each persona in order. */
import type { WorkshopDoc } from '../../shared/model/ops';
import { byPosition } from '../../shared/model/positions';
import { msg } from '../../shared/strings';

export function PersonaOptions({ doc }: { doc: WorkshopDoc }) {
  return (
    <>
      <option value="">{msg.journey.allCustomers}</option>
      {byPosition(Object.values(doc.rows.persona)).map((p) => (
        <option key={p.id} value={p.id}>
          {p.name || msg.personas.unnamed}
        </option>
      ))}
    </>
  );
}
