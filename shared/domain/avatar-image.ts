/**
 * Checking an avatar image the user picked: its bytes must really be PNG, JPEG or WebP (the file
 * name and the browser's guess are not trusted), and it must be small enough to keep in SQLite.
 */
export const MAX_AVATAR_BYTES = 512 * 1024;

export type ImageCheck = { ok: true; mime: 'image/png' | 'image/jpeg' | 'image/webp' } | { ok: false; reason: 'too_big' | 'wrong_type' };

export function sniffImage(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 8 && at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47 && at(4) === 0x0d && at(5) === 0x0a && at(6) === 0x1a && at(7) === 0x0a) {
    return 'image/png';
  }
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export function checkAvatarImage(bytes: Uint8Array): ImageCheck {
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, reason: 'wrong_type' };
  if (bytes.length > MAX_AVATAR_BYTES) return { ok: false, reason: 'too_big' };
  return { ok: true, mime };
}

/** What main accepts in persona.avatarImage: empty, or a base64 data URL of one of those types. */
export const AVATAR_DATA_URL = /^(data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2})?$/;
