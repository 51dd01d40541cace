/**
 * The consultant's branding, kept in the library's app_setting table (one JSON value), so it is
 * backed up and moved with the library. The logo's bytes are checked here again: the contract
 * checks the data URL's form, this checks that the bytes really are the PNG or JPEG it claims.
 */
import type { Database } from 'better-sqlite3';
import { MAX_LOGO_BYTES, type Branding } from '../../shared/api';
import { checkImageDataUrl, imageProblemMessage } from '../images';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';

const KEY = 'branding';
const EMPTY: Branding = { name: '', contact: '', logo: '' };

export function getBranding(db: Database): Branding {
  const row = db.prepare('SELECT value FROM app_setting WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return { ...EMPTY };
  try {
    const v = JSON.parse(row.value) as Partial<Branding>;
    return {
      name: typeof v.name === 'string' ? v.name : '',
      contact: typeof v.contact === 'string' ? v.contact : '',
      logo: typeof v.logo === 'string' ? v.logo : '',
    };
  } catch {
    return { ...EMPTY };
  }
}

export function saveBranding(db: Database, branding: Branding): Branding {
  if (branding.logo) {
    // PNG or JPEG only (a PDF must embed it), through the same gate as every picture.
    if (!/^data:image\/(?:png|jpeg);/.test(branding.logo)) throw new AppError('invalid_input', msg.settings.logoWrongType);
    const checked = checkImageDataUrl(branding.logo, MAX_LOGO_BYTES);
    if (!checked.ok) {
      const text = checked.problem === 'too_big' ? msg.settings.logoTooBig : checked.problem === 'not_an_image' ? msg.settings.logoWrongType : imageProblemMessage(checked.problem, MAX_LOGO_BYTES);
      throw new AppError('invalid_input', text);
    }
  }
  const value: Branding = { name: branding.name.trim(), contact: branding.contact.trim(), logo: branding.logo };
  db.prepare('INSERT INTO app_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(value));
  return value;
}
