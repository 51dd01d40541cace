/**
 * The client's logo, for the report's cover (beside the consultant's own from Settings) and the
 * presenter's. Checked by LogoField here and by main against the field's pattern on save.
 */
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { LogoField } from '../../ui/LogoField';

export function ClientLogo({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const S = msg.setup;
  const w = doc.workshop;
  const name = w.client.trim() || S.theClient;
  return (
    <LogoField
      legend={S.clientLogo}
      value={w.clientLogo}
      alt={S.clientLogoAlt(name)}
      chooseLabel={S.chooseClientLogo(name)}
      removeLabel={S.removeClientLogo}
      hint={S.clientLogoHint}
      onChange={(clientLogo) => dispatch([{ kind: 'update', entity: 'workshop', id: w.id, patch: { clientLogo } }])}
    />
  );
}
