import fs from 'node:fs';
import { createRequire } from 'node:module';

/** The Electron binary's path, or null where this machine has none. */
export function electronBinary(): string | null {
  try {
    const binary = createRequire(__filename)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
