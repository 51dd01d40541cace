/**
 * What a picture is, by its bytes (the file name and the browser's guess are not trusted), and
 * how big a stored one may be. The full check is main's (electron/images.ts); the screen redraws
 * every picture it is given (renderer/ui/normalize-image.ts).
 */
/** What main accepts for any stored picture (a persona's photo, the logo). */
export const MAX_STORED_IMAGE_BYTES = 512 * 1024;

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


/** What main accepts in persona.avatarImage: empty, or a base64 data URL of one of those types. */
export const AVATAR_DATA_URL = /^(data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2})?$/;
