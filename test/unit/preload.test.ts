import { build } from 'esbuild';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/channels';

/** Bundles the preload exactly as scripts/build-node.mjs does. */
async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: ['electron/preload.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
  });
  return out.outputFiles[0]!.text;
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron', async () => {
    const code = await bundle();
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes one named function per channel and a menu subscription, never ipcRenderer', async () => {
    const code = await bundle();
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const sent: unknown[][] = [];
    const ipcRenderer = {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
      on: () => {},
      removeListener: () => {},
      send: (...args: unknown[]) => sent.push(args),
    };
    const electron = {
      ipcRenderer,
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    };
    const sandbox = {
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`preload required ${name}`);
        return electron;
      },
      module: { exports: {} },
      exports: {},
    };
    vm.runInNewContext(code, sandbox);

    expect(Object.keys(exposed)).toEqual(['touchpoint']);
    const api = exposed.touchpoint as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onMenuCommand', 'reportUnsaved', 'subscribeFeed'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    await (api.listWorkshops as (i: unknown) => Promise<unknown>)({ includeArchived: true });
    expect(invoked).toEqual([['tp:listWorkshops', { includeArchived: true }]]);
    // Nothing is sent to main but through the named functions, each to its own channel.
    expect(sent).toEqual([]);
    const stop = (api.subscribeFeed as (w: string | null, s: number | null, cb: () => void) => () => void)(null, 3, () => {});
    stop();
    (api.reportUnsaved as (u: unknown) => void)('yes');
    expect(sent).toEqual([['tp:feed:subscribe', { workshopId: null, since: 3 }], ['tp:feed:unsubscribe'], ['tp:unsaved', false]]);
  });
});
