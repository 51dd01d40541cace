import { describe, expect, it } from 'vitest';
import { bindIpc, isTrustedFrame } from '../../electron/ipc';
import { CHANNELS } from '../../shared/channels';
import { library } from '../helpers/library';

describe('the IPC binding', () => {
  it('trusts only the main frame of our own app:// page', () => {
    expect(isTrustedFrame({ url: 'app://touchpoint/index.html', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://touchpoint/index.html#/w/x/setup', parent: null })).toBe(true);
    expect(isTrustedFrame({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'https://touchpoint/index.html', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedFrame({ url: 'app://touchpoint/index.html', parent: {} as never })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
  });

  it('binds every channel, refuses other senders, and validates what trusted ones send', async () => {
    const { handlers } = library();
    const bound = new Map<string, (event: unknown, input: unknown) => unknown>();
    bindIpc({ handle: (ch: string, fn: never) => bound.set(ch, fn) } as never, handlers);
    expect([...bound.keys()].sort()).toEqual(CHANNELS.map((c) => `tp:${c}`).sort());

    const create = bound.get('tp:createWorkshop')!;
    const ours = { senderFrame: { url: 'app://touchpoint/index.html', parent: null } };
    const theirs = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await create(theirs, { title: 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await create(ours, { title: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await create(ours, { title: 'Fine' })).toMatchObject({ ok: true, value: { title: 'Fine' } });
    expect(handlers.listWorkshops({})).toHaveLength(1);
  });
});

describe('the window', () => {
  it('isolates the page, sandboxes it and gives it no Node.js', async () => {
    const { secureWebPreferences } = await import('../../electron/web-preferences');
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('is served a Content-Security-Policy that allows nothing from the network', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/csp');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('the native menu', () => {
  it('has Undo/Redo and Keyboard Shortcuts that send to the page, Cut/Copy/Paste, zoom and full screen', async () => {
    const { menuTemplate } = await import('../../electron/menu');
    const sent: string[] = [];
    const template = menuTemplate({ isMac: false, isPackaged: true, send: (c) => sent.push(c) });
    const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const byLabel = (l: string) => items.find((i) => i.label === l)!;
    (byLabel('Undo').click as () => void)();
    (byLabel('Redo').click as () => void)();
    (byLabel('Keyboard Shortcuts').click as () => void)();
    expect(sent).toEqual(['undo', 'redo', 'shortcuts']);
    // Shown, not registered: the page owns the keys, so one press is one undo.
    expect(byLabel('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    expect(roles).not.toContain('toggleDevTools');
  });
});
