/**
 * The self-assessment screen: one plain question at a time, with an example and a way to skip.
 * Every answer is saved as it is given (the workshop's interview field), so closing the app
 * mid-way loses nothing. The owner's steps are edited as a list; each step then gets its own
 * page; the last page is the plan, whose suggestions can be reworded or left out. "Build my plan"
 * turns the answers into a normal workshop; coming back after (the browser's Back, say) shows
 * that it is built, and building again replaces what the last build made.
 */
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp, Check, LogOut, Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useMemo } from 'react';
import {
  EMPTY_INTERVIEW,
  interviewOps,
  interviewQuestions,
  planOf,
  readInterview,
  stepKey,
  stepsOf,
  type InterviewState,
  type Question,
  type Step,
} from '../../shared/domain/interview';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useRoute } from '../store/route';
import { toast } from '../store/toasts';
import { useWorkshop } from '../store/workshop';
import { TEMPLATES } from '../steps/Journey/templates';
import { Logo } from '../ui/Logo';
import { SaveIndicator } from '../ui/SaveIndicator';

export function InterviewScreen({ workshopId }: { workshopId: string }) {
  const { doc, loadError, open, dispatch } = useWorkshop();
  const go = useRoute((s) => s.go);
  const I = msg.interview;
  useEffect(() => {
    void open(workshopId);
  }, [open, workshopId]);

  const state: InterviewState = (doc && readInterview(doc.workshop.interview)) || EMPTY_INTERVIEW;
  const questions = useMemo(() => interviewQuestions(state.answers, TEMPLATES), [state.answers]);
  const fieldId = useId();

  if (loadError) return <div className="centered-message" role="alert">{loadError}</div>;
  if (!doc) return <div className="centered-message" role="status">{msg.workshop.loading}</div>;

  const at = Math.min(state.at, questions.length - 1);
  const q = questions[at]!;
  const save = (next: InterviewState) =>
    dispatch([{ kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { interview: JSON.stringify(next) } }], { record: false, mergeKey: 'interview' });
  const setAnswers = (patch: Record<string, string>) => save({ ...state, at, answers: { ...state.answers, ...patch } });
  const move = (to: number) => save({ ...state, done: false, at: Math.max(0, Math.min(questions.length - 1, to)) });
  const leave = () => {
    useWorkshop.getState().close();
    go({ screen: 'library' });
  };
  const build = () => {
    const { ops, built } = interviewOps(doc, state, TEMPLATES, newId);
    dispatch([...ops, { kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { interview: JSON.stringify({ ...state, done: true, built }) } }]);
    toast(state.built ? I.rebuilt : I.built);
    go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey' });
  };
  const last = at === questions.length - 1;

  const head = (
    <header className="interview-head">
      <Logo size={26} />
      <h1 className="interview-title">{I.title}</h1>
      {!state.done && (
        <>
          <progress className="interview-progress" max={questions.length} value={at + 1} aria-label={I.progress(at + 1, questions.length)} />
          <span className="muted">{I.progress(at + 1, questions.length)}</span>
        </>
      )}
      <SaveIndicator />
      <button type="button" className="btn btn-ghost btn-small" onClick={leave}>
        <LogOut size={16} aria-hidden />
        {I.leave}
      </button>
    </header>
  );

  // Built already: say so, rather than offer to build a second set.
  if (state.done && state.built) {
    return (
      <div className="interview">
        {head}
        <main className="interview-main">
          <section className="card interview-card" aria-labelledby={`${fieldId}-done`}>
            <h2 id={`${fieldId}-done`} className="interview-prompt">
              {I.doneTitle}
            </h2>
            <p className="interview-help">{I.doneBody}</p>
            <div className="interview-actions">
              <button type="button" className="btn btn-secondary" onClick={() => move(0)}>
                <ArrowLeft size={16} aria-hidden />
                {I.changeAnswers}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey' })}>
                {I.open}
                <ArrowRight size={16} aria-hidden />
              </button>
            </div>
          </section>
        </main>
      </div>
    );
  }

  return (
    <div className="interview">
      {head}
      <main className="interview-main">
        <form
          className="card interview-card"
          onSubmit={(e) => {
            e.preventDefault();
            if (last) build();
            // Leaving the steps as suggested keeps them: later pages are about these very steps.
            else if (q.kind === 'steps' && !state.answers.steps) save({ ...state, at: at + 1, answers: { ...state.answers, steps: JSON.stringify(stepsOf(state.answers, TEMPLATES)) } });
            else move(at + 1);
          }}
        >
          {q.kind === 'step' && <p className="eyebrow">{I.step.of(q.index + 1, q.of)}</p>}
          <label htmlFor={fieldId} className="interview-prompt" id={`${fieldId}-label`}>
            {q.prompt}
          </label>
          <p className="interview-help">{q.help}</p>
          {q.kind === 'text' && <p className="interview-example">{I.example(q.example)}</p>}
          <Answer key={q.id} q={q} id={fieldId} answers={state.answers} onChange={setAnswers} />
          <div className="interview-actions">
            <button type="button" className="btn btn-secondary" disabled={at === 0} onClick={() => move(at - 1)}>
              <ArrowLeft size={16} aria-hidden />
              {I.back}
            </button>
            {!last && q.kind !== 'steps' && (
              <button type="button" className="btn btn-ghost" onClick={() => save({ ...state, at: at + 1, answers: { ...state.answers, ...cleared(q) } })}>
                {I.skip}
              </button>
            )}
            <button type="submit" className="btn btn-primary">
              {last ? (state.built ? I.buildAgain : I.finish) : I.next}
              {last ? <Check size={16} aria-hidden /> : <ArrowRight size={16} aria-hidden />}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}

/** What skipping a question clears. */
function cleared(q: Question): Record<string, string> {
  if (q.kind === 'step') return { [stepKey(q.step, 'happens')]: '', [stepKey(q.step, 'praise')]: '', [stepKey(q.step, 'complaints')]: '', [stepKey(q.step, 'feel')]: '', [stepKey(q.step, 'moment')]: '' };
  if (q.kind === 'plan' || q.kind === 'steps') return {};
  return { [q.id]: '' };
}

function Answer({ q, id, answers, onChange }: { q: Question; id: string; answers: Record<string, string>; onChange(patch: Record<string, string>): void }) {
  if (q.kind === 'text') {
    const value = answers[q.id] ?? '';
    return q.multiline ? (
      <textarea id={id} className="input textarea" rows={3} maxLength={2000} value={value} autoFocus onChange={(e) => onChange({ [q.id]: e.target.value })} />
    ) : (
      <input id={id} className="input" maxLength={200} value={value} autoFocus onChange={(e) => onChange({ [q.id]: e.target.value })} />
    );
  }
  if (q.kind === 'choice') return <Choices name={q.id} labelledBy={`${id}-label`} id={id} options={q.options} value={answers[q.id] ?? ''} onChange={(v) => onChange({ [q.id]: v })} />;
  if (q.kind === 'steps') return <StepsEditor id={id} steps={stepsOf(answers, TEMPLATES)} onChange={(steps) => onChange({ steps: JSON.stringify(steps) })} />;
  if (q.kind === 'step') return <StepAnswers id={id} step={q.step} answers={answers} onChange={onChange} />;
  return <PlanReview id={id} answers={answers} onChange={onChange} />;
}

function Choices({ name, labelledBy, id, options, value, onChange }: { name: string; labelledBy: string; id?: string; options: { value: string; label: string }[]; value: string; onChange(v: string): void }) {
  return (
    <div className="interview-options" role="radiogroup" aria-labelledby={labelledBy} id={id}>
      {options.map((o) => (
        <label key={o.value} className={`interview-option${value === o.value ? ' is-on' : ''}`}>
          <input type="radio" name={`answer-${name}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** The owner's steps as a list: rename, reorder, remove, add. */
function StepsEditor({ id, steps, onChange }: { id: string; steps: Step[]; onChange(steps: Step[]): void }) {
  const S = msg.interview.steps;
  const set = (i: number, patch: Partial<Step>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const swap = (i: number, j: number) => {
    const next = [...steps];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <div id={id} className="interview-steps">
      <p className="muted">{S.suggested}</p>
      <ol className="interview-step-list">
        {steps.map((s, i) => (
          <li key={s.id} className="interview-step-row">
            <span className="interview-step-n" aria-hidden>
              {i + 1}
            </span>
            <input className="input" aria-label={S.name(i + 1)} maxLength={100} value={s.name} autoFocus={i === 0} onChange={(e) => set(i, { name: e.target.value })} />
            <button type="button" className="icon-btn" aria-label={S.up(s.name)} disabled={i === 0} onClick={() => swap(i, i - 1)}>
              <ArrowUp size={16} aria-hidden />
            </button>
            <button type="button" className="icon-btn" aria-label={S.down(s.name)} disabled={i === steps.length - 1} onClick={() => swap(i, i + 1)}>
              <ArrowDown size={16} aria-hidden />
            </button>
            <button type="button" className="icon-btn icon-btn-danger" aria-label={S.remove(s.name)} disabled={steps.length === 1} onClick={() => onChange(steps.filter((_, j) => j !== i))}>
              <Trash2 size={16} aria-hidden />
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-secondary btn-small" disabled={steps.length >= 20} onClick={() => onChange([...steps, { id: newId().slice(0, 8), name: S.newStep }])}>
        <Plus size={15} aria-hidden />
        {S.add}
      </button>
    </div>
  );
}

/** One step in the owner's words: what happens, praise, complaints, how it feels. */
function StepAnswers({ id, step, answers, onChange }: { id: string; step: Step; answers: Record<string, string>; onChange(patch: Record<string, string>): void }) {
  const S = msg.interview.step;
  const field = (key: 'happens' | 'praise' | 'complaints') => ({
    value: answers[stepKey(step, key)] ?? '',
    onChange: (e: { target: { value: string } }) => onChange({ [stepKey(step, key)]: e.target.value }),
  });
  return (
    <div className="interview-step" id={id}>
      <label className="field">
        <span className="field-label">{S.happens}</span>
        <textarea className="input textarea" rows={2} maxLength={2000} autoFocus placeholder={S.happensExample} {...field('happens')} />
      </label>
      <div className="grid-2">
        <label className="field">
          <span className="field-label">{S.praise}</span>
          <textarea className="input textarea" rows={3} maxLength={2000} aria-describedby={`${id}-per-line`} {...field('praise')} />
        </label>
        <label className="field">
          <span className="field-label">{S.complaints}</span>
          <textarea className="input textarea" rows={3} maxLength={2000} aria-describedby={`${id}-per-line`} {...field('complaints')} />
        </label>
      </div>
      <p className="field-hint" id={`${id}-per-line`}>
        {S.perLine}
      </p>
      <p className="field-label" id={`${id}-feel`}>
        {S.feel}
      </p>
      <Choices
        name={`feel-${step.id}`}
        labelledBy={`${id}-feel`}
        options={msg.interview.scale.map((label, i) => ({ value: String(i + 1), label: `${i + 1} · ${label}` }))}
        value={answers[stepKey(step, 'feel')] ?? ''}
        onChange={(v) => onChange({ [stepKey(step, 'feel')]: v })}
      />
      <label className="checkbox">
        <input type="checkbox" checked={answers[stepKey(step, 'moment')] === 'yes'} onChange={(e) => onChange({ [stepKey(step, 'moment')]: e.target.checked ? 'yes' : '' })} />
        {S.moment}
      </label>
    </div>
  );
}

/** The suggested actions, each editable or left out, and the metrics to watch. */
function PlanReview({ id, answers, onChange }: { id: string; answers: Record<string, string>; onChange(patch: Record<string, string>): void }) {
  const P = msg.interview.plan;
  const plan = planOf(answers, TEMPLATES);
  return (
    <div className="interview-plan" id={id}>
      <h2 className="interview-plan-head">{P.actions}</h2>
      {plan.actions.length === 0 && <p className="muted">{P.none}</p>}
      <ol className="interview-plan-list">
        {plan.actions.map((a, i) => (
          <li key={a.key} className="interview-plan-item">
            <p className="interview-plan-from">{P.from(a.step.name, a.complaint)}</p>
            <div className="interview-plan-row">
              <input type="checkbox" aria-label={P.use(a.title)} checked={a.on} onChange={(e) => onChange({ [`plan:${a.key}:off`]: e.target.checked ? '' : 'yes' })} />
              <input className="input" aria-label={P.title(i + 1)} maxLength={200} value={a.title} disabled={!a.on} onChange={(e) => onChange({ [`plan:${a.key}`]: e.target.value })} />
            </div>
            <p className="field-hint">{`${a.practice.name}. ${a.practice.why}`}</p>
          </li>
        ))}
      </ol>
      {plan.metrics.length > 0 && (
        <>
          <h2 className="interview-plan-head">{P.metrics}</h2>
          <ul className="interview-plan-metrics">
            {plan.metrics.map((m) => (
              <li key={`${m.kind}:${m.step.id}`}>{m.kind === 'ces' ? P.metric.ces(m.step.name, String(m.target)) : P.metric.csat(m.step.name, `${m.target}%`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
