/**
 * The web bridge: serves the built renderer and the handler table over HTTP on 127.0.0.1, so the
 * same app runs in a plain browser (for `npm run web` and the end-to-end tests).
 *
 * Only the holder of this run's token gets in. The printed URL carries it once as ?token=…; the
 * bridge swaps it for an HttpOnly, SameSite=Strict cookie and redirects to a clean URL. The Host
 * header must name this loopback port (which defeats DNS rebinding), and API calls must be
 * same-origin JSON POSTs.
 */
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { dispatch } from '../dispatch';
import { contentTypeOf, staticFile } from '../static-files';
import type { Handlers } from '../handlers';

const COOKIE = 'tp_token';
const MAX_BODY = 64 * 1024 * 1024;


export interface WebServerOptions {
  handlers: Handlers;
  staticDir: string;
  port?: number;
  token?: string;
}

export interface RunningWebServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startWebServer(opts: WebServerOptions): Promise<RunningWebServer> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  let port = 0;

  const server = http.createServer((req, res) => {
    securityHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return plain(res, 403, 'Forbidden host.');
    const url = new URL(req.url ?? '/', `http://${host}`);

    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!sameSecret(offered, token)) return plain(res, 403, 'That access link is not valid for this run.');
      res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      res.writeHead(303, { Location: url.pathname + (url.search || '') });
      return res.end();
    }
    const held = cookieToken(req);
    if (!held || !sameSecret(held, token)) {
      return plain(res, 403, 'Open the address that `npm run web` printed: it carries this run’s access key.');
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return plain(res, 405, 'Use POST.');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return plain(res, 403, 'Cross-origin request refused.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return plain(res, 415, 'Send JSON.');
      const channel = url.pathname.slice('/api/'.length);
      readBody(req).then(
        async (body) => {
          let input: unknown;
          try {
            input = body ? JSON.parse(body) : {};
          } catch {
            input = Symbol('unparseable'); // fails validation with a clear invalid_input answer
          }
          const result = await dispatch(opts.handlers, channel, input);
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(JSON.stringify(result));
        },
        () => plain(res, 413, 'Request too large.'),
      );
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed.');
    const file = staticFile(opts.staticDir, url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return plain(res, 404, 'Not found.');
    const type = contentTypeOf(file);
    res.writeHead(200, {
      'Content-Type': type,
      // Built assets carry a content hash in their names; the page itself must always be fresh.
      'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
