/**
 * Settings: the theme, and the consultant's branding for exported PDFs (name, contact, logo). The
 * logo is checked by LogoField for a quick answer and again in main, which alone decides what is
 * stored. Opened from the library and from inside a workshop.
 */
import { useEffect, useState } from 'react';
import type { Branding } from '../../shared/api';
import { LogoField } from '../ui/LogoField';
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
  const [theme, setTheme] = useState<Theme>(readTheme);
  // The theme changes as it is chosen, so the room sees it; Cancel puts back the one there was.
  const [themeBefore, setThemeBefore] = useState<Theme>(readTheme);

  useEffect(() => {
    if (!open) return;
    const now = readTheme();
    setTheme(now);
    setThemeBefore(now);
    setError(null);
    setLoaded(false);
    call('getBranding', {}).then(
      (b) => {
        setBranding(b);
        setLoaded(true);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [open]);

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
      <LogoField
        legend={S.logo}
        value={branding.logo}
        alt={S.logoAlt}
        chooseLabel={S.chooseLogo}
        removeLabel={S.removeLogo}
        hint={S.logoHint}
        disabled={!loaded}
        onChange={(logo) => setBranding((b) => ({ ...b, logo }))}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
