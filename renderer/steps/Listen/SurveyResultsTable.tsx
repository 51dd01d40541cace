/**
 * One survey import's results, a row per touchpoint or stage in journey order: shown on the
 * Listen step and, larger, on the presenter view.
 */
import { formatMetric } from '../../../shared/domain/metrics';
import { importResultRows } from '../../../shared/domain/survey';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';

export function SurveyResultsTable({ doc, imp }: { doc: WorkshopDoc; imp: RowOf<'surveyImport'> }) {
  const L = msg.listen;
  return (
    <div className="table-scroll">
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
          {importResultRows(doc, imp).map(({ key, name, result }) => (
            <tr key={key || 'none'}>
              <th scope="row">{name}</th>
              <td>
                {formatMetric(result)}
                {result.kind === 'ces' && result.agreePercent !== null ? ` · ${result.agreePercent}% easy` : ''}
              </td>
              <td className="num">{result.count.toLocaleString('en')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
