/**
 * Dot voting for the room. Either the laptop goes round (each participant gives their dots in
 * turn, and sees only their own; nobody sees a total until the facilitator reveals), or the
 * facilitator types the tallies counted from dots on the wall.
 */
import { Labeled } from '../../ui/Labeled';
import { Eye, EyeOff, Minus, Plus, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { dotsGiven, gapViews, votesFor, type GapView } from '../../../shared/domain/gaps';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

type Mode = 'turns' | 'tally';

/** A gap as the room names it: its title, and its touchpoint when the title is something else. */
const gapLabel = (g: GapView) => (!g.gap.title || g.gap.title === g.touchpoint.name ? g.touchpoint.name : `${g.gap.title} (${g.touchpoint.name})`);

export function Voting({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const V = msg.gaps.voting;
  const w = doc.workshop;
  const [mode, setMode] = useState<Mode>('turns');
  const [voter, setVoter] = useState<string | null>(null);
  const [clearing, setClearing] = useState(false);
  const gaps = gapViews(doc, journeyId);
  const people = byPosition(Object.values(doc.rows.participant)).filter((p) => p.name.trim());
  const votes = Object.values(doc.rows.vote);
  const cast = votes.reduce((n, v) => n + v.count, 0);

  const voteRow = (gapId: string, participantId: string | null) => votes.find((v) => v.gapId === gapId && v.participantId === participantId);
  const setCount = (gapId: string, participantId: string | null, count: number) => {
    const row = voteRow(gapId, participantId);
    if (row) dispatch(count === 0 ? [{ kind: 'delete', entity: 'vote', id: row.id }] : [{ kind: 'update', entity: 'vote', id: row.id, patch: { count } }]);
    else if (count > 0) dispatch([{ kind: 'create', entity: 'vote', id: newId(), values: { gapId, participantId, count } }]);
  };

  if (gaps.length === 0) return <p className="empty">{V.noGaps}</p>;

  const current = voter ? doc.rows.participant[voter] : undefined;
  const nextVoter = (after: string | null) => {
    const order = people.map((p) => p.id);
    const start = after ? order.indexOf(after) + 1 : 0;
    return order.slice(start).find((id) => dotsGiven(doc, id) === 0) ?? null;
  };

  return (
    <section className="card voting" aria-label={V.heading}>
      <div className="voting-settings">
        <Labeled className="inline-label" label={V.perParticipant}>
          {(id) => (
            <select id={id}
              className="input select"
              value={w.votesPerParticipant}
              onChange={(e) => dispatch([{ kind: 'update', entity: 'workshop', id: w.id, patch: { votesPerParticipant: Number(e.target.value) } }])}
            >
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <div className="segmented" role="radiogroup" aria-label={V.heading}>
          {(['turns', 'tally'] as const).map((m) => (
            <label key={m} className={`segment${mode === m ? ' is-on' : ''}`}>
              <input type="radio" name="vote-mode" checked={mode === m} onChange={() => setMode(m)} />
              {m === 'turns' ? V.modeTurns : V.modeTally}
            </label>
          ))}
        </div>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => dispatch([{ kind: 'update', entity: 'workshop', id: w.id, patch: { votesRevealed: !w.votesRevealed } }])}
        >
          {w.votesRevealed ? <EyeOff size={15} aria-hidden /> : <Eye size={15} aria-hidden />}
          {w.votesRevealed ? V.hide : V.reveal}
        </button>
        <button type="button" className="btn btn-secondary btn-small" disabled={cast === 0} onClick={() => setClearing(true)}>
          <RotateCcw size={15} aria-hidden />
          {V.clear}
        </button>
      </div>
      <p className="muted" role="status">
        {w.votesRevealed ? V.revealed : V.hidden(votes.filter((v) => v.participantId !== null || v.fromRoom).reduce((n, v) => n + v.count, 0))}
      </p>

      {mode === 'turns' &&
        (people.length === 0 ? (
          <p className="empty">{V.noParticipants}</p>
        ) : current ? (
          <div className="voter">
            <h2>{V.turn(current.name)}</h2>
            <p className="dots-left" aria-live="polite">
              {V.left(w.votesPerParticipant - dotsGiven(doc, current.id))}
            </p>
            <ul className="vote-list">
              {gaps.map((g) => {
                const mine = voteRow(g.gap.id, current.id)?.count ?? 0;
                const left = w.votesPerParticipant - dotsGiven(doc, current.id);
                const label = gapLabel(g);
                return (
                  <li key={g.gap.id} className="vote-row">
                    <span className="vote-gap">{label}</span>
                    <button type="button" className="icon-btn" aria-label={V.remove(label)} disabled={mine === 0} onClick={() => setCount(g.gap.id, current.id, mine - 1)}>
                      <Minus size={16} aria-hidden />
                    </button>
                    <span className="dots" aria-hidden>
                      {'●'.repeat(mine)}
                    </span>
                    <button type="button" className="icon-btn" aria-label={V.add(label)} disabled={left === 0} onClick={() => setCount(g.gap.id, current.id, mine + 1)}>
                      <Plus size={16} aria-hidden />
                    </button>
                  </li>
                );
              })}
            </ul>
            <button type="button" className="btn btn-primary" onClick={() => setVoter(nextVoter(current.id))}>
              {V.done}
            </button>
          </div>
        ) : (
          <div className="voter">
            {nextVoter(null) ? (
              <button type="button" className="btn btn-primary" onClick={() => setVoter(nextVoter(null))}>
                {V.start}
              </button>
            ) : (
              <p>{V.allVoted}</p>
            )}
          </div>
        ))}

      {mode === 'tally' && (
        <ul className="vote-list">
          {gaps.map((g) => {
            const label = gapLabel(g);
            return (
              <li key={g.gap.id} className="vote-row">
                <span className="vote-gap">{label}</span>
                <input
                  className="input tally"
                  type="number"
                  min={0}
                  max={999}
                  aria-label={V.tally(label)}
                  value={voteRow(g.gap.id, null)?.count ?? 0}
                  onChange={(e) => setCount(g.gap.id, null, Math.max(0, Math.min(999, Math.floor(Number(e.target.value) || 0))))}
                />
                <span className="muted">{votesFor(doc, g.gap.id).hidden ? `+ ${msg.gaps.hiddenVotes}` : ''}</span>
              </li>
            );
          })}
        </ul>
      )}

      <ConfirmDialog
        open={clearing}
        title={V.clearTitle}
        confirmLabel={V.clear}
        onClose={() => setClearing(false)}
        onConfirm={() => {
          dispatch(votes.map((v) => ({ kind: 'delete' as const, entity: 'vote' as const, id: v.id })));
          setVoter(null);
          setClearing(false);
        }}
      >
        <p>{V.clearBody}</p>
      </ConfirmDialog>
    </section>
  );
}
