/**
 * The participant page (docs/room.md): a phone joins with the room code and adds to the one
 * activity the facilitator has put on show. Plain DOM, no framework: the page must stay small
 * (at most 60 KB of script, gzipped) and load fast over a crowded hotspot. It talks only to the
 * server it came from, which the page's policy enforces.
 */
import type { Activity } from '../../shared/room';
import { ROOM_NAME_MAX, ROOM_NOTE_MAX } from '../../shared/room';
import { phoneText as t } from '../../shared/strings/phone.en';

const TOKEN_KEY = 'touchpoint-room-token';
const NAME_KEY = 'touchpoint-room-name';
// A new activity reaches every phone within a second; fifty phones asking once a second is little work.
const POLL_MS = 1000;

const app = document.getElementById('app')!;

type Attrs = Record<string, string | number | boolean | ((e: Event) => void)>;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | false)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === false) continue;
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== false) el.append(c);
  return el;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new Refused(0, t.lost);
  }
  const data = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Refused(res.status, data.error ?? t.failed);
  return data;
}

function render(...children: Node[]): void {
  app.replaceChildren(h('p', { class: 'brand', text: t.brand }), ...children);
}

function status(): HTMLParagraphElement {
  return h('p', { role: 'status', class: 'muted' });
}

function say(el: HTMLElement, text: string, kind: 'sent' | 'error' | 'muted'): void {
  el.className = kind;
  el.textContent = text;
}

// ---- Joining ---------------------------------------------------------------------------------

function joinScreen(message = ''): void {
  stopPolling();
  const fromLink = /(?:^|[#&])code=([A-Za-z0-9]{6})/.exec(location.hash)?.[1] ?? '';
  const code = h('input', { id: 'code', name: 'code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 12, required: true, value: fromLink, inputmode: 'text' });
  const name = h('input', { id: 'name', name: 'name', autocomplete: 'given-name', maxlength: ROOM_NAME_MAX, value: localStorage.getItem(NAME_KEY) ?? '' });
  const error = h('p', { role: 'alert', class: 'error', text: message });
  const button = h('button', { type: 'submit', class: 'primary', text: t.join });
  const form = h(
    'form',
    {
      onsubmit: (e) => {
        e.preventDefault();
        button.disabled = true;
        button.textContent = t.joining;
        const typed = name.value.trim();
        localStorage.setItem(NAME_KEY, typed);
        api<{ token: string }>('POST', '/api/join', { code: code.value, ...(typed ? { name: typed } : {}) })
          .then(({ token }) => {
            sessionStorage.setItem(TOKEN_KEY, token);
            sessionStorage.setItem(NAME_KEY, typed);
            history.replaceState(null, '', location.pathname);
            startPolling();
          })
          .catch((err: Error) => {
            button.disabled = false;
            button.textContent = t.join;
            error.textContent = err.message;
            code.focus();
          });
      },
    },
    h('label', { for: 'code', text: t.code }),
    code,
    h('label', { for: 'name', text: t.name }),
    name,
    error,
    button,
  );
  render(h('h1', { text: t.joinTitle }), h('p', { class: 'muted', text: t.joinLede }), form);
  (fromLink ? name : code).focus();
}

// ---- Following what is on show ---------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;
let shownKey = '';

function stopPolling(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  shownKey = '';
}

function startPolling(): void {
  stopPolling();
  const tick = () => {
    api<{ activity: Activity | null }>('GET', '/api/activity')
      .then(({ activity }) => {
        const key = activity ? JSON.stringify(activity) : 'none';
        // The screen is rebuilt only when the activity changes, so typing is never interrupted.
        if (key !== shownKey) {
          shownKey = key;
          show(activity);
        }
        lost(false);
        timer = setTimeout(tick, POLL_MS);
      })
      .catch((err: Refused) => {
        if (err.status === 401) {
          sessionStorage.removeItem(TOKEN_KEY);
          return joinScreen(t.closed);
        }
        lost(true);
        timer = setTimeout(tick, POLL_MS * 2);
      });
  };
  tick();
}

function lost(isLost: boolean): void {
  let banner = document.getElementById('lost');
  if (!isLost) return banner?.remove();
  if (!banner) {
    banner = h('p', { id: 'lost', role: 'alert', class: 'error', text: t.lost });
    app.prepend(banner);
  }
}

function show(activity: Activity | null): void {
  const hello = h('h1', { text: t.hello(sessionStorage.getItem(NAME_KEY) ?? '') });
  if (!activity) return render(hello, h('div', { class: 'card' }, h('h2', { text: t.waitTitle }), h('p', { class: 'muted', text: t.wait })));
  if (activity.kind === 'notes') return render(hello, notesCard(activity));
  if (activity.kind === 'rate') return render(hello, rateCard(activity));
  if (activity.kind === 'vote') return render(hello, voteCard(activity));
  return render(hello, surveyCard(activity));
}

function notesCard(a: Extract<Activity, { kind: 'notes' }>): HTMLElement {
  const text = h('textarea', { id: 'note', maxlength: ROOM_NOTE_MAX, required: true });
  const left = h('span', { class: 'count', 'aria-live': 'polite', text: t.left(ROOM_NOTE_MAX) });
  text.addEventListener('input', () => (left.textContent = t.left(ROOM_NOTE_MAX - text.value.length)));
  const note = status();
  const mine = h('ul', { class: 'mine' });
  const takeBack = h('button', { type: 'button', disabled: true, text: t.takeBack });
  const add = h('button', { type: 'submit', class: 'primary', text: t.addNote });
  takeBack.addEventListener('click', () => {
    takeBack.disabled = true;
    api('DELETE', '/api/notes/last')
      .then(() => {
        mine.lastElementChild?.remove();
        say(note, t.takenBack, 'muted');
      })
      .catch((err: Error) => say(note, err.message, 'error'))
      .finally(() => (takeBack.disabled = mine.childElementCount === 0));
  });
  const form = h(
    'form',
    {
      onsubmit: (e) => {
        e.preventDefault();
        const value = text.value.trim();
        if (!value) return text.focus();
        add.disabled = true;
        api('POST', '/api/notes', { activity: a.id, text: value })
          .then(() => {
            mine.append(h('li', { text: value }));
            text.value = '';
            left.textContent = t.left(ROOM_NOTE_MAX);
            say(note, t.noteSent, 'sent');
            takeBack.disabled = false;
            text.focus();
          })
          .catch((err: Error) => say(note, err.message, 'error'))
          .finally(() => (add.disabled = false));
      },
    },
    h('label', { for: 'note' }, t.yourNote, ' ', left),
    text,
    add,
    note,
  );
  return h('div', { class: 'card' }, h('h2', { text: a.prompt }), a.place ? h('p', { class: 'muted', text: a.place }) : null, form, h('h2', { text: t.yourNotes }), mine, takeBack);
}

/** A row of buttons, one per point of a scale; tapping one sends it and marks it chosen. */
function scale(values: number[], labels: string[], name: (i: number) => string, send: (v: number) => Promise<unknown>, ends?: readonly string[]): HTMLElement {
  const out = status();
  const buttons = values.map((v, i) =>
    h('button', {
      type: 'button',
      'aria-pressed': 'false',
      'aria-label': name(i),
      text: labels[i]!,
      onclick: () => {
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === buttons[i]));
        send(v)
          .then(() => say(out, t.sent, 'sent'))
          .catch((err: Error) => {
            buttons[i]!.setAttribute('aria-pressed', 'false');
            say(out, err.message, 'error');
          });
      },
    }),
  );
  return h('div', {}, h('div', { class: 'scale' }, ...buttons), ends ? h('div', { class: 'scale-ends', 'aria-hidden': 'true' }, h('span', { text: ends[0]! }), h('span', { text: ends[1]! })) : null, out);
}

function rateCard(a: Extract<Activity, { kind: 'rate' }>): HTMLElement {
  const faces = ['−2', '−1', '0', '+1', '+2'];
  return h(
    'div',
    { class: 'section' },
    h('h2', { text: t.rateTitle }),
    h('p', { class: 'muted', text: t.rateLede }),
    ...a.stages.map((s) =>
      h(
        'fieldset',
        { class: 'card' },
        h('legend', { text: s.name }),
        scale([-2, -1, 0, 1, 2], faces, (i) => t.feelingOf(t.feelings[i]!, s.name), (score) => api('POST', '/api/ratings', { activity: a.id, stageId: s.id, score }), [t.feelings[0], t.feelings[4]]),
      ),
    ),
  );
}

function voteCard(a: Extract<Activity, { kind: 'vote' }>): HTMLElement {
  const dots = new Map<string, number>();
  const used = () => [...dots.values()].reduce((x, y) => x + y, 0);
  const left = h('p', { role: 'status', class: 'muted', text: t.dotsLeft(a.dots) });
  const out = status();
  const rows = a.gaps.map((g) => {
    const shown = h('output', { 'aria-label': t.dotsOn(g.title), text: '0' });
    const change = (by: number) => () => {
      const now = dots.get(g.id) ?? 0;
      const next = Math.max(0, now + by);
      if (by > 0 && used() >= a.dots) return;
      dots.set(g.id, next);
      shown.textContent = String(next);
      left.textContent = t.dotsLeft(a.dots - used());
      out.textContent = '';
    };
    return h(
      'div',
      { class: 'card' },
      h('p', { text: g.title }),
      h('div', { class: 'dots' }, h('button', { type: 'button', 'aria-label': t.fewer(g.title), text: '−', onclick: change(-1) }), shown, h('button', { type: 'button', 'aria-label': t.more(g.title), text: '+', onclick: change(1) })),
    );
  });
  const send = h('button', {
    type: 'button',
    class: 'primary',
    text: t.sendDots,
    onclick: () => {
      const gapIds = [...dots].flatMap(([id, n]) => Array.from({ length: n }, () => id));
      api('POST', '/api/votes', { activity: a.id, gapIds })
        .then(() => say(out, t.dotsSent, 'sent'))
        .catch((err: Error) => say(out, err.message, 'error'));
    },
  });
  return h('div', { class: 'section' }, h('h2', { text: t.voteTitle }), h('p', { class: 'muted', text: t.voteLede(a.dots) }), left, ...rows, send, out);
}

function surveyCard(a: Extract<Activity, { kind: 'survey' }>): HTMLElement {
  const max = a.survey === 'csat' ? 5 : 7;
  const values = Array.from({ length: max }, (_, i) => i + 1);
  return h(
    'div',
    { class: 'section' },
    h('h2', { text: t.surveyTitle }),
    ...a.touchpoints.map((tp) =>
      h(
        'fieldset',
        { class: 'card' },
        h('legend', { text: a.survey === 'csat' ? t.csat(tp.name) : t.ces(tp.name) }),
        scale(values, values.map(String), (i) => t.answerOf(values[i]!, tp.name), (score) => api('POST', '/api/answers', { activity: a.id, touchpointId: tp.id, score }), a.survey === 'csat' ? t.csatEnds : t.cesEnds),
      ),
    ),
  );
}

if (sessionStorage.getItem(TOKEN_KEY)) startPolling();
else joinScreen();
