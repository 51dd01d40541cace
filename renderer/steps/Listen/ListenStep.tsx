/**
 * Step: Listen. The voice of the customer: evidence (quotes, interview notes, survey results,
 * support data, analytics) linked to personas and touchpoints, and survey results imported from
 * CSV with NPS, CSAT or CES per touchpoint.
 */
import { FileUp, Plus, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { journeyTouchpoints } from '../../../shared/domain/journey';
import { periodOf, surveyPeriods } from '../../../shared/domain/periods';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, nextPosition } from '../../../shared/model/positions';
import { EVIDENCE_KINDS } from '../../../shared/model/vocab';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundDate, BoundSelect, BoundText } from '../../ui/bound';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SurveyImportDialog } from './SurveyImportDialog';
import { SurveyResultsTable } from './SurveyResultsTable';
import { StepHeader } from '../../ui/StepHeader';

export function ListenStep({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<RowOf<'surveyImport'> | null>(null);
  const evidence = byPosition(Object.values(doc.rows.evidence));
  const imports = byPosition(Object.values(doc.rows.surveyImport));
  const L = msg.listen;
  const periods = surveyPeriods(doc);
  const countOf = (importId: string) => Object.values(doc.rows.surveyResponse).filter((r) => r.importId === importId).length;

  const addEvidence = () =>
    dispatch([{ kind: 'create', entity: 'evidence', id: newId(), values: { kind: 'quote', position: nextPosition(evidence) } }]);

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.listen} heading={L.heading} lede={L.lede} />

        <section className="card" aria-labelledby="listen-surveys">
          <div className="card-head">
            <h2 id="listen-surveys">{L.surveysHeading}</h2>
            <button type="button" className="btn btn-secondary btn-small" onClick={() => setImporting(true)}>
              <FileUp size={15} aria-hidden />
              {L.importSurvey}
            </button>
          </div>
          {periods.length > 1 && (
            <div className="period-choice">
              <BoundSelect
                entity="workshop"
                id={doc.workshop.id}
                field="surveyPeriod"
                label={L.periodChoice}
                hint={L.periodHint}
                options={[
                  { value: '', label: L.latestPeriod(periods[periods.length - 1]!.label) },
                  ...periods.map((p) => ({ value: p.key, label: L.onePeriod(p.label) })),
                  { value: 'all', label: L.poolPeriods },
                ]}
              />
            </div>
          )}
          {imports.length === 0 ? (
            <p className="muted">{L.noSurveys}</p>
          ) : (
            imports.map((imp) => <ImportResults key={imp.id} doc={doc} imp={imp} count={countOf(imp.id)} onDelete={() => setDeleting(imp)} />)
          )}
        </section>

        <section className="card" aria-labelledby="listen-evidence">
          <div className="card-head">
            <h2 id="listen-evidence">{L.evidenceHeading}</h2>
            <button type="button" className="btn btn-secondary btn-small" onClick={addEvidence}>
              <Plus size={15} aria-hidden />
              {L.addEvidence}
            </button>
          </div>
          {evidence.length === 0 ? (
            <p className="muted">{L.noEvidence}</p>
          ) : (
            <ol className="evidence-list">
              {evidence.map((e, i) => (
                <EvidenceCard key={e.id} doc={doc} evidence={e} n={i + 1} />
              ))}
            </ol>
          )}
        </section>
      </div>
      <SurveyImportDialog open={importing} doc={doc} onClose={() => setImporting(false)} />
      <ConfirmDialog
        open={deleting !== null}
        title={L.deleteImportTitle}
        confirmLabel={msg.common.delete}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) dispatch([{ kind: 'delete', entity: 'surveyImport', id: deleting.id }]);
          setDeleting(null);
        }}
      >
        <p>{deleting ? L.deleteImportBody(deleting.fileName, countOf(deleting.id)) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}

function ImportResults({ imp, count, onDelete, doc }: { doc: WorkshopDoc; imp: RowOf<'surveyImport'>; count: number; onDelete(): void }) {
  const L = msg.listen;
  return (
    <div className="survey-import">
      <div className="survey-import-head">
        <span>{L.importFrom(imp.fileName, L.kindShort[imp.kind] ?? imp.kind, count, periodOf(imp).label)}</span>
        <button type="button" className="icon-btn icon-btn-danger" aria-label={L.deleteImport(imp.fileName)} onClick={onDelete}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <SurveyResultsTable doc={doc} imp={imp} />
    </div>
  );
}

function EvidenceCard({ doc, evidence: e, n }: { doc: WorkshopDoc; evidence: RowOf<'evidence'>; n: number }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const L = msg.listen;
  const links = Object.values(doc.rows.evidenceLink).filter((l) => l.evidenceId === e.id);
  const personas = byPosition(Object.values(doc.rows.persona));
  const bind = { entity: 'evidence' as const, id: e.id };

  const toggle = (field: 'personaId' | 'touchpointId', targetId: string, on: boolean) => {
    const existing = links.find((l) => l[field] === targetId);
    if (on && !existing) dispatch([{ kind: 'create', entity: 'evidenceLink', id: newId(), values: { evidenceId: e.id, [field]: targetId } }]);
    if (!on && existing) dispatch([{ kind: 'delete', entity: 'evidenceLink', id: existing.id }]);
  };

  return (
    <li className="evidence-card" aria-label={L.evidenceLabel(n)}>
      <div className="evidence-top">
        <BoundSelect {...bind} field="kind" label={L.kind} options={EVIDENCE_KINDS.map((k) => ({ value: k, label: L.kinds[k] ?? k }))} />
        <BoundText {...bind} field="source" label={L.source} placeholder={L.sourcePlaceholder} />
        <BoundDate {...bind} field="collectedOn" label={L.date} />
        <button type="button" className="icon-btn icon-btn-danger evidence-delete" aria-label={L.deleteEvidence(n)} onClick={() => dispatch([{ kind: 'delete', entity: 'evidence', id: e.id }])}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <BoundText {...bind} field="text" label={L.text} multiline rows={2} />
      {personas.length > 0 && (
        <fieldset className="chips">
          <legend className="field-label">{L.personas}</legend>
          {personas.map((p) => {
            const on = links.some((l) => l.personaId === p.id);
            return (
              <label key={p.id} className={`chip${on ? ' is-on' : ''}`}>
                <input type="checkbox" checked={on} onChange={(ev) => toggle('personaId', p.id, ev.target.checked)} />
                {p.name || msg.personas.unnamed}
              </label>
            );
          })}
        </fieldset>
      )}
      <TouchpointLinks doc={doc} linked={links.flatMap((l) => (l.touchpointId ? [l.touchpointId] : []))} n={n} onToggle={(id, on) => toggle('touchpointId', id, on)} />
    </li>
  );
}

/**
 * The touchpoints a piece of evidence is about: the linked ones as chips that unlink, and a
 * searchable list to link another (a map can have dozens of touchpoints; chips for all of them
 * would bury the card).
 */
function TouchpointLinks({ doc, linked, n, onToggle }: { doc: WorkshopDoc; linked: string[]; n: number; onToggle(id: string, on: boolean): void }) {
  const L = msg.listen;
  const [query, setQuery] = useState('');
  const journeys = byPosition(Object.values(doc.rows.journey));
  const options = journeys.flatMap((j) =>
    journeyTouchpoints(doc.rows, j.id).map((t) => ({
      id: t.id,
      label: [journeys.length > 1 ? j.name : '', `${doc.rows.stage[t.stageId]?.name ?? ''} → ${t.name}`].filter(Boolean).join(' · '),
    })),
  );
  if (options.length === 0) return null;
  const listId = `evidence-${n}-touchpoints`;
  const link = () => {
    const wanted = query.trim().toLowerCase();
    const hit = options.find((o) => o.label.toLowerCase() === wanted) ?? options.find((o) => !linked.includes(o.id) && o.label.toLowerCase().includes(wanted));
    if (!wanted || !hit) return;
    if (!linked.includes(hit.id)) onToggle(hit.id, true);
    setQuery('');
  };
  return (
    <div className="evidence-links">
      <span className="field-label">{L.touchpoints}</span>
      {linked.length > 0 && (
        <ul className="chips linked-chips" aria-label={L.linkedTouchpoints(n)}>
          {linked.map((id) => {
            const label = options.find((o) => o.id === id)?.label ?? doc.rows.touchpoint[id]?.name ?? '';
            return (
              <li key={id} className="chip is-on">
                {label}
                <button type="button" className="chip-remove" aria-label={L.unlinkTouchpoint(label)} onClick={() => onToggle(id, false)}>
                  <X size={13} aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="link-picker">
        <input
          className="input"
          type="search"
          list={listId}
          value={query}
          aria-label={L.linkTouchpoint(n)}
          placeholder={L.linkTouchpointPlaceholder}
          onChange={(e) => {
            const v = e.target.value;
            setQuery(v);
            // Choosing from the list links at once.
            const exact = options.find((o) => o.label === v);
            if (exact && !linked.includes(exact.id)) {
              onToggle(exact.id, true);
              setQuery('');
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              link();
            }
          }}
        />
        <datalist id={listId}>
          {options
            .filter((o) => !linked.includes(o.id))
            .map((o) => (
              <option key={o.id} value={o.label} />
            ))}
        </datalist>
      </div>
    </div>
  );
}
