/** What a touchpoint's card on the map says about Listen: the measured results (with counts and
 * their survey period) on one line, and how many pieces of evidence, as its own button. Kept
 * apart so a long survey line can never push the evidence off the card. */
import { formatMetric } from '../../shared/domain/metrics';
import { resultsByTarget } from '../../shared/domain/survey';
import type { WorkshopDoc } from '../../shared/model/ops';
import { SURVEY_KINDS } from '../../shared/model/vocab';

export interface TouchpointDetail {
  measured: string;
  evidence: number;
}

export function touchpointDetails(doc: WorkshopDoc): Map<string, TouchpointDetail> {
  const details = new Map<string, TouchpointDetail>();
  const of = (id: string) => {
    let d = details.get(id);
    if (!d) details.set(id, (d = { measured: '', evidence: 0 }));
    return d;
  };
  for (const kind of SURVEY_KINDS) {
    for (const [id, r] of resultsByTarget(doc, kind)) {
      if (!doc.rows.touchpoint[id] || r.score === null) continue;
      const d = of(id);
      d.measured = [d.measured, `${formatMetric(r)} (n=${r.count}${r.period ? `, ${r.period}` : ''})`].filter(Boolean).join(' · ');
    }
  }
  for (const l of Object.values(doc.rows.evidenceLink)) {
    if (l.touchpointId && doc.rows.touchpoint[l.touchpointId]) of(l.touchpointId).evidence += 1;
  }
  return details;
}
