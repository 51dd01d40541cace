import { afterEach, describe, expect, it } from 'vitest';
import { startRoomServer, NOTE_MAX, type Activity, type Contribution, type RoomServer } from '../../electron/room/server';

const open: RoomServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function room(activity: Activity | null = null) {
  const got: Contribution[] = [];
  const state = { activity };
  const server = await startRoomServer({ host: '127.0.0.1', port: 0, code: 'AB3K7Q', activity: () => state.activity, onContribution: (c) => got.push(c) });
  open.push(server);
  const call = async (method: string, path: string, body?: unknown, token?: string, raw?: string) => {
    const res = await fetch(server.url + path, {
      method,
      headers: { ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
  };
  const join = async (name = 'Ann') => (await call('POST', '/api/join', { code: 'ab3 k7q', name })).body.token as string;
  return { server, got, state, call, join };
}

const notes: Activity = { kind: 'notes', id: 'prompt-1', prompt: 'What frustrated you here?', place: 'Booking · Pain points' };

describe('the participant server', () => {
  it('lets a phone join with the room code, see only the activity on show, add a note and take back its own last one', async () => {
    const r = await room(notes);
    expect((await r.call('GET', '/api/activity')).status).toBe(401);
    const token = await r.join();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await r.call('GET', '/api/activity', undefined, token)).body).toEqual({ activity: notes });
    const added = await r.call('POST', '/api/notes', { activity: 'prompt-1', text: '  Waited on hold for ages ' }, token);
    expect(added.status).toBe(200);
    const phone = r.got[0]!.participant;
    // The facilitator's side knows the phone by an id of its own, never by its access token.
    expect(phone).not.toBe(token);
    expect(r.got).toEqual([{ kind: 'note', id: added.body.id, participant: phone, name: 'Ann', activity: 'prompt-1', text: 'Waited on hold for ages' }]);
    expect((await r.call('DELETE', '/api/notes/last', undefined, token)).status).toBe(200);
    expect(r.got.at(-1)).toEqual({ kind: 'unnote', id: added.body.id, participant: phone });
    // Once the facilitator has taken a note, it is theirs.
    const again = await r.call('POST', '/api/notes', { activity: 'prompt-1', text: 'Nobody called back' }, token);
    r.server.taken(phone, again.body.id as string);
    expect((await r.call('DELETE', '/api/notes/last', undefined, token)).status).toBe(409);
    // Another participant cannot reach it either: there is no way to name someone else's note.
    const other = await r.join('Bo');
    expect((await r.call('DELETE', '/api/notes/last', undefined, other)).status).toBe(409);
  });

  it('refuses what is not on show: a closed activity, a stage not being rated, more dots than allowed', async () => {
    const r = await room({ kind: 'vote', id: 'v1', dots: 2, gaps: [{ id: 'g1', title: 'Hold music' }, { id: 'g2', title: 'No call back' }, { id: 'g3', title: 'Forms' }] });
    const token = await r.join();
    expect((await r.call('POST', '/api/notes', { activity: 'prompt-1', text: 'x' }, token)).status).toBe(409);
    expect((await r.call('POST', '/api/votes', { activity: 'v1', gapIds: ['g1', 'g2', 'g3'] }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/votes', { activity: 'v1', gapIds: ['g9'] }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/votes', { activity: 'v1', gapIds: ['g1', 'g1'] }, token)).status).toBe(200);
    r.state.activity = { kind: 'rate', id: 'r1', stages: [{ id: 's1', name: 'Book' }] };
    expect((await r.call('POST', '/api/ratings', { activity: 'r1', stageId: 's2', score: 1 }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/ratings', { activity: 'r1', stageId: 's1', score: 3 }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/ratings', { activity: 'r1', stageId: 's1', score: -2 }, token)).status).toBe(200);
    r.state.activity = { kind: 'survey', id: 'q1', survey: 'csat', touchpoints: [{ id: 't1', name: 'Call centre' }] };
    expect((await r.call('POST', '/api/answers', { activity: 'q1', touchpointId: 't1', score: 6 }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/answers', { activity: 'q1', touchpointId: 't2', score: 4 }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/answers', { activity: 'q1', touchpointId: 't1', score: 4 }, token)).status).toBe(200);
    expect(r.got.map((c) => c.kind)).toEqual(['votes', 'rating', 'answer']);
  });

  it('locks an address out after five wrong codes', async () => {
    const r = await room();
    for (let i = 0; i < 4; i++) expect((await r.call('POST', '/api/join', { code: 'WRONG1' })).status).toBe(401);
    expect((await r.call('POST', '/api/join', { code: 'WRONG1' })).status).toBe(429);
    expect((await r.call('POST', '/api/join', { code: 'AB3K7Q' })).status).toBe(429); // even the right code, for a minute
  });

  it('answers malformed and oversized requests with an error, and keeps serving', async () => {
    const r = await room(notes);
    const token = await r.join();
    expect((await r.call('POST', '/api/notes', undefined, token, '{"activity": "prompt-1", "text": ')).status).toBe(400);
    expect((await r.call('POST', '/api/notes', { activity: 'prompt-1', text: 'x'.repeat(NOTE_MAX + 1) }, token)).status).toBe(400);
    expect((await r.call('POST', '/api/notes', undefined, token, JSON.stringify({ activity: 'prompt-1', text: 'y'.repeat(5000) }))).status).toBe(413);
    expect((await r.call('POST', '/api/notes', { activity: 'prompt-1', text: 'ok', extra: 1 }, token)).status).toBe(400);
    expect((await r.call('GET', '/api/workshops', undefined, token)).status).toBe(404);
    const plain = await fetch(`${r.server.url}/api/notes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' }, body: 'hi' });
    expect(plain.status).toBe(415);
    const ok = await r.call('POST', '/api/notes', { activity: 'prompt-1', text: 'Still here' }, token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('stops listening when the room closes', async () => {
    const r = await room();
    await r.server.close();
    await expect(fetch(`${r.server.url}/api/join`, { method: 'POST' })).rejects.toThrow();
  });
});
