import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../electron/web/server';
import { staticFile } from '../../electron/static-files';
import { library, tempDir } from '../helpers/library';

let server: RunningWebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

async function start() {
  const { handlers } = library();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  server = await startWebServer({ handlers, staticDir });
  const signIn = await request(server.port, { path: `/?token=${server.token}` });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  return { server, signIn, cookie };
}

const json = (cookie: string, body: unknown, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { Cookie: cookie, 'Content-Type': 'application/json', ...extra },
  body: JSON.stringify(body),
});

describe('the web bridge', () => {
  it('listens on loopback only', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('swaps the token in the URL for an HttpOnly, SameSite=Strict cookie and a clean address', async () => {
    const { signIn } = await start();
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/');
    expect(String(signIn.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
  });

  it('refuses requests without the token, with a wrong one, or for another host', async () => {
    const { server, cookie } = await start();
    expect((await request(server.port, { path: '/' })).status).toBe(403);
    expect((await request(server.port, { path: '/?token=nope' })).status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { Cookie: 'tp_token=nope' } })).status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { Cookie: cookie, Host: 'attacker.example:80' } })).status).toBe(403);
    expect((await request(server.port, { path: '/api/listWorkshops', ...json('', {}) })).status).toBe(403);
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const { server, cookie } = await start();
    const page = await request(server.port, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers API calls through the same handlers and validators', async () => {
    const { server, cookie } = await start();
    const created = await request(server.port, { path: '/api/createWorkshop', ...json(cookie, { title: 'Over HTTP' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Over HTTP' } });
    const bad = await request(server.port, { path: '/api/createWorkshop', ...json(cookie, { title: '' }) });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const broken = await request(server.port, { path: '/api/createWorkshop', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = await request(server.port, { path: '/api/dropEverything', ...json(cookie, {}) });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses cross-origin calls, non-JSON bodies and GETs to the API', async () => {
    const { server, cookie } = await start();
    const cross = await request(server.port, { path: '/api/listWorkshops', ...json(cookie, {}, { Origin: 'http://evil.example' }) });
    expect(cross.status).toBe(403);
    const form = await request(server.port, { path: '/api/listWorkshops', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    expect((await request(server.port, { path: '/api/listWorkshops', headers: { Cookie: cookie } })).status).toBe(405);
  });

  it('never serves a file outside the renderer folder', async () => {
    const { server, cookie } = await start();
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/%00index.html']) {
      expect((await request(server.port, { path: p, headers: { Cookie: cookie } })).status, p).toBe(404);
    }
    expect(staticFile('/app/renderer', '/../../etc/passwd')).toBeNull();
    expect(staticFile('/app/renderer', '/assets/x.js')).toBe(path.resolve('/app/renderer/assets/x.js'));
    expect(staticFile('/app/renderer', '/')).toBe(path.resolve('/app/renderer/index.html'));
  });
});
