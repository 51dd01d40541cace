/**
 * Which sections go in the report, in which order, and on what paper: the consultant's choice,
 * kept with the workshop (shared/domain/report-plan.ts). The PDF, the Word document and the
 * preview below all follow it.
 */
import { ArrowDown, ArrowUp } from 'lucide-react';
import { moveSection, REPORT_SECTIONS, reportPlan, storedSections, toggleSection, type ReportSectionKey } from '../../../shared/domain/report-plan';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { BoundSelect } from '../../ui/bound';

export function ReportContents({ doc }: { doc: WorkshopDoc }) {
  const R = msg.report;
  const dispatch = useWorkshop((s) => s.dispatch);
  const plan = reportPlan(doc.workshop);
  const save = (sections: ReportSectionKey[]) => dispatch([{ kind: 'update', entity: 'workshop', id: doc.workshop.id, patch: { reportSections: storedSections(sections) } }]);
  // The chosen sections in their order, then those left out, in their usual place.
  // Progress since the last round exists only for a later round.
  const shown = [...plan.sections, ...REPORT_SECTIONS.filter((k) => !plan.sections.includes(k))].filter((k) => k !== 'progress' || doc.workshop.previousRoundId);
  return (
    <section className="card report-contents" aria-labelledby="report-contents">
      <h2 id="report-contents">{R.contents.heading}</h2>
      <p className="muted">{R.contents.lede}</p>
      <ol className="report-contents-list">
        {shown.map((key) => {
          const on = plan.sections.includes(key);
          const at = plan.sections.indexOf(key);
          const name = R.contents.names[key] ?? key;
          return (
            <li key={key} className={on ? undefined : 'is-off'}>
              <label className="checkbox">
                <input type="checkbox" checked={on} onChange={(e) => save(toggleSection(plan.sections, key, e.target.checked))} />
                {name}
              </label>
              <span className="report-contents-move">
                <button type="button" className="icon-btn" aria-label={R.contents.moveUp(name)} disabled={!on || at === 0} onClick={() => save(moveSection(plan.sections, key, -1))}>
                  <ArrowUp size={16} aria-hidden />
                </button>
                <button type="button" className="icon-btn" aria-label={R.contents.moveDown(name)} disabled={!on || at === plan.sections.length - 1} onClick={() => save(moveSection(plan.sections, key, 1))}>
                  <ArrowDown size={16} aria-hidden />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <BoundSelect entity="workshop" id={doc.workshop.id} field="reportPageSize" label={R.contents.paper} options={[{ value: 'a4', label: 'A4' }, { value: 'letter', label: 'US Letter' }]} />
    </section>
  );
}
