/**
 * One piece of evidence as what it is (rules in shared/domain/evidence.ts): a customer's words in
 * quote marks, a figure under its kind; then its source, date and personas.
 */
import { evidencePersonas, evidenceText, isCustomerWords, type EvidenceRow } from '../../shared/domain/evidence';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { formatDate } from '../format';

export function EvidenceItem({ doc, evidence: e }: { doc: WorkshopDoc; evidence: EvidenceRow }) {
  const words = isCustomerWords(e);
  const about = [e.source, formatDate(e.collectedOn), ...evidencePersonas(doc, e.id)].filter(Boolean).join(' · ');
  return (
    <li className={`evidence-item${words ? ' is-words' : ' is-figure'}`}>
      <span className="evidence-kind">{msg.listen.kinds[e.kind] ?? e.kind}</span>
      <span className="evidence-text">{evidenceText(e) || msg.listen.emptyEvidence}</span>
      {about && <span className="evidence-about">{about}</span>}
    </li>
  );
}
