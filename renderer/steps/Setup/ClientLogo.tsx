/**
 * The client's logo, for the report's cover (beside the consultant's own from Settings) and the
 * presenter's. Checked and drawn again here as a plain PNG or JPEG, and checked again by main
 * against the field's pattern, like a persona's photo.
 */
import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { MAX_LOGO_BYTES } from '../../../shared/api';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { FileButton } from '../../ui/FileButton';
import { normalizeImage } from '../../ui/normalize-image';

export function ClientLogo({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [error, setError] = useState<string | null>(null);
  const hint = useId();
  const S = msg.setup;
  const w = doc.workshop;
  const set = (clientLogo: string) => dispatch([{ kind: 'update', entity: 'workshop', id: w.id, patch: { clientLogo } }]);

  const pick = async (file: File) => {
    setError(null);
    const picture = await normalizeImage(new Uint8Array(await file.arrayBuffer()), { maxSide: 1024, maxBytes: MAX_LOGO_BYTES });
    if (!picture.ok) return setError(picture.reason === 'too_big' ? msg.settings.logoTooBig : msg.settings.logoWrongType);
    set(picture.dataUrl);
  };

  const name = w.client.trim() || S.theClient;
  return (
    <fieldset className="settings-logo" aria-describedby={hint}>
      <legend className="field-label">{S.clientLogo}</legend>
      {w.clientLogo && <img src={w.clientLogo} alt={S.clientLogoAlt(name)} className="settings-logo-preview" />}
      <div className="settings-logo-actions">
        <FileButton label={S.chooseClientLogo(name)} accept="image/png,image/jpeg" onFile={pick} className="btn btn-secondary btn-small">
          <ImagePlus size={15} aria-hidden />
          {S.chooseClientLogo(name)}
        </FileButton>
        {w.clientLogo && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => set('')}>
            <Trash2 size={15} aria-hidden />
            {S.removeClientLogo}
          </button>
        )}
      </div>
      <p id={hint} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
        {error ?? S.clientLogoHint}
      </p>
    </fieldset>
  );
}
