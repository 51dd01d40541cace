/** The line under a touchpoint on the map: measured results (with counts and their survey period)
 * and evidence linked. */
import { formatMetric } from '../../shared/domain/metrics';
import { resultsByTarget } from '../../shared/domain/survey';
import type { WorkshopDoc } from '../../shared/model/ops';
import { SURVEY_KINDS } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';

export function touchpointDetails(doc: WorkshopDoc): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (id: string, text: string) => parts.set(id, [...(parts.get(id) ?? []), text]);
  for (const kind of SURVEY_KINDS) {
    for (const [id, r] of resultsByTarget(doc, kind)) {
      if (doc.rows.touchpoint[id] && r.score !== null) add(id, `${formatMetric(r)} (n=${r.count}${r.period ? `, ${r.period}` : ''})`);
    }
  }
  const evidence = new Map<string, number>();
  for (const l of Object.values(doc.rows.evidenceLink)) {
    if (l.touchpointId) evidence.set(l.touchpointId, (evidence.get(l.touchpointId) ?? 0) + 1);
  }
  for (const [id, n] of evidence) add(id, msg.workshop.evidenceCount(n));
  return new Map([...parts].map(([id, p]) => [id, p.join(' · ')]));
}
