/**
 * A file name from words people typed (client, workshop, journey): letters, digits and dashes
 * only, so it is safe on every system; never empty. Used for every file the app saves, whether
 * main makes it (exports) or the page does (map pictures, .ojf).
 */
export function fileName(words: string, extension: string): string {
  const stem = words
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  // Windows will not create a file named like a device (CON, AUX, COM1…), whatever its extension.
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}-file` : stem;
  return `${safe || 'touchpoint'}.${extension}`;
}
