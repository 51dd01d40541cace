/**
 * One survey import's results, a row per touchpoint or stage in journey order: shown on the
 * Listen step and, larger, on the presenter view.
 */
import { journeyTouchpoints, stagesOf } from '../../../shared/domain/journey';
import { formatMetric, metricOf } from '../../../shared/domain/metrics';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';

export function SurveyResultsTable({ doc, imp }: { doc: WorkshopDoc; imp: RowOf<'surveyImport'> }) {
  const L = msg.listen;
  const byTarget = new Map<string, number[]>();
  for (const r of Object.values(doc.rows.surveyResponse)) {
    if (r.importId !== imp.id) continue;
    const key = r.touchpointId ?? r.stageId ?? '';
    byTarget.set(key, [...(byTarget.get(key) ?? []), r.score]);
  }
  const journeyId = imp.journeyId;
  const order = journeyId ? [...journeyTouchpoints(doc.rows, journeyId).map((t) => t.id), ...stagesOf(doc.rows, journeyId).map((s) => s.id)] : [];
  const keys = [...byTarget.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : order.indexOf(a) - order.indexOf(b)));
  const nameOf = (key: string) => doc.rows.touchpoint[key]?.name ?? doc.rows.stage[key]?.name ?? L.unassigned;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{L.resultsCaption(imp.fileName)}</caption>
      <thead>
        <tr>
          <th scope="col">{L.where}</th>
          <th scope="col">{L.result}</th>
          <th scope="col" className="num">
            {L.responses}
          </th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const result = metricOf(imp.kind, byTarget.get(key)!);
          return (
            <tr key={key || 'none'}>
              <th scope="row">{nameOf(key)}</th>
              <td>
                {formatMetric(result)}
                {result.kind === 'ces' && result.agreePercent !== null ? ` · ${result.agreePercent}% easy` : ''}
              </td>
              <td className="num">{result.count.toLocaleString('en')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
