/**
 * The presenter view, for the projector: the facilitator's current step, large and read-only,
 * without guidance, private notes or editing controls. It follows the facilitator's window (step
 * and selected persona or journey) and shows what is stored: it reads the workshop once, then
 * applies each batch main publishes on its change feed.
 */
import { useEffect, useState } from 'react';
import { JoinCard } from '../room/JoinCard';
import { localDay } from '../../shared/domain/dates';
import { quoted } from '../../shared/domain/quotes';
import { periodOf } from '../../shared/domain/periods';
import { reportData } from '../../shared/domain/report';
import { formatClock, stepStateOf, timerView } from '../../shared/domain/timer';
import type { WorkshopDoc } from '../../shared/model/ops';
import { byPosition } from '../../shared/model/positions';
import { STEP_IDS, type StepId } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { WorkshopSession } from '../session/session';
import { stagesOf } from '../../shared/domain/journey';
import { stepStage, type ProjectorStage } from './projector';
import { BlueprintStageFocus, JourneyStageFocus } from './StageFocus';
import { BlueprintPages, JourneyPages } from '../steps/Report/MapPages';
import { ActionsContent, CoverContent, GapsContent, MeasureContent, PersonasContent, SetupContent } from '../steps/Report/ReportPreview';
import { SurveyResultsTable } from '../steps/Listen/SurveyResultsTable';
import { Heading, HeadingLevel } from '../ui/Heading';
import { Logo } from '../ui/Logo';
import { stepLabel } from '../workshop/step-labels';
import { useNow } from '../workshop/StepTimer';
import { openChannel } from './channel';

const NO_BRAND = { name: '', contact: '', logo: '' };

const isStep = (s: string): s is StepId => (STEP_IDS as readonly string[]).includes(s);

/** Listen on the projector: what the surveys say, then what customers said in their own words. */
function ListenContent({ doc }: { doc: WorkshopDoc }) {
  const L = msg.listen;
  const imports = byPosition(Object.values(doc.rows.surveyImport));
  const items = byPosition(Object.values(doc.rows.evidence)).filter((e) => e.text.trim());
  if (items.length === 0 && imports.length === 0) return <p className="presenter-empty">{msg.report.empty}</p>;
  const countOf = (importId: string) => Object.values(doc.rows.surveyResponse).filter((r) => r.importId === importId).length;
  return (
    <>
      {imports.map((imp) => (
        <section key={imp.id} className="presenter-survey">
          <Heading className="presenter-survey-title">{L.importFrom(imp.fileName, L.kindShort[imp.kind] ?? imp.kind, countOf(imp.id), periodOf(imp).label)}</Heading>
          <SurveyResultsTable doc={doc} imp={imp} />
        </section>
      ))}
      {items.length > 0 && (
        <ul className="presenter-quotes">
          {items.map((e) => (
            <li key={e.id}>
              <blockquote>{quoted(e.text)}</blockquote>
              {e.source && <cite>{e.source}</cite>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StepContent({ doc, step, item, focus, stage }: { doc: WorkshopDoc; step: StepId; item?: string; focus?: string[]; stage: ProjectorStage }) {
  const data = reportData(doc, { today: localDay() });
  const journeyId = item && doc.rows.journey[item] ? item : byPosition(Object.values(doc.rows.journey))[0]?.id;
  switch (step) {
    case 'setup':
      return <SetupContent data={data} />;
    case 'listen':
      return <ListenContent doc={doc} />;
    case 'personas':
      return <PersonasContent data={data} only={item} />;
    case 'journey':
      if (!journeyId) return <p className="presenter-empty">{msg.report.empty}</p>;
      return stage === 'all' ? <JourneyPages doc={doc} journeyId={journeyId} fit focus={focus} /> : <JourneyStageFocus doc={doc} journeyId={journeyId} index={stage} focus={focus} />;
    case 'blueprint':
      if (!journeyId) return <p className="presenter-empty">{msg.report.empty}</p>;
      return stage === 'all' ? <BlueprintPages doc={doc} journeyId={journeyId} fit focus={focus} /> : <BlueprintStageFocus doc={doc} journeyId={journeyId} index={stage} focus={focus} />;
    case 'gaps':
      return <GapsContent data={data} />;
    case 'actions':
      return <ActionsContent data={data} />;
    case 'measure':
      return <MeasureContent data={data} />;
    case 'report':
      return <CoverContent data={data} brand={NO_BRAND} />;
  }
}

function PresenterTimer({ doc, step }: { doc: WorkshopDoc; step: StepId }) {
  const state = stepStateOf(doc, step);
  const now = useNow(state?.timerEndsAt != null);
  const view = timerView(state, now);
  if (!view.total) return null;
  return (
    <span className={`presenter-timer${view.done ? ' is-done' : ''}`} role="timer" aria-label={msg.timer.label}>
      {view.done ? msg.timer.timeUp : formatClock(view.remaining)}
    </span>
  );
}

export function PresenterScreen({ workshopId }: { workshopId: string }) {
  const [doc, setDoc] = useState<WorkshopDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [where, setWhere] = useState<{ step: StepId; item?: string; focus?: string[]; stage: ProjectorStage }>({ step: 'setup', stage: 0 });
  const [room, setRoom] = useState<{ address: string; code: string; prompt: string } | null>(null);

  useEffect(() => {
    // Read-only: no journal, never dispatches; it only follows what main stores.
    const session = new WorkshopSession(workshopId, null, {
      currentStep: () => undefined,
      goToStep: () => {},
      notify: () => {},
      changed: (s) => {
        setDoc(s.doc);
        setError(s.loadError);
      },
    });
    void session.open();
    const channel = openChannel((m) => {
      if (m.workshopId !== workshopId) return;
      if (m.type === 'follow' && isStep(m.step)) {
        const stage = m.stage === 'all' || (typeof m.stage === 'number' && Number.isInteger(m.stage) && m.stage >= 0) ? m.stage : 0;
        setWhere({ step: m.step, item: m.item, focus: Array.isArray(m.focus) ? m.focus.filter((id) => typeof id === 'string') : undefined, stage });
        const r = m.room;
        setRoom(r && typeof r.address === 'string' && typeof r.code === 'string' ? { address: r.address, code: r.code, prompt: typeof r.prompt === 'string' ? r.prompt : '' } : null);
      }
    });
    channel.post({ type: 'hello', workshopId });
    return () => {
      session.detach();
      channel.close();
    };
  }, [workshopId]);

  useEffect(() => {
    document.title = `${msg.presenter.title} · ${msg.app.name}`;
  }, []);

  // A clicker, or the keyboard, on the projector's own window: a stage on, a stage back, the whole map.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!doc || (where.step !== 'journey' && where.step !== 'blueprint')) return;
      const journeyId = where.item && doc.rows.journey[where.item] ? where.item : byPosition(Object.values(doc.rows.journey))[0]?.id;
      const count = journeyId ? stagesOf(doc.rows, journeyId).length : 0;
      const by = e.key === 'ArrowRight' || e.key === 'PageDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'PageUp' ? -1 : 0;
      if (by) setWhere((w) => ({ ...w, stage: stepStage(w.stage, by, count) }));
      else if (e.key === 'Home' || e.key === 'Escape') setWhere((w) => ({ ...w, stage: 'all' }));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, where.step, where.item]);

  if (error) return <div className="centered-message" role="alert">{error}</div>;
  if (!doc) return <div className="centered-message" role="status">{msg.workshop.loading}</div>;
  return (
    <div className="presenter">
      <header className="presenter-head">
        <Logo size={28} />
        <div>
          <p className="presenter-workshop">{[doc.workshop.client, doc.workshop.title].filter(Boolean).join(' · ')}</p>
          <h1>{stepLabel(where.step)}</h1>
        </div>
        <PresenterTimer doc={doc} step={where.step} />
      </header>
      <main className="presenter-body" aria-label={msg.presenter.title}>
        {room ? (
          <section className="presenter-room" aria-label={msg.room.join}>
            <JoinCard address={room.address} code={room.code} size="projector" />
            {room.prompt && <p className="presenter-room-prompt">{room.prompt}</p>}
          </section>
        ) : (
          <HeadingLevel level={2}>
            <StepContent doc={doc} step={where.step} item={where.item} focus={where.focus} stage={where.stage} />
          </HeadingLevel>
        )}
      </main>
    </div>
  );
}
