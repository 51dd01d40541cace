import http from 'node:http';
import net from 'node:net';
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
  const { handlers, feed } = library();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  server = await startWebServer({ handlers, staticDir, feed });
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

  it('scopes its cookie to its own port, so a second bridge neither sees nor replaces it', async () => {
    const { server, signIn, cookie } = await start();
    expect(String(signIn.headers['set-cookie'])).toMatch(new RegExp(`^tp_token_${server.port}=`));
    const { handlers } = library();
    const other = await startWebServer({ handlers, staticDir: tempDir() });
    try {
      // The browser sends every 127.0.0.1 cookie to both; each bridge finds its own among them.
      const both = `${cookie}; tp_token_${other.port}=${other.token}`;
      expect((await request(server.port, { path: '/api/listWorkshops', ...json(both, {}) })).status).toBe(200);
      expect((await request(other.port, { path: '/api/listWorkshops', ...json(both, {}) })).status).toBe(200);
      expect((await request(other.port, { path: '/api/listWorkshops', ...json(cookie, {}) })).status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('answers malformed requests with an error and keeps serving', async () => {
    const { server, cookie } = await start();
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(server.port, '127.0.0.1', () => socket.end(text));
        let got = '';
        socket.on('data', (c) => (got += c.toString()));
        socket.on('close', () => resolve(got));
        socket.on('error', () => resolve(got));
      });
    const host = `Host: 127.0.0.1:${server.port}\r\nCookie: ${cookie}\r\n`;
    const targets = ['//[', '//evil.example/', 'http://127.0.0.1/', '*', '/%', '/%E0%A4%A', '/\u0000', `/${'a'.repeat(70_000)}`];
    for (const target of targets) {
      const answer = await raw(`GET ${target} HTTP/1.1\r\n${host}Connection: close\r\n\r\n`);
      expect(answer, target.slice(0, 20)).toMatch(/^HTTP\/1\.1 (400|403|404|414|431)/);
    }
    for (const bad of ['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', `GET / HTTP/1.1\r\nHost: x\r\n${'X-Long: y\r\n'.repeat(2000)}\r\n`, `POST /api/applyOps HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 5\r\n\r\n{"a":`]) {
      expect(await raw(bad)).toMatch(/^HTTP\/1\.1 [45]\d\d/);
    }
    // A body that says it is longer than it is, and a request that never finishes its headers.
    const unfinished = net.connect(server.port, '127.0.0.1', () => unfinished.write(`POST /api/applyOps HTTP/1.1\r\n${host}Content-Length: 100\r\n\r\n{`));
    const slow = net.connect(server.port, '127.0.0.1', () => slow.write('GET / HTTP/1.1\r\nHo'));
    unfinished.on('error', () => {});
    slow.on('error', () => {});
    const bodies = ['null', '[]', '"x"', '{"workshopId":{"__proto__":{"a":1}}}', JSON.stringify({ workshopId: 'x'.repeat(1000), ops: 'nope' })];
    for (const body of bodies) {
      const r = await request(server.port, { path: '/api/applyOps', method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body });
      expect(JSON.parse(r.body), body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // Still serving, with both half-open connections hanging.
    const after = await request(server.port, { path: '/api/listWorkshops', ...json(cookie, {}) });
    expect(JSON.parse(after.body)).toMatchObject({ ok: true });
    unfinished.destroy();
    slow.destroy();
  });

  it('streams the change feed behind the same key, starting with what the view missed', async () => {
    const { server, cookie } = await start();
    expect((await request(server.port, { path: '/api/feed' })).status).toBe(403);
    expect((await request(server.port, { path: '/api/feed?workshop=nope', headers: { Cookie: cookie } })).status).toBe(400);
    const created = JSON.parse((await request(server.port, { path: '/api/createWorkshop', ...json(cookie, { title: 'Fed' }) })).body).value;
    await request(server.port, { path: '/api/applyOps', ...json(cookie, { workshopId: created.id, ops: [{ kind: 'update', entity: 'workshop', id: created.id, patch: { client: 'Heard' } }] }) });
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: `/api/feed?workshop=${created.id}&since=0`, headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie } }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let got = '';
        res.on('data', (c) => {
          got += c.toString();
          const line = got.split('\n').find((l) => l.startsWith('data: '));
          if (line) {
            req.destroy();
            resolve(line.slice(6));
          }
        });
      });
      req.on('error', reject);
    });
    expect(JSON.parse(first)).toMatchObject({ kind: 'batch', workshopId: created.id, ops: [{ kind: 'update', patch: { client: 'Heard' } }] });
  });
});
