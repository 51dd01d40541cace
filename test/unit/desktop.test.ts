import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayNavigate } from '../../electron/navigation';
import { onWayland } from '../../electron/presenter-window';
import { secureWebPreferences } from '../../electron/web-preferences';
import { WindowSlot, type SlotWindow } from '../../electron/window-slot';
import { npmCommand } from '../../scripts/npm-command.mjs';

describe('where a window may navigate', () => {
  it('is our own page only, so a presenter window loads and Reload works, and nothing else does', () => {
    expect(mayNavigate('app://touchpoint/index.html#/present/11111111-1111-4111-8111-111111111111')).toBe(true);
    expect(mayNavigate('app://touchpoint/index.html')).toBe(true);
    expect(mayNavigate('app://touchpoint/')).toBe(true);
    for (const url of ['https://example.com/', 'app://other/index.html', 'app://touchpoint/evil.html', 'app://touchpoint/index.html?x=1', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', 'app://user:pw@touchpoint/']) {
      expect(mayNavigate(url), url).toBe(false);
    }
  });
});

class FakeWindow implements SlotWindow {
  destroyed = false;
  minimized = false;
  focused = 0;
  private onClosed: (() => void) | null = null;
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void (this.minimized = false);
  focus = () => void this.focused++;
  once(_event: 'closed', listener: () => void) {
    this.onClosed = listener;
    return this;
  }
  close() {
    this.destroyed = true;
    this.onClosed?.();
  }
}

describe('the main window', () => {
  it('is made again each time it was closed (the macOS Dock), and each new one is watched too', () => {
    const made: FakeWindow[] = [];
    const slot = new WindowSlot(() => {
      const w = new FakeWindow();
      made.push(w);
      return w;
    });
    slot.show();
    made[0]!.close();
    expect(slot.window).toBeNull();
    slot.show();
    made[1]!.close();
    expect(slot.window).toBeNull(); // the second close used to leave a destroyed window behind
    slot.show();
    expect(made).toHaveLength(3);
  });

  it('is brought forward, not duplicated, by a second start; and made if there is none', () => {
    let count = 0;
    const slot = new WindowSlot(() => (count++, new FakeWindow()));
    const w = slot.show();
    w.minimized = true;
    expect(slot.show()).toBe(w);
    expect(w.minimized).toBe(false);
    expect(w.focused).toBe(1);
    expect(count).toBe(1);
  });
});

describe('running npm from our scripts', () => {
  it('uses npm’s own CLI with this Node when run under npm, on every platform', () => {
    expect(npmCommand(['run', 'build'], { platform: 'win32', execPath: 'C:\\node.exe', npmExecPath: 'C:\\npm\\bin\\npm-cli.js' })).toEqual({ file: 'C:\\node.exe', args: ['C:\\npm\\bin\\npm-cli.js', 'run', 'build'], shell: false });
    expect(npmCommand(['run', 'build'], { platform: 'linux', execPath: '/usr/bin/node', npmExecPath: '/usr/lib/npm/bin/npm-cli.js' })).toMatchObject({ file: '/usr/bin/node', shell: false });
  });

  it('goes through the shell for npm.cmd on Windows otherwise (Node refuses .cmd without one), and runs npm directly elsewhere', () => {
    expect(npmCommand(['rebuild'], { platform: 'win32', npmExecPath: null })).toEqual({ file: 'npm.cmd', args: ['rebuild'], shell: true });
    expect(npmCommand(['rebuild'], { platform: 'darwin', npmExecPath: null })).toEqual({ file: 'npm', args: ['rebuild'], shell: false });
  });
});

describe('the desktop app and the network', () => {
  it('checks spelling only on macOS, where the system does it: elsewhere Chromium would download dictionaries from Google', () => {
    expect(secureWebPreferences('/p.js', 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences('/p.js', 'win32').spellcheck).toBe(false);
    expect(secureWebPreferences('/p.js', 'linux').spellcheck).toBe(false);
  });

  it('knows when it draws through Wayland, unless told to use X11', () => {
    expect(onWayland('linux', { WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe(true);
    expect(onWayland('linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['--ozone-platform=x11'])).toBe(false);
    expect(onWayland('linux', { WAYLAND_DISPLAY: 'wayland-0', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, [])).toBe(false);
    expect(onWayland('linux', { DISPLAY: ':0' }, [])).toBe(false);
    expect(onWayland('darwin', { WAYLAND_DISPLAY: 'wayland-0' }, [])).toBe(false);
  });
});

/** electron-builder.yml as electron-builder itself reads it. */
async function builderConfig(): Promise<Record<string, unknown> & { files: string[] }> {
  const { findAndReadConfig } = (await import('app-builder-lib/out/util/config/load.js')) as unknown as {
    findAndReadConfig(r: { packageKey: string; configFilename: string; projectDir: string }): Promise<{ result: Record<string, unknown> & { files: string[] } }>;
  };
  return (await findAndReadConfig({ packageKey: 'build', configFilename: 'electron-builder', projectDir: process.cwd() })).result;
}

describe('the packaging configuration', () => {
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

  it('passes electron-builder’s own validation', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(await builderConfig(), { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    // A field it does not know is refused, so the check above can fail.
    await expect(validateConfiguration({ ...(await builderConfig()), notAField: true }, { isEnabled: false, add: () => {} })).rejects.toThrow();
  });

  it('packs the pages main serves: the app’s and the room’s participant page', async () => {
    const { files } = await builderConfig();
    expect(files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'dist/phone/**']));
  });

  it('has what a Linux .deb needs: a homepage and an author with an e-mail', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author.email).toMatch(/@/);
  });

  it('leaves out of every installer Electron’s npm package and everything it needs only to download itself', async () => {
    const config = await builderConfig();
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')).packages as Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
    const depsOf = (name: string) => Object.keys({ ...lock[`node_modules/${name}`]?.dependencies, ...lock[`node_modules/${name}`]?.optionalDependencies });
    const closure = (roots: string[]) => {
      const seen = new Set<string>();
      const todo = [...roots];
      while (todo.length) {
        const n = todo.pop()!;
        if (seen.has(n)) continue;
        seen.add(n);
        todo.push(...depsOf(n));
      }
      return seen;
    };
    const runtime = closure(Object.keys(pkg.dependencies));
    const electronOnly = [...closure(['electron'])].filter((n) => !runtime.has(n));
    const excluded = new Set(config.files.filter((f) => f.startsWith('!node_modules/')).map((f) => f.slice('!node_modules/'.length).replace('{,/**/*}', '')));
    expect(electronOnly.filter((n) => !excluded.has(n))).toEqual([]);
  });
});
