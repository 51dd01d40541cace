/**
 * Where the library lives. The desktop app and `npm run web` agree on one folder, the one Electron
 * calls `userData` for an app named "Touchpoint", so both open the same workshops. `--data-dir DIR`
 * or TOUCHPOINT_DATA_DIR point elsewhere (tests, a USB stick, a second library).
 */
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'Touchpoint';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

/** The value of `--data-dir DIR` or `--data-dir=DIR`, if given. */
export function dataDirArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data-dir' && argv[i + 1]) return argv[i + 1];
    if (a.startsWith('--data-dir=')) return a.slice('--data-dir='.length);
  }
  return undefined;
}

export function resolveDataDir(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = dataDirArg(argv) ?? env.TOUCHPOINT_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir(process.platform, env);
}
