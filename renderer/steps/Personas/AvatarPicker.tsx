/** Choosing a persona's picture: initials, a built-in illustration, or an image file (checked). */
import { Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { MAX_STORED_IMAGE_BYTES } from '../../../shared/domain/avatar-image';
import { normalizeImage } from '../../ui/normalize-image';

/** A persona's picture is shown at 96 px and printed at 56 pt: 512 px is plenty for both. */
const AVATAR_SIDE = 512;
import type { RowOf } from '../../../shared/model/entities';
import { FileButton } from '../../ui/FileButton';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { Avatar, ILLUSTRATIONS, Illustration } from '../../ui/Avatar';

export function AvatarPicker({ persona }: { persona: RowOf<'persona'> }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const set = (patch: Record<string, unknown>) => dispatch([{ kind: 'update', entity: 'persona', id: persona.id, patch }]);
  const A = msg.personas.avatar;

  const pick = async (file: File) => {
    setError(null);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return setError(A.unreadable);
    }
    // Drawn again at a persona's size: a big photo is fine, a damaged file is refused here.
    const picture = await normalizeImage(bytes, { maxSide: AVATAR_SIDE, maxBytes: MAX_STORED_IMAGE_BYTES });
    if (!picture.ok) {
      return setError(picture.reason === 'too_big' ? A.tooBig(Math.ceil(bytes.length / 1024)) : picture.reason === 'wrong_type' ? A.wrongType : A.unreadable);
    }
    set({ avatarKind: 'image', avatarImage: picture.dataUrl });
  };

  return (
    <fieldset className="avatar-picker">
      <legend className="field-label">{A.legend}</legend>
      <div className="avatar-preview">
        <Avatar persona={persona} size={96} />
      </div>
      <div className="segmented">
        {(['initials', 'illustration', 'image'] as const).map((kind) => (
          <label key={kind} className={`segment${persona.avatarKind === kind ? ' is-on' : ''}`}>
            <input
              type="radio"
              name={`avatar-${persona.id}`}
              checked={persona.avatarKind === kind}
              onChange={() => (kind === 'image' && !persona.avatarImage ? fileRef.current?.click() : set({ avatarKind: kind }))}
            />
            {A[kind]}
          </label>
        ))}
      </div>
      {persona.avatarKind === 'illustration' && (
        <div className="illustrations" role="radiogroup" aria-label={A.illustration}>
          {ILLUSTRATIONS.map((_, i) => (
            <button
              key={i}
              type="button"
              role="radio"
              aria-checked={persona.avatarIllustration === String(i)}
              aria-label={A.chooseIllustration(i + 1)}
              className="illustration-choice"
              onClick={() => set({ avatarIllustration: String(i) })}
            >
              <Illustration index={i} size={40} />
            </button>
          ))}
        </div>
      )}
      <div className="avatar-upload">
        <FileButton label={A.upload} accept="image/png,image/jpeg,image/webp" onFile={pick} inputRef={fileRef} className="btn btn-secondary btn-small" describedBy={error ? errorId : undefined}>
          <Upload size={15} aria-hidden />
          {A.upload}
        </FileButton>
        <p className="field-hint">{A.uploadHint}</p>
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
