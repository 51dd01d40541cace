// Where the Electron binary is, or null when this machine has none (the package may be absent,
// or installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download may have been blocked).
import fs from 'node:fs';
import { createRequire } from 'node:module';

export function electronBinary() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
