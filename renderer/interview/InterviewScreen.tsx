/**
 * The self-assessment interview screen: one plain question at a time, with an example and a way
 * to skip. Every answer is saved as it is given (the workshop's interview field), so closing the
 * app mid-way loses nothing; "Build my workshop" turns the answers into a normal workshop.
 */
import { ArrowLeft, ArrowRight, Check, LogOut } from 'lucide-react';
import { useEffect, useId, useMemo } from 'react';
import { EMPTY_INTERVIEW, interviewOps, interviewQuestions, readInterview, type InterviewState, type Question } from '../../shared/domain/interview';
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
  const answer = state.answers[q.id] ?? '';
  const save = (next: InterviewState) =>
    dispatch([{ kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { interview: JSON.stringify(next) } }], { record: false, mergeKey: 'interview' });
  const setAnswer = (value: string) => save({ ...state, at, answers: { ...state.answers, [q.id]: value } });
  const move = (to: number) => save({ ...state, at: Math.max(0, Math.min(questions.length - 1, to)) });
  const leave = () => {
    useWorkshop.getState().close();
    go({ screen: 'library' });
  };
  const finish = () => {
    dispatch([...interviewOps(doc.workshop.id, state.answers, TEMPLATES, newId), { kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { interview: JSON.stringify({ ...state, done: true }) } }]);
    toast(I.built);
    go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey' });
  };
  const last = at === questions.length - 1;

  return (
    <div className="interview">
      <header className="interview-head">
        <Logo size={26} />
        <h1 className="interview-title">{I.title}</h1>
        <progress className="interview-progress" max={questions.length} value={at + 1} aria-label={I.progress(at + 1, questions.length)} />
        <span className="muted">{I.progress(at + 1, questions.length)}</span>
        <SaveIndicator />
        <button type="button" className="btn btn-ghost btn-small" onClick={leave}>
          <LogOut size={16} aria-hidden />
          {I.leave}
        </button>
      </header>
      <main className="interview-main">
        <form
          className="card interview-card"
          onSubmit={(e) => {
            e.preventDefault();
            if (last) finish();
            else move(at + 1);
          }}
        >
          <label htmlFor={fieldId} className="interview-prompt" id={`${fieldId}-label`}>
            {q.prompt}
          </label>
          <p className="interview-help">{q.help}</p>
          {q.kind === 'text' && <p className="interview-example">{I.example(q.example)}</p>}
          <Answer key={q.id} q={q} id={fieldId} value={answer} onChange={setAnswer} />
          <div className="interview-actions">
            <button type="button" className="btn btn-secondary" disabled={at === 0} onClick={() => move(at - 1)}>
              <ArrowLeft size={16} aria-hidden />
              {I.back}
            </button>
            {!last && (
              <button type="button" className="btn btn-ghost" onClick={() => save({ ...state, at: at + 1, answers: { ...state.answers, [q.id]: '' } })}>
                {I.skip}
              </button>
            )}
            <button type="submit" className="btn btn-primary">
              {last ? I.finish : I.next}
              {last ? <Check size={16} aria-hidden /> : <ArrowRight size={16} aria-hidden />}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}

function Answer({ q, id, value, onChange }: { q: Question; id: string; value: string; onChange(v: string): void }) {
  if (q.kind === 'text') {
    return q.multiline ? (
      <textarea id={id} className="input textarea" rows={3} maxLength={2000} value={value} autoFocus onChange={(e) => onChange(e.target.value)} />
    ) : (
      <input id={id} className="input" maxLength={200} value={value} autoFocus onChange={(e) => onChange(e.target.value)} />
    );
  }
  const options = q.kind === 'choice' ? q.options : msg.interview.scale.map((label, i) => ({ value: String(i + 1), label: `${i + 1} · ${label}` }));
  return (
    <div className="interview-options" role="radiogroup" aria-labelledby={`${id}-label`} id={id}>
      {options.map((o) => (
        <label key={o.value} className={`interview-option${value === o.value ? ' is-on' : ''}`}>
          <input type="radio" name={`answer-${q.id}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}
