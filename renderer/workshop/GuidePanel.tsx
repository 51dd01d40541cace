/**
 * The guide beside every step, for the facilitator only (never in the presenter view or the
 * exports): what the step is for, how to run it in the room with a suggested length (one click
 * sets the timer), prompts from the method, a short example, what is still to do here, and
 * private notes kept per step. It folds away to a narrow tab, by itself on a small screen or by
 * choice (usePanel).
 */
import { ChevronRight, Lightbulb, Timer } from 'lucide-react';
import { guideExample } from '../../shared/domain/guide';
import { missingForReport } from '../../shared/domain/report';
import { isSolo } from '../../shared/domain/interview';
import { setTimer, stepStateOf, stepStateOps } from '../../shared/domain/timer';
import type { WorkshopDoc } from '../../shared/model/ops';
import type { StepId } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useWorkshop } from '../store/workshop';
import { usePanel } from './usePanel';

export function GuidePanel({ doc, step, wide = false }: { doc: WorkshopDoc; step: StepId; wide?: boolean }) {
  const G = msg.guide;
  // A self-assessment's guide speaks to the owner working alone, not to a facilitator in a room.
  const solo = isSolo(doc.workshop);
  const guide = solo ? { ...G.steps[step]!, ...msg.solo.steps[step], prompts: G.steps[step]!.prompts } : G.steps[step]!;
  const dispatch = useWorkshop((s) => s.dispatch);
  const [open, toggle] = usePanel('guide', wide);
  const todo = missingForReport(doc).filter((m) => m.step === step);
  const notes = stepStateOf(doc, step)?.notes ?? '';

  if (!open) {
    return (
      <aside className="guide guide-closed" aria-label={G.panel}>
        <button type="button" className="guide-tab" aria-expanded={false} onClick={toggle}>
          <Lightbulb size={18} aria-hidden />
          <span>{G.show}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="guide" aria-label={G.panel}>
      <div className="guide-head">
        <h2>
          <Lightbulb size={18} aria-hidden />
          {G.panel}
        </h2>
        <button type="button" className="icon-btn" aria-label={G.hide} title={G.hide} aria-expanded onClick={toggle}>
          <ChevronRight size={18} aria-hidden />
        </button>
      </div>

      <section>
        <h3>{G.purpose}</h3>
        <p>{guide.purpose}</p>
      </section>

      {todo.length > 0 && (
        <section className="guide-todo">
          <h3>{G.stillToDo}</h3>
          <ul>
            {todo.map((t) => (
              <li key={t.text}>{t.text}</li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3>{solo ? msg.solo.onYourOwn(guide.minutes) : G.inTheRoom(guide.minutes)}</h3>
        <ul>
          {guide.tips.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => dispatch(stepStateOps(doc, step, setTimer(guide.minutes * 60), newId), { record: false })}
        >
          <Timer size={15} aria-hidden />
          {G.setTimer(guide.minutes)}
        </button>
      </section>

      {guide.prompts.map((key) => (
        <section key={key}>
          <h3>{G[key].title}</h3>
          <ul>
            {G[key].items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}

      <section>
        <h3>{G.example}</h3>
        <p className="guide-example">{guideExample(G.examples, step, doc.workshop.industry)}</p>
      </section>

      <section>
        <label className="guide-notes">
          <span>{G.notes}</span>
          <textarea
            className="input textarea"
            rows={5}
            maxLength={10000}
            value={notes}
            aria-describedby="guide-notes-hint"
            onChange={(e) => dispatch(stepStateOps(doc, step, { notes: e.target.value }, newId), { mergeKey: `stepState:${step}:notes` })}
          />
        </label>
        <p id="guide-notes-hint" className="field-hint">
          {G.notesHint}
        </p>
      </section>
    </aside>
  );
}
