/**
 * The workshop's own teams or channels, edited in Setup: rename in place (every row that uses the
 * name follows), merge one into another, remove one nobody uses, add new ones. Each change is one
 * batch, so one undo takes it back with every row it touched.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { addTermOps, findTerm, removeTermOps, renameTermOps, termUseCount, termsOf, type TermKind } from '../../../shared/domain/vocabulary';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { toast } from '../../store/toasts';
import { useWorkshop } from '../../store/workshop';

export function TermList({ doc, kind }: { doc: WorkshopDoc; kind: TermKind }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [draft, setDraft] = useState('');
  const V = msg.vocabulary;
  const word = kind === 'team' ? V.team : V.channel;
  const terms = termsOf(doc, kind);
  const headingId = `terms-${kind}`;

  const add = () => {
    const name = draft.trim();
    if (!name) return;
    const existing = findTerm(doc, kind, name);
    if (existing) toast(V.exists(existing));
    else dispatch(addTermOps(doc, kind, name));
    setDraft('');
  };

  return (
    <div className="term-list">
      <h3 id={headingId}>{kind === 'team' ? V.teams : V.channels}</h3>
      <ul aria-labelledby={headingId}>
        {terms.map((name) => (
          <TermRow key={name} doc={doc} kind={kind} name={name} others={terms.filter((t) => t !== name)} />
        ))}
      </ul>
      <form
        className="term-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input className="input" aria-label={V.add(word)} placeholder={V.addPlaceholder(word)} maxLength={60} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="btn btn-secondary btn-small" disabled={!draft.trim()}>
          <Plus size={15} aria-hidden />
          {V.addButton}
        </button>
      </form>
    </div>
  );
}

function TermRow({ doc, kind, name, others }: { doc: WorkshopDoc; kind: TermKind; name: string; others: string[] }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const V = msg.vocabulary;
  const word = kind === 'team' ? V.team : V.channel;
  const count = termUseCount(doc, kind, name);

  const rename = () => {
    const to = draft.trim();
    if (to === name) return;
    if (!to) {
      toast(V.empty);
      setDraft(name);
      return;
    }
    const into = findTerm(doc, kind, to);
    dispatch(renameTermOps(doc, kind, name, to));
    toast(into && into.toLocaleLowerCase() !== name.toLocaleLowerCase() ? V.merged(name, into, count) : V.renamed(name, to));
  };

  return (
    <li className="term-row">
      <input
        className="input"
        aria-label={V.name(word, name)}
        maxLength={60}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={rename}
        onKeyDown={(e) => {
          if (e.key === 'Enter') rename();
          if (e.key === 'Escape') setDraft(name);
        }}
      />
      <span className="term-uses">{V.uses(count)}</span>
      {others.length > 0 && (
        <select
          className="input select term-merge"
          aria-label={V.mergeInto(name)}
          value=""
          onChange={(e) => {
            const into = e.target.value;
            if (!into) return;
            dispatch(renameTermOps(doc, kind, name, into));
            toast(V.merged(name, into, count));
          }}
        >
          <option value="">{V.mergeChoose}</option>
          {others.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="icon-btn icon-btn-danger"
        aria-label={V.remove(name)}
        onClick={() => {
          if (count > 0) toast(V.removeInUse(name));
          else dispatch(removeTermOps(doc, kind, name));
        }}
      >
        <Trash2 size={15} aria-hidden />
      </button>
    </li>
  );
}
