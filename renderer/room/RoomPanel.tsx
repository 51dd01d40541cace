/**
 * The room, on the facilitator's screen (docs/room.md): open it, show how to join, put one
 * activity on show, and decide what phones sent (approve, hide, merge) before it lands. A panel
 * beside the step rather than a dialog, so the map stays in view while notes arrive.
 */
import { Check, EyeOff, Merge, Radio, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { byPosition } from '../../shared/model/positions';
import { NOTE_COLORS, type NoteColor } from '../../shared/model/vocab';
import type { WorkshopDoc } from '../../shared/model/ops';
import { needsJoinAdvice, type RoomStatus, type RoomSurveyKind } from '../../shared/room';
import { noteLanes, roomShow, type ShowChoice } from '../../shared/domain/room-show';
import { stagesOf } from '../../shared/domain/journey';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SelectField } from '../ui/SelectField';
import { toast } from '../store/toasts';
import { useMapUi } from '../canvas/map-ui';
import { JoinCard } from './JoinCard';
import { land, roomCall, useRoom } from './room-store';

const M = msg.room;
type Open = Extract<RoomStatus, { open: true }>;

export function RoomPanel({ doc }: { doc: WorkshopDoc }) {
  const status = useRoom((s) => s.status);
  const setPanel = useRoom((s) => s.setPanel);
  const mine = status.open && status.workshopId === doc.workshop.id;
  return (
    <aside className="room-panel" aria-labelledby="room-panel-title">
      <header className="room-panel-header">
        <h2 id="room-panel-title">
          <Radio size={18} aria-hidden /> {M.title}
        </h2>
        <button type="button" className="icon-btn" aria-label={M.hidePanel} title={M.hidePanel} onClick={() => setPanel(false)}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <div className="room-panel-body">{mine ? <OpenRoom doc={doc} status={status} /> : <ClosedRoom doc={doc} elsewhere={status.open} />}</div>
    </aside>
  );
}

function ClosedRoom({ doc, elsewhere }: { doc: WorkshopDoc; elsewhere: boolean }) {
  const [landAtOnce, setLandAtOnce] = useState(false);
  const [opening, setOpening] = useState(false);
  return (
    <>
      <p>{M.lede}</p>
      <h3>{M.beforeTitle}</h3>
      <p className="muted">{M.sameNetwork}</p>
      <p className="muted">{M.firewall}</p>
      {elsewhere && <p role="alert">{M.openElsewhere}</p>}
      <label className="checkbox">
        <input type="checkbox" checked={landAtOnce} onChange={(e) => setLandAtOnce(e.target.checked)} />
        {M.landAtOnce}
      </label>
      <button
        type="button"
        className="btn btn-primary"
        disabled={opening || elsewhere}
        onClick={() => {
          setOpening(true);
          void roomCall('openRoom', { workshopId: doc.workshop.id, landAtOnce }).finally(() => setOpening(false));
        }}
      >
        {opening ? M.opening : M.openRoom}
      </button>
    </>
  );
}

function OpenRoom({ doc, status }: { doc: WorkshopDoc; status: Open }) {
  const showJoin = useRoom((s) => s.showJoin);
  const setShowJoin = useRoom((s) => s.setShowJoin);
  const [confirmClose, setConfirmClose] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(t);
  }, []);
  const close = () => void roomCall('closeRoom', {}).then((ok) => ok && toast(M.closed, 'info'));
  const address = status.addresses[0]!;
  return (
    <>
      <JoinCard address={address} code={status.code} size="panel" />
      <p role="status" className="room-joined">
        {M.joined(status.joined)}
      </p>
      {needsJoinAdvice(status, now) && (
        <div className="room-advice" role="alert">
          <strong>{M.noPhoneTitle}</strong>
          <p>{M.noPhone}</p>
        </div>
      )}
      {status.addresses.length > 1 && (
        <details>
          <summary>{M.otherAddresses}</summary>
          <ul>
            {status.addresses.slice(1).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </details>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={showJoin} onChange={(e) => setShowJoin(e.target.checked)} />
        {M.showJoin}
      </label>

      <Waiting doc={doc} status={status} />
      <Gathered doc={doc} status={status} />
      <section aria-labelledby="room-on-show">
        <h3 id="room-on-show">{M.onShow}</h3>
        {status.showing ? (
          <>
            <p className="room-showing">{describeShow(status.showing.activity)}</p>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void roomCall('showInRoom', { workshopId: doc.workshop.id, show: null })}>
              {M.stopShowing}
            </button>
          </>
        ) : (
          <p className="muted">{M.nothingOnShow}</p>
        )}
        <ShowForm doc={doc} />
      </section>

      <button type="button" className="btn btn-danger room-close" onClick={() => (status.notes.length > 0 ? setConfirmClose(true) : close())}>
        {M.close}
      </button>
      <ConfirmDialog open={confirmClose} title={M.closeConfirmTitle} confirmLabel={M.closeAnyway} onClose={() => setConfirmClose(false)} onConfirm={() => (setConfirmClose(false), close())}>
        <p>{M.closeConfirm(status.notes.length)}</p>
      </ConfirmDialog>
    </>
  );
}

function describeShow(a: Open['showing'] extends infer S ? (S extends { activity: infer A } ? A : never) : never): string {
  if (a.kind === 'notes') return `${a.prompt} (${a.place})`;
  if (a.kind === 'rate') return M.showingRate(a.stages.length);
  if (a.kind === 'vote') return M.showVote(a.dots, a.gaps.length);
  return M.showingSurvey(M.surveyKinds[a.survey], a.touchpoints.length);
}

function ShowForm({ doc }: { doc: WorkshopDoc }) {
  const journeys = byPosition(Object.values(doc.rows.journey));
  const mapJourney = useMapUi((s) => s.journeyId);
  const [kind, setKind] = useState<ShowChoice['kind']>('notes');
  const [journeyId, setJourneyId] = useState(() => (mapJourney && doc.rows.journey[mapJourney] ? mapJourney : journeys[0]?.id ?? ''));
  const stages = useMemo(() => stagesOf(doc.rows, journeyId), [doc.rows, journeyId]);
  const lanes = useMemo(() => noteLanes(doc, journeyId), [doc, journeyId]);
  const [stageId, setStageId] = useState('');
  const [laneId, setLaneId] = useState('');
  const [prompt, setPrompt] = useState<string>(M.prompts[0]);
  const [color, setColor] = useState<NoteColor>('yellow');
  const [survey, setSurvey] = useState<RoomSurveyKind>('csat');
  const stage = stages.find((s) => s.id === stageId) ?? stages[0];
  const lane = lanes.find((l) => l.id === laneId) ?? lanes.find((l) => l.kind === 'pain_points') ?? lanes[0];

  const show = () => {
    const choice: ShowChoice =
      kind === 'notes'
        ? { kind, prompt, journeyId, stageId: stage?.id ?? '', laneId: lane?.id ?? '', color }
        : kind === 'rate'
          ? { kind, journeyId }
          : kind === 'vote'
            ? { kind }
            : { kind, journeyId, survey };
    const built = roomShow(doc, choice, newId());
    if (typeof built === 'string') return toast(built, 'error');
    void roomCall('showInRoom', { workshopId: doc.workshop.id, show: built });
  };

  return (
    <form
      className="room-show-form"
      onSubmit={(e) => {
        e.preventDefault();
        show();
      }}
    >
      <SelectField<ShowChoice['kind']>
        className="stacked-field"
        labelClassName="field-label"
        label={M.ask}
        value={kind}
        onChange={setKind}
        options={(['notes', 'rate', 'vote', 'survey'] as const).map((k) => ({ value: k, label: { notes: M.askNotes, rate: M.askRate, vote: M.askVote, survey: M.askSurvey }[k] }))}
      />
      {kind !== 'vote' && journeys.length > 1 && (
        <SelectField className="stacked-field" labelClassName="field-label" label={M.journey} value={journeyId} onChange={setJourneyId} options={journeys.map((j) => ({ value: j.id, label: j.name || msg.journey.heading }))} />
      )}
      {kind === 'notes' && (
        <>
          <label className="field-label" htmlFor="room-prompt">
            {M.prompt}
          </label>
          <input id="room-prompt" className="input" list="room-prompts" maxLength={200} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
          <datalist id="room-prompts">
            {M.prompts.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <SelectField className="stacked-field" labelClassName="field-label" label={M.stage} value={stage?.id ?? ''} onChange={setStageId} options={stages.map((s) => ({ value: s.id, label: s.name }))} />
          <SelectField className="stacked-field" labelClassName="field-label" label={M.lane} value={lane?.id ?? ''} onChange={setLaneId} options={lanes.map((l) => ({ value: l.id, label: l.name }))} />
          <SelectField className="stacked-field" labelClassName="field-label" label={M.color} value={color} onChange={(v) => setColor(v as NoteColor)} options={NOTE_COLORS.map((c) => ({ value: c, label: msg.journey.note.colors[c]! }))} />
        </>
      )}
      {kind === 'survey' && <SelectField className="stacked-field" labelClassName="field-label" label={M.surveyKind} value={survey} onChange={(v) => setSurvey(v as RoomSurveyKind)} options={(['csat', 'ces'] as const).map((k) => ({ value: k, label: M.surveyKinds[k] }))} />}
      <button type="submit" className="btn btn-primary btn-small">
        {M.show}
      </button>
    </form>
  );
}

function Waiting({ doc, status }: { doc: WorkshopDoc; status: Open }) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const notes = status.notes;
  const chosen = notes.filter((n) => picked.has(n.id)).map((n) => n.id);
  const wid = doc.workshop.id;
  return (
    <section aria-labelledby="room-waiting">
      <h3 id="room-waiting">{M.waiting(notes.length)}</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={status.landAtOnce}
          onChange={(e) => {
            // Shown at once; main's answer (or, if it refuses, the next status) settles it.
            useRoom.setState({ status: { ...status, landAtOnce: e.target.checked } });
            void roomCall('setRoomOptions', { workshopId: wid, landAtOnce: e.target.checked });
          }}
        />
        {M.landAtOnce}
      </label>
      {notes.length > 0 && (
        <>
          <p className="muted">{M.waitingLede}</p>
          <ul className="room-notes" aria-label={M.waiting(notes.length)}>
            {notes.map((n) => (
              <li key={n.id} className="room-note">
                <input
                  type="checkbox"
                  aria-label={M.selectNote(n.text)}
                  checked={picked.has(n.id)}
                  onChange={(e) => {
                    const next = new Set(picked);
                    if (e.target.checked) next.add(n.id);
                    else next.delete(n.id);
                    setPicked(next);
                  }}
                />
                <div className="room-note-words">
                  <p className="room-note-text">{n.text}</p>
                  <p className="muted room-note-by">{n.author || M.anonymous}</p>
                </div>
                <button type="button" className="icon-btn" aria-label={M.approveNote(n.text)} title={M.approve} onClick={() => void land(wid, [n.id])}>
                  <Check size={17} aria-hidden />
                </button>
                <button type="button" className="icon-btn" aria-label={M.hideNote(n.text)} title={M.hide} onClick={() => void land(wid, [n.id], 'hide')}>
                  <EyeOff size={17} aria-hidden />
                </button>
              </li>
            ))}
          </ul>
          <div className="room-actions">
            <button type="button" className="btn btn-secondary btn-small" disabled={chosen.length < 2} onClick={() => void land(wid, chosen, 'merge').then(() => setPicked(new Set()))}>
              <Merge size={15} aria-hidden />
              {M.merge(Math.max(chosen.length, 2))}
            </button>
            <button type="button" className="btn btn-primary btn-small" onClick={() => void land(wid, notes.map((n) => n.id))}>
              <Check size={15} aria-hidden />
              {M.approveAll}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** Ratings, dots and survey answers gathered from phones, and how they land. */
function Gathered({ doc, status }: { doc: WorkshopDoc; status: Open }) {
  const wid = doc.workshop.id;
  const ratings = status.ratings;
  const newRatings = ratings.filter((r) => !r.landed);
  const answers = status.answers.filter((a) => !a.landed);
  const voters = new Set(status.votes.map((v) => v.participant)).size;
  return (
    <>
      {ratings.length > 0 && (
        <section aria-labelledby="room-ratings">
          <h3 id="room-ratings">{M.ratingsTitle}</h3>
          <p>{M.ratingsCount(ratings.length, new Set(ratings.map((r) => r.participant)).size)}</p>
          <button type="button" className="btn btn-secondary btn-small" disabled={newRatings.length === 0} onClick={() => void land(wid, newRatings.map((r) => r.id))}>
            {newRatings.length === 0 ? M.onCurve : M.putOnCurve}
          </button>
        </section>
      )}
      {voters > 0 && (
        <section aria-labelledby="room-votes">
          <h3 id="room-votes">{M.votesTitle}</h3>
          <p>{M.votesCount(voters)}</p>
        </section>
      )}
      {status.answers.length > 0 && (
        <section aria-labelledby="room-answers">
          <h3 id="room-answers">{M.answersTitle}</h3>
          <p>{M.answersCount(status.answers.length)}</p>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            disabled={answers.length === 0}
            onClick={() => void land(wid, answers.map((a) => a.id)).then(() => toast(M.keptAnswers(answers.length), 'info'))}
          >
            {M.keepAnswers}
          </button>
        </section>
      )}
    </>
  );
}
