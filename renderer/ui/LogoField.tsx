/**
 * A logo chosen from a file: the consultant's (Settings) and the client's (Setup). Only PNG and
 * JPEG are taken, and the picture is drawn again as a plain image at most 1024 px wide, so what is
 * stored is ours; main checks the stored value again. A file it cannot take is refused beside the
 * field, and the logo already there stays.
 */
import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { MAX_LOGO_BYTES } from '../../shared/api';
import { sniffImage } from '../../shared/domain/avatar-image';
import { msg } from '../../shared/strings';
import { FileButton } from './FileButton';
import { normalizeImage } from './normalize-image';

export function LogoField(props: {
  legend: string;
  /** The logo as a data: URL, or '' for none. */
  value: string;
  alt: string;
  chooseLabel: string;
  removeLabel: string;
  hint: string;
  disabled?: boolean;
  onChange(dataUrl: string): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const hint = useId();
  const S = msg.settings;

  const pick = async (file: File) => {
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mime = sniffImage(bytes);
    if (mime !== 'image/png' && mime !== 'image/jpeg') return setError(S.logoWrongType);
    const picture = await normalizeImage(bytes, { maxSide: 1024, maxBytes: MAX_LOGO_BYTES });
    if (!picture.ok) return setError(picture.reason === 'too_big' ? S.logoTooBig : S.logoWrongType);
    props.onChange(picture.dataUrl);
  };

  return (
    <fieldset className="settings-logo" aria-describedby={hint}>
      <legend className="field-label">{props.legend}</legend>
      {props.value && <img src={props.value} alt={props.alt} className="settings-logo-preview" />}
      <div className="settings-logo-actions">
        <FileButton label={props.chooseLabel} accept="image/png,image/jpeg" onFile={pick} disabled={props.disabled} className="btn btn-secondary btn-small">
          <ImagePlus size={15} aria-hidden />
          {props.chooseLabel}
        </FileButton>
        {props.value && (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => props.onChange('')}>
            <Trash2 size={15} aria-hidden />
            {props.removeLabel}
          </button>
        )}
      </div>
      <p id={hint} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
        {error ?? props.hint}
      </p>
    </fieldset>
  );
}
