/**
 * Inside a workshop: the top bar (back, title, save state, undo/redo), the rail of steps, and
 * the current step's screen.
 */
import { ArrowLeft, ArrowRight, CheckCircle2, Keyboard, MonitorPlay, PanelLeftClose, PanelLeftOpen, Radio, Redo2, Settings, Undo2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { missingForReport } from '../../shared/domain/report';
import { msg } from '../../shared/strings';
import { useRoute } from '../store/route';
import { useShortcuts } from '../store/shortcuts';
import { SettingsDialog } from '../library/SettingsDialog';
import { useWorkshop } from '../store/workshop';
import { Logo } from '../ui/Logo';
import { SaveIndicator } from '../ui/SaveIndicator';
import { presenterHash } from '../presenter/channel';
import { usePresenterSync } from '../presenter/usePresenterSync';
import { STEPS, stepById } from './steps';
import { GuidePanel } from './GuidePanel';
import { StepTimer } from './StepTimer';
import { useUndoKeys } from './useUndoKeys';
import { RoomPanel } from '../room/RoomPanel';
import { useRoom } from '../room/room-store';
import { usePanel } from './usePanel';

/** One presenter window per app: opening it again brings the same window back. */
const PRESENTER_WINDOW = 'touchpoint-presenter';

export function WorkshopScreen({ workshopId, step, item }: { workshopId: string; step: string; item?: string }) {
  const doc = useWorkshop((s) => s.doc);
  const loadError = useWorkshop((s) => s.loadError);
  const canUndo = useWorkshop((s) => s.canUndo);
  const canRedo = useWorkshop((s) => s.canRedo);
  const { open, undo, redo } = useWorkshop.getState();
  const go = useRoute((s) => s.go);
  const [railOpen, toggleRail] = usePanel('rail');
  const [settingsOpen, setSettingsOpen] = useState(false);
  useUndoKeys();
  usePresenterSync(workshopId, step, item);
  const roomPanel = useRoom((s) => s.panelOpen);
  const roomOpen = useRoom((s) => s.status.open && s.status.workshopId === workshopId);
  const waiting = useRoom((s) => (s.status.open && s.status.workshopId === workshopId ? s.status.notes.length : 0));
  // This window follows the room, and lands what arrives without asking (dots; notes with "land at once").
  useEffect(() => useRoom.getState().follow(workshopId, true), [workshopId]);

  useEffect(() => {
    void open(workshopId);
  }, [open, workshopId]);

  useEffect(() => {
    if (doc) document.title = `${doc.workshop.title} · ${msg.app.name}`;
    return () => {
      document.title = msg.app.name;
    };
  }, [doc]);

  const back = () => {
    useWorkshop.getState().close();
    go({ screen: 'library' });
  };

  if (loadError) {
    return (
      <div className="centered-message" role="alert">
        <p>{loadError}</p>
        <button type="button" className="btn btn-primary" onClick={back}>
          <ArrowLeft size={18} aria-hidden />
          {msg.workshop.backToLibrary}
        </button>
      </div>
    );
  }
  if (!doc) {
    return (
      <div className="centered-message" role="status">
        {msg.workshop.loading}
      </div>
    );
  }

  const current = stepById(step);
  const Screen = current.Screen;
  const nextStep = STEPS[STEPS.indexOf(current) + 1];
  const missing = missingForReport(doc);

  return (
    <div className="workshop">
      <header className="topbar">
        <button type="button" className="btn btn-ghost" onClick={back}>
          <ArrowLeft size={18} aria-hidden />
          {msg.workshop.backToLibrary}
        </button>
        <div className="topbar-title">
          <span className="topbar-workshop">{doc.workshop.title || msg.workshop.untitled}</span>
          {doc.workshop.client && <span className="topbar-client">{doc.workshop.client}</span>}
          {doc.workshop.round > 1 && <span className="badge badge-accent">{msg.rounds.badge(doc.workshop.round)}</span>}
        </div>
        <div className="topbar-tools">
          <StepTimer key={current.id} doc={doc} step={current.id} />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            title={msg.presenter.openHint}
            onClick={() => window.open(presenterHash(doc.workshop.id), PRESENTER_WINDOW, 'popup,width=1280,height=800')}
          >
            <MonitorPlay size={17} aria-hidden />
            {msg.presenter.open}
          </button>
          <button
            type="button"
            className={`btn btn-small ${roomOpen ? 'btn-room-open' : 'btn-ghost'}`}
            title={msg.room.openHint}
            aria-expanded={roomPanel}
            onClick={() => useRoom.getState().setPanel(!roomPanel)}
          >
            <Radio size={17} aria-hidden />
            {roomOpen ? msg.room.openBadge(waiting) : msg.room.open}
          </button>
          <button type="button" className="icon-btn" aria-label={msg.settings.open} title={msg.settings.open} onClick={() => setSettingsOpen(true)}>
            <Settings size={18} aria-hidden />
          </button>
          <button type="button" className="icon-btn" aria-label={msg.shortcuts.open} title={`${msg.shortcuts.open} (?)`} onClick={useShortcuts.getState().show}>
            <Keyboard size={18} aria-hidden />
          </button>
          <SaveIndicator />
          <button
            type="button"
            className="icon-btn"
            aria-label={msg.common.undo}
            title={canUndo ? msg.workshop.undoShortcut : msg.workshop.nothingToUndo}
            disabled={!canUndo}
            onClick={undo}
          >
            <Undo2 size={18} aria-hidden />
          </button>
          <button
            type="button"
            className="icon-btn"
            aria-label={msg.common.redo}
            title={canRedo ? msg.workshop.redoShortcut : msg.workshop.nothingToRedo}
            disabled={!canRedo}
            onClick={redo}
          >
            <Redo2 size={18} aria-hidden />
          </button>
        </div>
      </header>

      <div className="workshop-body">
        <nav className={`rail${railOpen ? '' : ' rail-compact'}`} aria-label={msg.workshop.stepsNav}>
          <div className="rail-brand">
            <Logo size={22} />
            <span className="rail-brand-name">{msg.app.name}</span>
            <button
              type="button"
              className="icon-btn rail-toggle"
              aria-expanded={railOpen}
              aria-label={railOpen ? msg.workshop.railFold : msg.workshop.railOpen}
              title={railOpen ? msg.workshop.railFold : msg.workshop.railOpen}
              onClick={toggleRail}
            >
              {railOpen ? <PanelLeftClose size={18} aria-hidden /> : <PanelLeftOpen size={18} aria-hidden />}
            </button>
          </div>
          <ol className="rail-steps">
            {STEPS.map((s, i) => {
              const { complete, summary } = s.status(doc);
              // What is missing here, once the step has been started (an empty step says "None yet").
              const todo = summary === msg.workshop.noneYet ? undefined : missing.find((m) => m.step === s.id)?.text;
              const active = s.id === current.id;
              return (
                <li key={s.id}>
                  <a
                    className={`rail-step${active ? ' is-active' : ''}`}
                    href={`#/w/${doc.workshop.id}/${s.id}`}
                    aria-current={active ? 'step' : undefined}
                    title={railOpen ? undefined : [s.label, summary, todo].filter(Boolean).join(' · ')}
                  >
                    <span className={`rail-num${complete ? ' is-complete' : ''}`} aria-hidden>
                      {complete ? <CheckCircle2 size={18} /> : i + 1}
                    </span>
                    <span className="rail-text">
                      <span className="rail-label">{s.label}</span>
                      <span className="rail-progress">{summary}</span>
                      {todo && <span className="rail-missing">{todo}</span>}
                    </span>
                  </a>
                </li>
              );
            })}
          </ol>
          {nextStep && (
            <button
              type="button"
              className="btn btn-primary rail-next"
              aria-label={msg.guide.next(nextStep.label)}
              title={railOpen ? undefined : msg.guide.next(nextStep.label)}
              onClick={() => go({ screen: 'workshop', workshopId: doc.workshop.id, step: nextStep.id })}
            >
              <span className="rail-next-label">{msg.guide.next(nextStep.label)}</span>
              <ArrowRight size={16} aria-hidden />
            </button>
          )}
        </nav>
        <main className={`step${current.wide ? ' step-wide' : ''}`} aria-label={current.label}>
          <Screen doc={doc} item={item} />
        </main>
        {roomPanel ? <RoomPanel doc={doc} /> : <GuidePanel key={current.id} doc={doc} step={current.id} wide={current.wide} />}
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
