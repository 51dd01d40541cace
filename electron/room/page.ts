/**
 * The participant page's files, as built into dist/phone (scripts/build-node.mjs). Read when the
 * room opens, so a rebuilt page is served the next time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PhonePage } from './server';

export function readPhonePage(dir: string): PhonePage {
  const read = (name: string) => fs.readFileSync(path.join(dir, name));
  return { 'index.html': read('index.html'), 'phone.js': read('phone.js'), 'phone.css': read('phone.css') };
}
