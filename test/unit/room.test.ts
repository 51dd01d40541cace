import { describe, expect, it } from 'vitest';
import { roomAddresses, STATUS_WAIT_MS } from '../../electron/room/host';
import { votesFor } from '../../shared/domain/gaps';
import { mergedNoteOps, roomAnswerOps, roomNotesOps, roomRatingOps, roomVoteOps } from '../../shared/domain/room-landing';
import { roomShow } from '../../shared/domain/room-show';
import type { WorkshopDoc } from '../../shared/model/ops';
import { needsJoinAdvice, NO_PHONE_AFTER_MS, type RoomStatus } from '../../shared/room';
import { library, uid } from '../helpers/library';
import { sampleWorkshopOps } from '../helpers/sample-workshop';

type Open = Extract<RoomStatus, { open: true }>;

async function workshopWithRoom() {
  const b = library();
  const w = b.ok('createWorkshop', { title: 'Room' });
  const { ids, ops } = sampleWorkshopOps(uid);
  b.ok('applyOps', { workshopId: w.id, ops });
  const doc = () => b.ok('openWorkshop', { id: w.id }) as WorkshopDoc;
  const opened = (await b.okLater('openRoom', { workshopId: w.id })) as Open;
  const phone = async (name?: string) => {
    const res = await fetch(`${opened.addresses[0]}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: opened.code, ...(name ? { name } : {}) }) });
    const { token } = (await res.json()) as { token: string };
    return (path: string, body: unknown) =>
      fetch(`${opened.addresses[0]}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then((r) => r.status);
  };
  const status = async () => (await b.okLater('roomStatus', {})) as Open;
  return { b, w, ids, doc, opened, phone, status };
}

describe('the room, on the facilitator’s side', () => {
  it('tells a waiting view about a note as soon as a phone sends it, and hands each note out once', async () => {
    const { b, w, ids, doc, phone, status } = await workshopWithRoom();
    const show = roomShow(doc(), { kind: 'notes', prompt: 'What frustrated you?', journeyId: ids.journey, stageId: ids.s1, laneId: ids.goals, color: 'pink' }, 'q1');
    if (typeof show === 'string') throw new Error(show);
    b.ok('showInRoom', { workshopId: w.id, show });
    const before = await status();
    const waiting = b.okLater('roomStatus', { after: before.version });
    const ana = await phone('Ana');
    await ana('/api/notes', { activity: 'q1', text: 'On hold for ages' });
    const after = (await waiting) as Open;
    // The join and the note both wake the waiting view; the note is there by the second answer at the latest.
    const latest = after.notes.length ? after : ((await b.okLater('roomStatus', { after: after.version })) as Open);
    expect(latest.notes.map((n) => [n.text, n.author, n.landing.laneId])).toEqual([['On hold for ages', 'Ana', ids.goals]]);
    expect(latest.joined).toBe(1);

    const first = b.ok('takeFromRoom', { workshopId: w.id, ids: [latest.notes[0]!.id] });
    const second = b.ok('takeFromRoom', { workshopId: w.id, ids: [latest.notes[0]!.id] });
    expect(first.notes).toHaveLength(1);
    expect(second.notes).toHaveLength(0);
    expect((await status()).notes).toEqual([]);
    // Landed as an ordinary note, marked as from the room.
    const { ops, homeless } = roomNotesOps(doc(), first.notes, uid);
    expect(homeless).toEqual([]);
    b.ok('applyOps', { workshopId: w.id, ops });
    const landed = Object.values(doc().rows.note).find((n) => n.fromRoom);
    expect(landed).toMatchObject({ text: 'On hold for ages', author: 'Ana', color: 'pink', stageId: ids.s1, laneId: ids.goals, position: 2, roomPrompt: 'What frustrated you?' });
  });

  it('answers a waiting view after a few seconds even when nothing happens', () => {
    expect(STATUS_WAIT_MS).toBeLessThanOrEqual(10_000);
  });

  it('drops hidden notes without landing them, and refuses a workshop the room is not open for', async () => {
    const { b, w, ids, doc, phone, status } = await workshopWithRoom();
    const show = roomShow(doc(), { kind: 'notes', prompt: 'Wow?', journeyId: ids.journey, stageId: ids.s2, laneId: ids.goals, color: 'green' }, 'q2');
    b.ok('showInRoom', { workshopId: w.id, show });
    await (await phone())('/api/notes', { activity: 'q2', text: 'Rude' });
    const id = (await status()).notes[0]!.id;
    expect(b.ok('takeFromRoom', { workshopId: w.id, ids: [id], hide: true })).toEqual({ notes: [], ratings: [], votes: [], answers: [] });
    expect((await status()).notes).toEqual([]);
    const other = b.ok('createWorkshop', { title: 'Other' });
    expect(b.call('showInRoom', { workshopId: other.id, show: null })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await b.callLater('openRoom', { workshopId: other.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses an activity whose shape is wrong before any phone sees it', async () => {
    const { b, w } = await workshopWithRoom();
    expect(b.call('showInRoom', { workshopId: w.id, show: { activity: { kind: 'notes', id: 'x', prompt: '   ', place: '' }, landing: { journeyId: uid(), stageId: uid(), laneId: uid(), color: 'pink' } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(b.call('showInRoom', { workshopId: w.id, show: { activity: { kind: 'vote', id: 'v', dots: 3, gaps: [] } } })).toMatchObject({ ok: false });
  });

  it('closes: the server stops listening and the status says closed', async () => {
    const { b, opened } = await workshopWithRoom();
    expect(((await b.okLater('closeRoom', {})) as RoomStatus).open).toBe(false);
    await expect(fetch(`${opened.addresses[0]}/api/join`, { method: 'POST' })).rejects.toThrow();
  });
});

describe('what the room sends lands as ordinary rows', () => {
  it('puts a stage’s ratings on the curve as one note with the mean, and updates it when more come', async () => {
    const { b, w, ids, doc, phone, status } = await workshopWithRoom();
    b.ok('showInRoom', { workshopId: w.id, show: roomShow(doc(), { kind: 'rate', journeyId: ids.journey }, 'r1') });
    await (await phone('Ana'))('/api/ratings', { activity: 'r1', stageId: ids.s1, score: -2 });
    const bo = await phone('Bo');
    await bo('/api/ratings', { activity: 'r1', stageId: ids.s1, score: 1 });
    await bo('/api/ratings', { activity: 'r1', stageId: ids.s1, score: 0 }); // a phone changes its mind: the latest counts
    let ratings = (await status()).ratings;
    expect(ratings.map((r) => r.score)).toEqual([-2, 0]);
    b.ok('applyOps', { workshopId: w.id, ops: roomRatingOps(doc(), ratings, uid) });
    const curve = () => Object.values(doc().rows.note).filter((n) => n.fromRoom === 'r1');
    expect(curve().map((n) => [n.text, n.score, n.laneId, n.description])).toEqual([['How the room felt (2 ratings)', -1, ids.emotions, '−2: Ana\n0: Bo']]);
    await (await phone())('/api/ratings', { activity: 'r1', stageId: ids.s1, score: 2 });
    ratings = (await status()).ratings;
    b.ok('applyOps', { workshopId: w.id, ops: roomRatingOps(doc(), ratings, uid) });
    expect(curve().map((n) => [n.text, n.score])).toEqual([['How the room felt (3 ratings)', 0]]);
  });

  it('keeps a phone’s dots hidden until the reveal, and replaces them when it votes again', async () => {
    const { b, w, ids, doc, phone, status } = await workshopWithRoom();
    b.ok('showInRoom', { workshopId: w.id, show: roomShow(doc(), { kind: 'vote' }, 'v1') });
    const ana = await phone('Ana');
    await ana('/api/votes', { activity: 'v1', gapIds: [ids.g1, ids.g1, ids.g2] });
    const take = async () => b.ok('takeFromRoom', { workshopId: w.id, ids: (await status()).votes.filter((v) => !v.landed).map((v) => v.id) });
    b.ok('applyOps', { workshopId: w.id, ops: roomVoteOps(doc(), (await take()).votes, uid) });
    expect(votesFor(doc(), ids.g1)).toEqual({ visible: 0, hidden: 2 });
    await ana('/api/votes', { activity: 'v1', gapIds: [ids.g2] });
    b.ok('applyOps', { workshopId: w.id, ops: roomVoteOps(doc(), (await take()).votes, uid) });
    expect([votesFor(doc(), ids.g1), votesFor(doc(), ids.g2)]).toEqual([
      { visible: 0, hidden: 0 },
      { visible: 0, hidden: 1 },
    ]);
    b.ok('applyOps', { workshopId: w.id, ops: [{ kind: 'update', entity: 'workshop', id: w.id, patch: { votesRevealed: true } }] });
    expect(votesFor(doc(), ids.g2)).toEqual({ visible: 1, hidden: 0 });
  });

  it('keeps quick survey answers as survey responses under one import per question', async () => {
    const { b, w, ids, doc, phone, status } = await workshopWithRoom();
    b.ok('showInRoom', { workshopId: w.id, show: roomShow(doc(), { kind: 'survey', journeyId: ids.journey, survey: 'csat' }, 'q9') });
    await (await phone())('/api/answers', { activity: 'q9', touchpointId: ids.t1, score: 4 });
    await (await phone())('/api/answers', { activity: 'q9', touchpointId: ids.t2, score: 2 });
    const take = async () => b.ok('takeFromRoom', { workshopId: w.id, ids: (await status()).answers.filter((a) => !a.landed).map((a) => a.id) });
    b.ok('applyOps', { workshopId: w.id, ops: roomAnswerOps(doc(), (await take()).answers, uid, () => '2026-12-02') });
    await (await phone())('/api/answers', { activity: 'q9', touchpointId: ids.t1, score: 5 });
    b.ok('applyOps', { workshopId: w.id, ops: roomAnswerOps(doc(), (await take()).answers, uid, () => '2026-12-02') });
    const imports = Object.values(doc().rows.surveyImport).filter((i) => i.fromRoom === 'q9');
    expect(imports.map((i) => [i.fileName, i.kind, i.periodStart])).toEqual([['The room · CSAT · 2026-12-02', 'csat', '2026-12-02']]);
    const responses = Object.values(doc().rows.surveyResponse).filter((r) => r.importId === imports[0]!.id);
    expect(responses.map((r) => [r.touchpointId, r.score]).sort()).toEqual([
      [ids.t1, 4],
      [ids.t1, 5],
      [ids.t2, 2],
    ]);
  });

  it('merges duplicates into one note that says who else said it, and lists notes whose place is gone', async () => {
    const { b, w, ids, doc } = await workshopWithRoom();
    const at = { journeyId: ids.journey, stageId: ids.s1, laneId: ids.goals, color: 'yellow' as const };
    const base = { activityId: 'q', at: 1, landed: false, prompt: 'What was slow?' };
    const notes = [
      { ...base, id: 'n1', participant: 'p1', author: 'Ana', text: 'Long wait', landing: at },
      { ...base, id: 'n2', participant: 'p2', author: '', text: 'Waited too long', landing: at },
    ];
    b.ok('applyOps', { workshopId: w.id, ops: mergedNoteOps(doc(), notes, uid).ops });
    const merged = Object.values(doc().rows.note).filter((n) => n.fromRoom);
    expect(merged.map((n) => [n.text, n.description])).toEqual([['Long wait', 'Said also by Anonymous: “Waited too long”.']]);
    const gone = roomNotesOps(doc(), [{ ...notes[0]!, landing: { ...at, stageId: uid() } }], uid);
    expect([gone.ops, gone.homeless.map((n) => n.id)]).toEqual([[], ['n1']]);
  });
});

describe('the room’s small rules', () => {
  it('offers the laptop’s private network addresses, real interfaces before virtual ones', () => {
    const nic = (address: string, internal = false) => ({ address, internal, family: 'IPv4' as const, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
    const interfaces = { lo: [nic('127.0.0.1', true)], docker0: [nic('172.17.0.1')], wlan0: [nic('192.168.1.20')], eth1: [nic('8.8.4.4')], ll: [nic('169.254.3.3')] };
    expect(roomAddresses('0.0.0.0', 5000, interfaces)).toEqual(['http://192.168.1.20:5000', 'http://172.17.0.1:5000']);
    expect(roomAddresses('127.0.0.1', 5000, interfaces)).toEqual(['http://127.0.0.1:5000']);
  });

  it('advises the hotspot when no phone has joined a minute after opening', () => {
    const open: RoomStatus = { open: true, version: 1, workshopId: 'w', code: 'ABCDEF', addresses: [], openedAt: 1000, joined: 0, landAtOnce: false, showing: null, notes: [], ratings: [], votes: [], answers: [] };
    expect(needsJoinAdvice(open, 1000 + NO_PHONE_AFTER_MS - 1)).toBe(false);
    expect(needsJoinAdvice(open, 1000 + NO_PHONE_AFTER_MS)).toBe(true);
    expect(needsJoinAdvice({ ...open, joined: 1 }, 1000 + NO_PHONE_AFTER_MS * 5)).toBe(false);
    expect(needsJoinAdvice({ open: false, version: 2 }, 1e12)).toBe(false);
  });
});
