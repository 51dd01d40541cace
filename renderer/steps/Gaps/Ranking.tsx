/** The gaps ranked by priority (shared/domain/priority.ts), with the heat map's legend. */
import { Star } from 'lucide-react';
import { rankedGaps } from '../../../shared/domain/gaps';
import { isSolo } from '../../../shared/domain/interview';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { HeatLegend, heatColor } from '../../ui/heat';

export function Ranking({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const G = msg.gaps;
  const C = G.columns;
  const ranked = rankedGaps(doc, journeyId);
  // A self-assessment has no vote: no votes column, and the rule says so.
  const solo = isSolo(doc.workshop);
  return (
    <section className="card" aria-label={G.ranking}>
      <p className="muted rank-rule">{solo ? msg.report.solo.gapRule : G.rankRule}</p>
      <HeatLegend />
      <div className="table-scroll">
        <table className="data-table ranking">
          <caption className="visually-hidden">{G.rankCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{C.rank}</th>
              <th scope="col">{C.touchpoint}</th>
              <th scope="col">{C.stage}</th>
              <th scope="col" className="num">{C.gap}</th>
              <th scope="col" className="num">{C.severity}</th>
              <th scope="col" className="num">{C.frequency}</th>
              {!solo && <th scope="col" className="num">{C.votes}</th>}
              <th scope="col" className="num">{C.priority}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((v, i) => {
              const heat = v.size === null ? null : heatColor(v.size);
              return (
                <tr key={v.gap.id}>
                  <td className="num">{v.priority === null ? '' : i + 1}</td>
                  <th scope="row">
                    {v.gap.title || v.touchpoint.name}
                    {v.gap.title && v.gap.title !== v.touchpoint.name && <span className="muted"> · {v.touchpoint.name}</span>}
                    {v.touchpoint.momentOfTruth && <Star size={13} className="mot-star" aria-label={G.momentOfTruth} />}
                  </th>
                  <td>{v.stage?.name}</td>
                  <td className="num">
                    {heat ? (
                      <span className="gap-chip" style={{ background: heat.fill, color: heat.text }}>
                        {v.size}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">{v.gap.severity ?? '—'}</td>
                  <td className="num">{v.gap.frequency ?? '—'}</td>
                  {!solo && <td className="num">{v.votes.hidden && !v.votes.visible ? G.hiddenVotes : v.votes.visible}</td>}
                  <td className="num priority">{v.priority ?? G.needsScores}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
