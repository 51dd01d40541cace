/**
 * This round beside the one it was started from: which gaps closed, opened, grew or shrank, which
 * emotion scores and metric baselines moved, and which actions got done. Shown in the Report
 * step of any workshop that is a later round.
 */
import { useEffect, useState } from 'react';
import { compareRounds, type GapChange, type MovedScore } from '../../../shared/domain/rounds';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { call, errorMessage } from '../../api/client';

export function RoundComparisonView({ doc }: { doc: WorkshopDoc }) {
  const C = msg.rounds;
  const previousId = doc.workshop.previousRoundId;
  const [previous, setPrevious] = useState<WorkshopDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (!previousId) return;
    call('openWorkshop', { id: previousId }).then(
      (d) => live && setPrevious(d),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [previousId]);
  if (!previousId) return null;

  const before = doc.workshop.round - 1;
  return (
    <section className="card round-compare" aria-labelledby="round-compare">
      <h2 id="round-compare">{C.heading(before, doc.workshop.round)}</h2>
      {error ? (
        <p className="muted">{C.previousGone}</p>
      ) : !previous ? (
        <p className="muted">{msg.workshop.loading}</p>
      ) : (
        <ComparisonBody previous={previous} doc={doc} before={before} />
      )}
    </section>
  );
}

function ComparisonBody({ previous, doc, before }: { previous: WorkshopDoc; doc: WorkshopDoc; before: number }) {
  const C = msg.rounds;
  const r = compareRounds(previous, doc);
  const changes: GapChange[] = ['closed', 'smaller', 'bigger', 'opened'];
  return (
    <>
      <ul className="round-counts">
        {changes.map((c) => (
          <li key={c} className={`round-count round-${c}`}>
            <strong>{r.counts[c]}</strong> {C.changes[c]}
          </li>
        ))}
      </ul>
      {r.gaps.length === 0 ? (
        <p className="muted">{C.noGaps}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table round-table">
            <thead>
              <tr>
                <th scope="col">{C.gap}</th>
                <th scope="col">{C.round(before)}</th>
                <th scope="col">{C.round(doc.workshop.round)}</th>
                <th scope="col">{C.change}</th>
              </tr>
            </thead>
            <tbody>
              {r.gaps.map((g, i) => (
                <tr key={i}>
                  <td>
                    <strong>{g.name}</strong>
                    <span className="muted sheet-line">{g.place}</span>
                  </td>
                  <td>{g.before ?? '–'}</td>
                  <td>{g.after ?? '–'}</td>
                  <td>
                    <span className={`round-badge round-${g.change}`}>{C.changeOne[g.change]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MovedList title={C.emotionsMoved} moves={r.emotions} />
      <MovedList title={C.metricsMoved} moves={r.metrics} />
      <h3>{C.actionsDone}</h3>
      {r.actionsDone.length === 0 ? (
        <p className="muted">{C.noneDone}</p>
      ) : (
        <ul className="round-moves">
          {r.actionsDone.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function MovedList({ title, moves }: { title: string; moves: readonly MovedScore[] }) {
  if (moves.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="round-moves">
        {moves.map((m) => (
          <li key={m.name}>{msg.rounds.moved(m.name, m.before, m.after)}</li>
        ))}
      </ul>
    </>
  );
}
