/**
 * A choice from the workshop's own teams or channels (shared/domain/vocabulary.ts), where the
 * last option adds a new name in place: the name joins the workshop's list and is chosen, in one
 * undo step, so the room never has to leave the map for Setup.
 */
import { useState } from 'react';
import { addTermOps, findTerm, termLabel, termsOf, type TermKind } from '../../shared/domain/vocabulary';
import type { TypedOp, WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';

const NEW = '\u0000new';

export function TermSelect(props: {
  doc: WorkshopDoc;
  kind: TermKind;
  value: string;
  /** The ops that set the chosen name on the row. */
  choose(name: string): TypedOp[];
  dispatch(ops: TypedOp[]): void;
  id?: string;
  ariaLabel?: string;
  /** Offers "not set" (stored as ''). */
  optional?: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  const V = msg.vocabulary;
  const word = props.kind === 'team' ? V.team : V.channel;
  const terms = termsOf(props.doc, props.kind);
  const current = props.value ? termLabel(props.kind, props.value) : '';
  const options = current && !terms.includes(current) ? [...terms, current] : terms;

  const commit = () => {
    const name = draft.trim();
    setAdding(false);
    setDraft('');
    if (!name) return;
    const existing = findTerm(props.doc, props.kind, name);
    props.dispatch([...(existing ? [] : addTermOps(props.doc, props.kind, name)), ...props.choose(existing ?? name)]);
  };

  if (adding)
    return (
      <input
        id={props.id}
        className="input"
        aria-label={V.newPrompt(word)}
        placeholder={V.addPlaceholder(word)}
        autoFocus
        maxLength={60}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
          if (e.key === 'Escape') {
            setAdding(false);
            setDraft('');
          }
        }}
      />
    );
  return (
    <select
      id={props.id}
      className="input select"
      aria-label={props.ariaLabel}
      value={current}
      onChange={(e) => {
        if (e.target.value === NEW) setAdding(true);
        else props.dispatch(props.choose(e.target.value));
      }}
    >
      {(props.optional || !current) && <option value="">{msg.common.notSet}</option>}
      {options.map((t) => (
        <option key={t} value={t}>
          {t}
        </option>
      ))}
      <option value={NEW}>{V.newOption(word)}</option>
    </select>
  );
}
