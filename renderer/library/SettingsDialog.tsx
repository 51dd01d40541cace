/**
 * Settings: the consultant's branding for exported PDFs (name, contact, logo). The logo's bytes
 * are checked here for a quick answer and again in main, which alone decides what is stored.
 */
import { normalizeImage } from '../ui/normalize-image';
import { ImagePlus, Trash2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { MAX_LOGO_BYTES, type Branding } from '../../shared/api';
import { sniffImage } from '../../shared/domain/avatar-image';
import { FileButton } from '../ui/FileButton';
import { msg } from '../../shared/strings';
import { call, errorMessage } from '../api/client';
import { toast } from '../store/toasts';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { readTheme, saveTheme, THEMES, type Theme } from '../theme';

/** Sent on the window when the branding has been saved. */
export const BRANDING_SAVED = 'touchpoint:branding-saved';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const S = msg.settings;
  const [branding, setBranding] = useState<Branding>({ name: '', contact: '', logo: '' });
  // Fields wait for what is stored, so nothing typed is overwritten when it arrives.
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);
  const logoHint = useId();
  const [theme, setTheme] = useState<Theme>(readTheme);
  // The theme changes as it is chosen, so the room sees it; Cancel puts back the one there was.
  const [themeBefore, setThemeBefore] = useState<Theme>(readTheme);

  useEffect(() => {
    if (!open) return;
    const now = readTheme();
    setTheme(now);
    setThemeBefore(now);
    setError(null);
    setLogoError(null);
    setLoaded(false);
    call('getBranding', {}).then(
      (b) => {
        setBranding(b);
        setLoaded(true);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [open]);

  const pickLogo = async (file: File) => {
    setLogoError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mime = sniffImage(bytes);
    if (mime !== 'image/png' && mime !== 'image/jpeg') return setLogoError(S.logoWrongType);
    // Drawn again as a plain PNG (or JPEG) at most 1024 px wide: what is stored is ours.
    const picture = await normalizeImage(bytes, { maxSide: 1024, maxBytes: MAX_LOGO_BYTES });
    if (!picture.ok) return setLogoError(picture.reason === 'too_big' ? S.logoTooBig : S.logoWrongType);
    setBranding((b) => ({ ...b, logo: picture.dataUrl }));
  };

  const cancel = () => {
    if (theme !== themeBefore) saveTheme(themeBefore);
    onClose();
  };

  const save = async () => {
    try {
      await call('saveBranding', branding);
      // Screens showing the branding (the report preview) read it again.
      window.dispatchEvent(new Event(BRANDING_SAVED));
      toast(S.saved);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Dialog
      open={open}
      title={S.heading}
      onClose={cancel}
      onSubmit={() => void save()}
      actions={
        <button type="submit" className="btn btn-primary" disabled={!loaded}>
          {msg.common.save}
        </button>
      }
    >
      <fieldset className="settings-theme">
        <legend className="settings-section">{S.theme}</legend>
        <div className="segmented">
          {THEMES.map((t) => (
            <label key={t} className={`segment${theme === t ? ' is-on' : ''}`}>
              <input
                type="radio"
                name="theme"
                checked={theme === t}
                onChange={() => {
                  setTheme(t);
                  saveTheme(t);
                }}
              />
              {S.themes[t]}
            </label>
          ))}
        </div>
      </fieldset>
      <h3 className="settings-section">{S.branding}</h3>
      <p className="muted">{S.brandingLede}</p>
      <Field label={S.name}>
        {({ id }) => <input id={id} className="input" value={branding.name} maxLength={200} disabled={!loaded} onChange={(e) => setBranding({ ...branding, name: e.target.value })} />}
      </Field>
      <Field label={S.contact}>
        {({ id }) => <input id={id} className="input" value={branding.contact} maxLength={500} disabled={!loaded} onChange={(e) => setBranding({ ...branding, contact: e.target.value })} />}
      </Field>
      <fieldset className="settings-logo" aria-describedby={logoHint}>
        <legend className="field-label">{S.logo}</legend>
        {branding.logo && <img src={branding.logo} alt={S.logoAlt} className="settings-logo-preview" />}
        <div className="settings-logo-actions">
          <FileButton label={S.chooseLogo} accept="image/png,image/jpeg" onFile={pickLogo} disabled={!loaded} className="btn btn-secondary btn-small">
            <ImagePlus size={15} aria-hidden />
            {S.chooseLogo}
          </FileButton>
          {branding.logo && (
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setBranding({ ...branding, logo: '' })}>
              <Trash2 size={15} aria-hidden />
              {S.removeLogo}
            </button>
          )}
        </div>
        <p id={logoHint} className={logoError ? 'field-error' : 'field-hint'} role={logoError ? 'alert' : undefined}>
          {logoError ?? S.logoHint}
        </p>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
