/**
 * This round beside the one it was started from (shared/domain/rounds.ts), as the Report step, its
 * preview and the progress PDF show it: the counts first, then gaps, actions, how the customer
 * feels and the metrics against their targets.
 */
import type { RoundComparison } from '../../../shared/domain/rounds';
import { msg } from '../../../shared/strings';
import { Heading } from '../../ui/Heading';

const TILES = ['closed', 'smaller', 'bigger', 'new', 'removed'] as const;

export function ProgressContent({ p }: { p: RoundComparison }) {
  const C = msg.rounds;
  const b = p.before.round;
  const a = p.after.round;
  const done = p.actions.done.length;
  return (
    <div className="progress-content">
      <p className="muted">{C.periods(b, p.before.period, a, p.after.period)}</p>
      <ul className="round-counts" aria-label={C.countsLabel}>
        <li className="round-count round-actions">
          <strong>
            {done}/{p.actions.total}
          </strong>{' '}
          {C.actionsTile}
        </li>
        {TILES.map((c) => (
          <li key={c} className={`round-count round-${c}`}>
            <strong>{p.counts[c]}</strong> {C.gapsTile(p.counts[c], C.changes[c] ?? c)}
          </li>
        ))}
      </ul>

      <Heading>{C.countsLabel}</Heading>
      {p.gaps.length === 0 ? (
        <p className="muted">{C.noGaps}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table round-table">
              <thead>
                <tr>
                  <th scope="col">{C.gap}</th>
                  <th scope="col">{C.round(b)}</th>
                  <th scope="col">{C.round(a)}</th>
                  <th scope="col">{C.change}</th>
                </tr>
              </thead>
              <tbody>
                {p.gaps.map((g, i) => (
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
          <p className="muted round-note">{C.closedMeans}</p>
        </>
      )}

      <Heading>{C.actionsHeading}</Heading>
      {done === 0 ? (
        <p className="muted">{C.noneDone}</p>
      ) : (
        <>
          <p>{C.actionsDone(done, p.actions.total)}</p>
          <ul className="round-moves">
            {p.actions.done.map((d, i) => (
              <li key={i}>
                <strong>{d.title}</strong>
                {d.owner && ` · ${d.owner}`} <span className="muted">({C.doneWhen(d.when === 'before', d.when === 'before' ? b : a)})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading>{C.emotionsHeading}</Heading>
      {p.emotions.length === 0 ? (
        <p className="muted">{C.noEmotionMoves}</p>
      ) : (
        <ul className="round-moves">
          {p.emotions.map((e, i) => (
            <li key={i}>
              {e.stage} → {e.touchpoint}: {e.text} <span className={`round-badge round-${e.move}`}>{C.emotionMove[e.move]}</span>
            </li>
          ))}
        </ul>
      )}

      {p.metrics.length > 0 && (
        <>
          <Heading>{C.metricsHeading}</Heading>
          <div className="table-scroll">
            <table className="data-table round-table">
              <thead>
                <tr>
                  <th scope="col">{C.metricColumns.metric}</th>
                  <th scope="col">{C.round(b)}</th>
                  <th scope="col">{C.round(a)}</th>
                  <th scope="col">{C.metricColumns.target}</th>
                  <th scope="col">{C.metricColumns.status}</th>
                </tr>
              </thead>
              <tbody>
                {p.metrics.map((m, i) => (
                  <tr key={i}>
                    <td>
                      <strong>{m.name}</strong>
                      <span className="muted sheet-line">{m.place}</span>
                    </td>
                    <td>{m.before}</td>
                    <td>{m.after}</td>
                    <td>{m.target}</td>
                    <td>
                      <span className={`round-badge round-${m.status}`}>{C.metricStatus[m.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
