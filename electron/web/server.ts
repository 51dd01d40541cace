/**
 * The web bridge: serves the built renderer and the handler table over HTTP on 127.0.0.1, so the
 * same app runs in a plain browser (for `npm run web` and the end-to-end tests).
 *
 * Only the holder of the access key gets in. The printed URL carries it once as ?token=…; the
 * bridge swaps it for an HttpOnly, SameSite=Strict cookie named after this port (so two bridges,
 * or any other local server, never see or overwrite each other's) and redirects to a clean URL.
 * The Host header must name this loopback port (which defeats DNS rebinding), and API calls must
 * be same-origin JSON POSTs. The change feed is a server-sent-events stream behind the same key.
 *
 * Every request is answered inside one guard: whatever a request holds, an error becomes a 400 or
 * a 500 and the bridge keeps serving.
 */
import http from 'node:http';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FeedEvent } from '../../shared/api';
import { msg } from '../../shared/strings';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { dispatch } from '../dispatch';
import { catchUpEvents, feedWants, type ChangeFeed } from '../feed';
import { contentTypeOf, staticFile } from '../static-files';
import type { Handlers } from '../handlers';

const MAX_BODY = 64 * 1024 * 1024;
/** A quiet stream is kept open through proxies and sleeping laptops with a comment line. */
const HEARTBEAT_MS = 15_000;

export interface WebServerOptions {
  handlers: Handlers;
  staticDir: string;
  port?: number;
  token?: string;
  /** The library's change feed, served at /api/feed; without one the stream says nothing. */
  feed?: ChangeFeed;
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

/** The cookie of this bridge's port. Any cookie of that name whose value matches lets in. */
export const cookieName = (port: number) => `tp_token_${port}`;

function cookieTokens(req: http.IncomingMessage, name: string): string[] {
  const found: string[] = [];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) found.push(v.join('='));
  }
  return found;
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
  if (res.headersSent) {
    res.destroy();
    return;
  }
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

/** Parses the request target; null for one that is not a plain path (`//[`, `http://…`, `*`). */
function targetOf(req: http.IncomingMessage, host: string): URL | null {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    return new URL(raw, `http://${host}`);
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function serveFeed(req: http.IncomingMessage, res: http.ServerResponse, url: URL, feed: ChangeFeed | undefined, streams: Set<http.ServerResponse>): void {
  const workshopId = url.searchParams.get('workshop');
  if (workshopId !== null && !UUID.test(workshopId)) return plain(res, 400, 'Bad workshop id.');
  // After a dropped connection the browser says where it got to; else the page says where it starts.
  const sinceText = String(req.headers['last-event-id'] ?? url.searchParams.get('since') ?? '');
  const since = /^\d{1,15}$/.test(sinceText) ? Number(sinceText) : null;
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write('retry: 1000\n\n');
  const send = (e: FeedEvent) => {
    if (feedWants(workshopId, e)) res.write(`id: ${e.seq}\ndata: ${JSON.stringify(e)}\n\n`);
  };
  if (feed) catchUpEvents(feed, workshopId, since).forEach(send);
  const unsubscribe = feed?.subscribe(send) ?? (() => {});
  const beat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  streams.add(res);
  const end = () => {
    clearInterval(beat);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', end);
  res.on('error', end);
}

export function startWebServer(opts: WebServerOptions): Promise<RunningWebServer> {
  const token = opts.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const streams = new Set<http.ServerResponse>();

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    securityHeaders(res);
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return plain(res, 403, 'Forbidden host.');
    const url = targetOf(req, host);
    if (!url) return plain(res, 400, 'Bad request.');

    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null) {
      if (!sameSecret(offered, token)) return plain(res, 403, 'That access link is not valid for this run.');
      res.setHeader('Set-Cookie', `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      url.searchParams.delete('token');
      res.writeHead(303, { Location: url.pathname + (url.search || '') });
      return void res.end();
    }
    if (!cookieTokens(req, cookieName(port)).some((held) => sameSecret(held, token))) {
      return plain(res, 403, 'Open the address that `npm run web` printed: it carries this run’s access key.');
    }

    if (url.pathname === '/api/feed') {
      if (req.method !== 'GET') return plain(res, 405, 'Use GET.');
      return serveFeed(req, res, url, opts.feed, streams);
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return plain(res, 405, 'Use POST.');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return plain(res, 403, 'Cross-origin request refused.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return plain(res, 415, 'Send JSON.');
      const channel = url.pathname.slice('/api/'.length);
      readBody(req)
        .then(
          async (body) => {
            let input: unknown;
            try {
              input = body ? JSON.parse(body) : {};
            } catch {
              const refused = { ok: false, error: { code: 'invalid_input', message: msg.errors.invalidInput(msg.errors.notJson) } };
              res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
              return void res.end(JSON.stringify(refused));
            }
            const result = await dispatch(opts.handlers, channel, input);
            if (res.writableEnded || res.destroyed) return;
            res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
            res.end(JSON.stringify(result));
          },
          () => plain(res, 413, 'Request too large.'),
        )
        .catch((err: unknown) => {
          console.error(err);
          plain(res, 500, 'Something went wrong.');
        });
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
    if (req.method === 'HEAD') return void res.end();
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const server = http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      console.error(err);
      plain(res, 500, 'Something went wrong.');
    }
  });
  // A client that sends its headers a byte at a time, or never finishes, is let go; and a flood
  // of connections is capped (a few views and their feeds need a handful).
  server.headersTimeout = 20_000;
  server.maxConnections = 64;
  server.requestTimeout = 120_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
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
            for (const s of streams) s.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
