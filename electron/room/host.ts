/**
 * The facilitator's side of the room, in main (docs/room.md): opens and closes the participant
 * server, keeps what is on show and what phones sent, and tells the facilitator's screen about it.
 *
 * What phones send stays here, in memory, until the facilitator's screen takes it: the screen
 * turns it into ordinary edits (undoable, on disk through the same journal as any typing) and
 * then says so with `take`, which hands each contribution out once, however many views ask.
 * A view waits for news with `status(after)`, answered as soon as anything changes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { NetworkInterfaceInfo } from 'node:os';
import { ROOM_NOTE_MAX, type RoomAnswer, type RoomNote, type RoomRating, type RoomShow, type RoomStatus, type RoomVotes } from '../../shared/room';
import { msg } from '../../shared/strings';
import { AppError } from '../errors';
import { makeRoomCode } from './code';
import { isLocalAddress } from './lan';
import { startRoomServer, type Contribution, type PhonePage, type RoomServer } from './server';

export interface RoomHostOptions {
  /** Where the participant server listens: every interface in the desktop app, 127.0.0.1 in tests. */
  bindHost: string;
  /** 0 picks a free port. */
  port?: number;
  /** The laptop's network interfaces (os.networkInterfaces), for the addresses phones can open. */
  interfaces(): NodeJS.Dict<NetworkInterfaceInfo[]>;
  page(): PhonePage;
  now?: () => number;
}

/** How long a view's question waits for news before it is answered anyway. */
export const STATUS_WAIT_MS = 8_000;

/**
 * The addresses a phone can open, for a server bound to `bindHost` on `port`: the laptop's
 * private IPv4 addresses (a hotspot's or the Wi-Fi's), the likeliest first; or the bound address
 * itself when it is a single one.
 */
export function roomAddresses(bindHost: string, port: number, interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  if (bindHost !== '0.0.0.0' && bindHost !== '::') return [`http://${bindHost.includes(':') ? `[${bindHost}]` : bindHost}:${port}`];
  const found: string[] = [];
  for (const [name, list] of Object.entries(interfaces)) {
    for (const i of list ?? []) {
      if (i.internal || i.family !== 'IPv4' || !isLocalAddress(i.address) || i.address.startsWith('169.254.')) continue;
      // Virtual machines' and containers' bridges are rarely what a phone is on.
      const virtual = /^(docker|br-|veth|vbox|vmnet|virbr|utun|tun|tap)/i.test(name);
      found.push(`${virtual ? 1 : 0} http://${i.address}:${port}`);
    }
  }
  return found.sort().map((f) => f.slice(2));
}

interface Open {
  workshopId: string;
  code: string;
  server: RoomServer;
  addresses: string[];
  openedAt: number;
  joined: Set<string>;
  landAtOnce: boolean;
  showing: RoomShow | null;
  /** Every activity put on show while the room is open, by id: late contributions still land where asked. */
  shown: Map<string, RoomShow>;
  notes: RoomNote[];
  ratings: RoomRating[];
  votes: RoomVotes[];
  answers: RoomAnswer[];
}

export class RoomHost {
  private room: Open | null = null;
  private version = 0;
  private waiters = new Set<() => void>();
  private readonly now: () => number;

  constructor(private readonly opts: RoomHostOptions) {
    this.now = opts.now ?? Date.now;
  }

  async open(workshopId: string, landAtOnce: boolean): Promise<RoomStatus> {
    if (this.room) {
      if (this.room.workshopId !== workshopId) throw new AppError('conflict', msg.room.openElsewhere);
      this.room.landAtOnce = landAtOnce;
      return this.changed();
    }
    const code = makeRoomCode((n) => randomBytes(n));
    let server: RoomServer;
    const room = {} as Open;
    try {
      server = await startRoomServer({
        host: this.opts.bindHost,
        port: this.opts.port ?? 0,
        code,
        page: this.opts.page(),
        activity: () => room.showing?.activity ?? null,
        onJoin: (participant) => {
          room.joined.add(participant);
          this.changed();
        },
        onContribution: (c) => {
          this.receive(room, c);
          this.changed();
        },
      });
    } catch (err) {
      throw new AppError('internal', msg.room.cannotOpen(String((err as NodeJS.ErrnoException).code ?? (err as Error).message)));
    }
    Object.assign(room, {
      workshopId,
      code,
      server,
      addresses: roomAddresses(this.opts.bindHost, server.port, this.opts.interfaces()),
      openedAt: this.now(),
      joined: new Set(),
      landAtOnce,
      showing: null,
      shown: new Map(),
      notes: [],
      ratings: [],
      votes: [],
      answers: [],
    } satisfies Open);
    this.room = room;
    return this.changed();
  }

  /** Stops listening at once; what phones sent and nobody took is dropped with the room. */
  async close(): Promise<RoomStatus> {
    const room = this.room;
    this.room = null;
    if (room) await room.server.close();
    return this.changed();
  }

  show(workshopId: string, show: RoomShow | null): RoomStatus {
    const room = this.openFor(workshopId);
    if (show) {
      // An activity's id is chosen by the screen; the same id again is the same activity.
      room.shown.set(show.activity.id, show);
    }
    room.showing = show;
    return this.changed();
  }

  setLandAtOnce(workshopId: string, landAtOnce: boolean): RoomStatus {
    this.openFor(workshopId).landAtOnce = landAtOnce;
    return this.changed();
  }

  /**
   * Hands out the contributions named, each once: a second view asking for the same ones gets
   * nothing. `hide` drops notes without landing them. A taken note can no longer be taken back
   * from the phone.
   */
  take(workshopId: string, ids: readonly string[], hide: boolean): { notes: RoomNote[]; ratings: RoomRating[]; votes: RoomVotes[]; answers: RoomAnswer[] } {
    const room = this.openFor(workshopId);
    const wanted = new Set(ids);
    const grab = <T extends { id: string; landed: boolean }>(list: T[]): T[] => {
      const got = list.filter((c) => wanted.has(c.id) && !c.landed);
      for (const c of got) c.landed = true;
      return got;
    };
    const notes = grab(room.notes);
    for (const n of notes) room.server.taken(n.participant, n.id);
    room.notes = room.notes.filter((n) => !n.landed);
    const out = hide ? { notes: [], ratings: [], votes: [], answers: [] } : { notes, ratings: grab(room.ratings), votes: grab(room.votes), answers: grab(room.answers) };
    this.changed();
    return out;
  }

  /** The room now, or as soon as it changes after `after` (at most STATUS_WAIT_MS later). */
  async status(after?: number): Promise<RoomStatus> {
    if (after === undefined || after !== this.version) return this.snapshot();
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, STATUS_WAIT_MS);
      this.waiters.add(done);
    });
    return this.snapshot();
  }

  get isOpen(): boolean {
    return this.room !== null;
  }

  private openFor(workshopId: string): Open {
    if (!this.room || this.room.workshopId !== workshopId) throw new AppError('not_found', msg.room.notOpen);
    return this.room;
  }

  private receive(room: Open, c: Contribution): void {
    const at = this.now();
    const show = room.shown.get(c.kind === 'unnote' ? '' : c.activity);
    if (c.kind === 'unnote') {
      room.notes = room.notes.filter((n) => !(n.id === c.id && n.participant === c.participant && !n.landed));
      return;
    }
    if (!show) return;
    const base = { participant: c.participant, author: c.name, activityId: c.activity, at, landed: false };
    if (c.kind === 'note' && 'landing' in show) {
      room.notes.push({ ...base, id: c.id, text: c.text.slice(0, ROOM_NOTE_MAX), landing: show.landing, prompt: show.activity.prompt });
    } else if (c.kind === 'rating' && show.activity.kind === 'rate' && 'journeyId' in show) {
      // A phone's newer rating of a stage replaces its older one.
      room.ratings = room.ratings.filter((r) => !(r.participant === c.participant && r.activityId === c.activity && r.stageId === c.stageId));
      room.ratings.push({ ...base, id: randomUUID(), stageId: c.stageId, score: c.score, journeyId: show.journeyId });
    } else if (c.kind === 'votes' && show.activity.kind === 'vote') {
      room.votes = room.votes.filter((v) => !(v.participant === c.participant && v.activityId === c.activity && !v.landed));
      room.votes.push({ ...base, id: randomUUID(), gapIds: c.gapIds, dots: show.activity.dots, activityGapIds: show.activity.gaps.map((g) => g.id) });
    } else if (c.kind === 'answer' && show.activity.kind === 'survey' && 'journeyId' in show) {
      room.answers = room.answers.filter((a) => !(a.participant === c.participant && a.activityId === c.activity && a.touchpointId === c.touchpointId && !a.landed));
      room.answers.push({ ...base, id: randomUUID(), touchpointId: c.touchpointId, score: c.score, survey: show.activity.survey, journeyId: show.journeyId });
    }
  }

  private changed(): RoomStatus {
    this.version++;
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const w of waiting) w();
    return this.snapshot();
  }

  private snapshot(): RoomStatus {
    const r = this.room;
    if (!r) return { open: false, version: this.version };
    return {
      open: true,
      version: this.version,
      workshopId: r.workshopId,
      code: r.code,
      addresses: r.addresses,
      openedAt: r.openedAt,
      joined: r.joined.size,
      landAtOnce: r.landAtOnce,
      showing: r.showing,
      notes: r.notes,
      ratings: r.ratings,
      votes: r.votes,
      answers: r.answers,
    };
  }
}
