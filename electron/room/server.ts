/**
 * The participant server: the small HTTP API phones in the room talk to while the facilitator has
 * the room open (issue 22). It is its own API, never the app's handler table: participants can
 * only join with the room code, read the one activity the facilitator has put on show, and add
 * to it (a note, a rating, dots); the only thing they can take back is their own last note, while
 * it waits for the facilitator. What they add is handed to `onContribution`; main decides what
 * lands in the workshop.
 *
 * Defences, each tested: only local-network addresses are answered (lan.ts); the room code is
 * required and wrong codes lock an address out (limits.ts); every participant and address is
 * rate-limited; bodies are small JSON checked with zod; notes and their number are bounded; a
 * malformed request gets an error and the server keeps serving; closing the room stops listening
 * and drops open connections.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { normaliseCode, sameCode } from './code';
import { isLocalAddress } from './lan';
import { CodeGuard, RateLimiter, type Clock } from './limits';
import { ROOM_NAME_MAX, ROOM_NOTE_MAX, ROOM_NOTES_PER_PARTICIPANT, type Activity } from '../../shared/room';
import { SCALES } from '../../shared/domain/metrics';

export const NOTE_MAX = ROOM_NOTE_MAX;
export const NOTES_PER_PARTICIPANT = ROOM_NOTES_PER_PARTICIPANT;
const BODY_MAX = 4096;

export type { Activity };

/** What a phone sent. `participant` is the phone's id in this room, never its access token. */
export type Contribution =
  | { kind: 'note'; id: string; participant: string; name: string; activity: string; text: string }
  | { kind: 'unnote'; id: string; participant: string }
  | { kind: 'rating'; participant: string; name: string; activity: string; stageId: string; score: number }
  | { kind: 'votes'; participant: string; name: string; activity: string; gapIds: string[] }
  | { kind: 'answer'; participant: string; name: string; activity: string; touchpointId: string; score: number };

/** The participant page: its files, read once when the room opens (the page is small). */
export interface PhonePage {
  'index.html': Buffer;
  'phone.js': Buffer;
  'phone.css': Buffer;
}

/** The participant page's own policy: its script and style from this server, its calls to it. */
const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; manifest-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface RoomOptions {
  host: string;
  port: number;
  code: string;
  activity(): Activity | null;
  onContribution(c: Contribution): void;
  /** A phone joined (the facilitator's screen counts them). */
  onJoin?(participant: string): void;
  /** The participant page; without it only the API answers (tests of the API alone). */
  page?: PhonePage;
  clock?: Clock;
}

export interface RoomServer {
  url: string;
  port: number;
  /** The facilitator has taken a participant's note (approved, hidden or merged it): it can no longer be taken back. */
  taken(participant: string, noteId: string): void;
  close(): Promise<void>;
}

const joinBody = z.strictObject({ code: z.string().max(20), name: z.string().max(ROOM_NAME_MAX).optional() });
const noteBody = z.strictObject({ activity: z.string().max(100), text: z.string().trim().min(1).max(NOTE_MAX) });
const rateBody = z.strictObject({ activity: z.string().max(100), stageId: z.string().max(100), score: z.number().int().min(-2).max(2) });
const voteBody = z.strictObject({ activity: z.string().max(100), gapIds: z.array(z.string().max(100)).max(20) });
const answerBody = z.strictObject({ activity: z.string().max(100), touchpointId: z.string().max(100), score: z.number().int().min(0).max(10) });

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Participant {
  /** The id the facilitator's side knows this phone by. */
  id: string;
  name: string;
  notes: string[];
  pending: Set<string>;
}

export async function startRoomServer(opts: RoomOptions): Promise<RoomServer> {
  const clock = opts.clock ?? Date.now;
  const guard = new CodeGuard(clock);
  const perAddress = new RateLimiter(clock, 60, 20);
  const perParticipant = new RateLimiter(clock, 20, 2);
  const participants = new Map<string, Participant>();
  const sockets = new Set<Socket>();
  const code = normaliseCode(opts.code);

  const server = http.createServer((req, res) => {
    if (opts.page && (req.method === 'GET' || req.method === 'HEAD') && !(req.url ?? '').startsWith('/api/')) return servePage(req, res, opts.page);
    void handle(req)
      .then((body) => send(res, 200, body))
      .catch((err: unknown) => send(res, err instanceof Refusal ? err.status : 500, { error: err instanceof Refusal ? err.message : 'Something went wrong.' }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // A client that sends headers slowly or not at all is dropped rather than held.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  async function handle(req: http.IncomingMessage): Promise<unknown> {
    const address = req.socket.remoteAddress ?? '';
    if (!isLocalAddress(address)) throw new Refusal(403, 'Only phones on this network can join.');
    if (!perAddress.take(address)) throw new Refusal(429, 'Too many requests: wait a moment.');
    const url = new URL(req.url ?? '/', 'http://room');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'POST /api/join') {
      if (!guard.mayTry(address)) throw new Refusal(429, 'Too many wrong codes: wait a minute, then try again.');
      const body = joinBody.safeParse(await readJson(req));
      if (!body.success) throw new Refusal(400, 'Send a room code.');
      const right = sameCode(normaliseCode(body.data.code), code);
      const locked = guard.record(address, right);
      if (!right) throw new Refusal(locked ? 429 : 401, locked ? 'Too many wrong codes: wait a minute, then try again.' : 'That is not the room code.');
      const token = randomBytes(24).toString('base64url');
      const id = randomUUID();
      participants.set(token, { id, name: body.data.name?.trim().slice(0, ROOM_NAME_MAX) ?? '', notes: [], pending: new Set() });
      opts.onJoin?.(id);
      return { token };
    }
    const token = /^Bearer ([A-Za-z0-9_-]{32})$/.exec(req.headers.authorization ?? '')?.[1];
    const who = token ? participants.get(token) : undefined;
    if (!who || !token) throw new Refusal(401, 'Join the room first.');
    if (!perParticipant.take(token)) throw new Refusal(429, 'Too many requests: wait a moment.');
    const activity = opts.activity();
    if (route === 'GET /api/activity') return { activity };
    const onShow = (id: string, kind: Activity['kind']) => {
      if (!activity || activity.id !== id || activity.kind !== kind) throw new Refusal(409, 'That activity is closed.');
      return activity;
    };
    if (route === 'POST /api/notes') {
      const body = noteBody.safeParse(await readJson(req));
      if (!body.success) throw new Refusal(400, `A note is 1 to ${NOTE_MAX} characters.`);
      onShow(body.data.activity, 'notes');
      if (who.notes.length >= NOTES_PER_PARTICIPANT) throw new Refusal(429, `That is ${NOTES_PER_PARTICIPANT} notes already: thank you!`);
      const id = randomUUID();
      who.notes.push(id);
      who.pending.add(id);
      opts.onContribution({ kind: 'note', id, participant: who.id, name: who.name, activity: body.data.activity, text: body.data.text });
      return { id };
    }
    if (route === 'DELETE /api/notes/last') {
      const last = who.notes.at(-1);
      if (!last || !who.pending.has(last)) throw new Refusal(409, 'There is no note of yours waiting to take back.');
      who.notes.pop();
      who.pending.delete(last);
      opts.onContribution({ kind: 'unnote', id: last, participant: who.id });
      return { id: last };
    }
    if (route === 'POST /api/ratings') {
      const body = rateBody.safeParse(await readJson(req));
      if (!body.success) throw new Refusal(400, 'A rating is a whole number from −2 to +2.');
      const a = onShow(body.data.activity, 'rate') as Extract<Activity, { kind: 'rate' }>;
      if (!a.stages.some((s) => s.id === body.data.stageId)) throw new Refusal(400, 'That stage is not being rated.');
      opts.onContribution({ kind: 'rating', participant: who.id, name: who.name, activity: a.id, stageId: body.data.stageId, score: body.data.score });
      return {};
    }
    if (route === 'POST /api/votes') {
      const body = voteBody.safeParse(await readJson(req));
      if (!body.success) throw new Refusal(400, 'Send the gaps you put your dots on.');
      const a = onShow(body.data.activity, 'vote') as Extract<Activity, { kind: 'vote' }>;
      if (body.data.gapIds.length > a.dots || body.data.gapIds.some((g) => !a.gaps.some((x) => x.id === g))) throw new Refusal(400, `You have ${a.dots} dots, for the gaps on show.`);
      opts.onContribution({ kind: 'votes', participant: who.id, name: who.name, activity: a.id, gapIds: body.data.gapIds });
      return {};
    }
    if (route === 'POST /api/answers') {
      const body = answerBody.safeParse(await readJson(req));
      if (!body.success) throw new Refusal(400, 'Send one answer from the scale.');
      const a = onShow(body.data.activity, 'survey') as Extract<Activity, { kind: 'survey' }>;
      const scale = SCALES[a.survey];
      if (body.data.score < scale.min || body.data.score > scale.max) throw new Refusal(400, `An answer is from ${scale.min} to ${scale.max}.`);
      if (!a.touchpoints.some((t) => t.id === body.data.touchpointId)) throw new Refusal(400, 'That is not one of the questions on show.');
      opts.onContribution({ kind: 'answer', participant: who.id, name: who.name, activity: a.id, touchpointId: body.data.touchpointId, score: body.data.score });
      return {};
    }
    throw new Refusal(404, 'There is nothing here.');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`,
    port,
    taken: (participant, noteId) => {
      for (const p of participants.values()) if (p.id === participant) p.pending.delete(noteId);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new Refusal(415, 'Send JSON.');
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > BODY_MAX) throw new Refusal(413, 'That is too long.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_MAX) throw new Refusal(413, 'That is too long.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'That is not JSON.');
  }
}

/** The participant page: three files, nothing else, each under the page's own policy. */
function servePage(req: http.IncomingMessage, res: http.ServerResponse, page: PhonePage): void {
  const address = req.socket.remoteAddress ?? '';
  if (!isLocalAddress(address)) return send(res, 403, { error: 'Only phones on this network can join.' });
  const path = new URL(req.url ?? '/', 'http://room').pathname;
  const name = path === '/' ? 'index.html' : path.slice(1);
  if (!Object.hasOwn(page, name)) return send(res, 404, { error: 'There is nothing here.' });
  const body = page[name as keyof PhonePage];
  const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.js') ? 'text/javascript' : 'text/css';
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': PAGE_POLICY,
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
  });
  res.end(text);
}
