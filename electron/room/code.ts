/**
 * The room code a participant types on their phone to join (issue: the room joins in): six
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), so it can be read off a
 * projector and typed on a phone keyboard without mistakes. Typed codes are read leniently:
 * lower case, spaces and dashes are fine.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A new code from `random` (bytes), unbiased: bytes past the last whole multiple are skipped. */
export function makeRoomCode(random: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const b of random(CODE_LENGTH * 2)) {
      if (b < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** A typed code as the room compares it: upper case, without spaces or dashes; O read as 0 is not guessed. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Compares in time that does not depend on where the codes differ. */
export function sameCode(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
