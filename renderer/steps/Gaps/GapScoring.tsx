/** Scoring gaps touchpoint by touchpoint: intended vs actual, what it concerns, how bad, how often. */
import { termLabel } from '../../../shared/domain/vocabulary';
import { Labeled } from '../../ui/Labeled';
import { Plus, Star, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { gapViews, measuredAt, type GapView } from '../../../shared/domain/gaps';
import { journeyTouchpoints, stagesOf } from '../../../shared/domain/journey';
import { asActualScore, formatMetric } from '../../../shared/domain/metrics';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { nextPosition } from '../../../shared/model/positions';
import { EMOTIONAL_DRIVERS, GAP_COMPONENTS } from '../../../shared/model/vocab';
import { evidenceFor } from '../../../shared/domain/evidence';
import { EvidenceItem } from '../../ui/EvidenceItem';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundText } from '../../ui/bound';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { heatColor } from '../../ui/heat';

const ONE_TO_FIVE = [1, 2, 3, 4, 5];

export function GapScoring({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const views = gapViews(doc, journeyId);
  return (
    <div className="gap-scoring">
      {stagesOf(doc.rows, journeyId).map((stage) => {
        const tps = journeyTouchpoints(doc.rows, journeyId).filter((t) => t.stageId === stage.id);
        if (tps.length === 0) return null;
        return (
          <section key={stage.id} className="gap-stage" aria-label={stage.name}>
            <h2>{stage.name}</h2>
            {tps.map((t) => (
              <TouchpointGaps key={t.id} doc={doc} touchpoint={t} views={views.filter((v) => v.touchpoint.id === t.id)} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function TouchpointGaps({ doc, touchpoint: t, views }: { doc: WorkshopDoc; touchpoint: RowOf<'touchpoint'>; views: GapView[] }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const G = msg.gaps;
  const measured = measuredAt(doc, t.id);
  const evidence = evidenceFor(doc, { touchpointId: t.id });

  const add = () =>
    dispatch([
      {
        kind: 'create',
        entity: 'gap',
        id: newId(),
        values: { touchpointId: t.id, title: t.name, position: nextPosition(views.map((v) => v.gap)), actualSource: measured?.kind === 'ces' || measured?.kind === 'csat' ? measured.kind : 'manual' },
      },
    ]);

  return (
    <article className="card gap-touchpoint" aria-label={t.name}>
      <header className="gap-touchpoint-head">
        <div>
          <h3>{t.name}</h3>
          <p className="muted">
            {[termLabel('channel', t.channel), termLabel('team', t.team), measured && G.measured(formatMetric(measured), measured.count, measured.period ?? '')].filter(Boolean).join(' · ')}
          </p>
        </div>
        {t.momentOfTruth && (
          <span className="badge badge-accent">
            <Star size={12} aria-hidden /> {G.momentOfTruth}
          </span>
        )}
      </header>
      {evidence.length > 0 && (
        <ul className="gap-evidence" aria-label={G.evidence}>
          {evidence.map((e) => (
            <EvidenceItem key={e.id} doc={doc} evidence={e} />
          ))}
        </ul>
      )}
      {views.length === 0 && <p className="muted">{G.noGaps}</p>}
      {views.map((v) => (
        <GapForm key={v.gap.id} view={v} measured={measured} />
      ))}
      <button type="button" className="btn btn-ghost btn-small" onClick={add}>
        <Plus size={15} aria-hidden />
        {G.addGap(t.name)}
      </button>
    </article>
  );
}

function ScoreSelect(props: { label: string; value: number | null; onChange(v: number | null): void; disabled?: boolean }) {
  return (
    <Labeled className="field score-field" labelClassName="field-label" label={props.label}>
      {(id) => (
        <select id={id}
          className="input select"
          value={props.value === null ? '' : String(props.value)}
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{msg.gaps.notScored}</option>
          {ONE_TO_FIVE.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}

function GapForm({ view, measured }: { view: GapView; measured: ReturnType<typeof measuredAt> }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const G = msg.gaps;
  const g = view.gap;
  const bind = { entity: 'gap' as const, id: g.id };
  const set = (patch: Record<string, unknown>) => dispatch([{ kind: 'update', entity: 'gap', id: g.id, patch }]);
  const usesMeasure = g.actualSource !== 'manual';
  const canMeasure = measured && (measured.kind === 'csat' || measured.kind === 'ces');
  const heat = view.size === null ? null : heatColor(view.size);
  const [deleting, setDeleting] = useState(false);
  const name = g.title.trim() || view.touchpoint.name;

  return (
    <div className="gap-form">
      <ConfirmDialog
        open={deleting}
        title={G.deleteTitle}
        confirmLabel={G.deleteConfirm}
        onClose={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          dispatch([{ kind: 'delete', entity: 'gap', id: g.id }]);
        }}
      >
        <p>{G.deleteBody(name, view.touchpoint.name)}</p>
      </ConfirmDialog>
      <div className="gap-form-head">
        <BoundText {...bind} field="title" label={G.gapTitle} />
        <span className="gap-size" style={heat ? { background: heat.fill, color: heat.text } : undefined} aria-live="polite">
          {G.sizeValue(view.size)}
        </span>
        <button type="button" className="icon-btn icon-btn-danger" aria-label={G.deleteGap(view.touchpoint.name)} onClick={() => setDeleting(true)}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <div className="gap-compare">
        <div>
          <BoundText {...bind} field="intended" label={G.intended} multiline rows={2} />
          <ScoreSelect label={G.intendedScore} value={g.intendedScore} onChange={(v) => set({ intendedScore: v })} />
        </div>
        <div>
          <BoundText {...bind} field="actual" label={G.actual} multiline rows={2} />
          <div className="actual-row">
            {usesMeasure && view.actual !== null ? (
              // The exact score the gap is sized with, not a rounded stand-in.
              <div className="field score-field">
                <span className="field-label" id={`measured-${g.id}`}>
                  {G.measuredScore}
                </span>
                <output className="measured-score" aria-labelledby={`measured-${g.id}`} title={G.measuredHint}>
                  {view.actual}
                </output>
              </div>
            ) : (
              <ScoreSelect label={G.actualScore} value={g.actualScore} onChange={(v) => set({ actualScore: v })} />
            )}
            {canMeasure && (
              <label className="checkbox">
                <input type="checkbox" checked={usesMeasure} onChange={(e) => set({ actualSource: e.target.checked ? measured!.kind : 'manual' })} />
                {G.useMeasured(formatMetric(measured!), asActualScore(measured!))}
              </label>
            )}
          </div>
        </div>
      </div>
      <div className="grid-4">
        <Labeled className="field" labelClassName="field-label" label={G.component}>
          {(id) => (
            <select id={id} className="input select" value={g.component ?? ''} onChange={(e) => set({ component: e.target.value || null })}>
              <option value="">{G.notScored}</option>
              {GAP_COMPONENTS.map((c) => (
                <option key={c} value={c}>
                  {G.components[c]}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <Labeled className="field" labelClassName="field-label" label={G.driver}>
          {(id) => (
            <select id={id} className="input select" value={g.driver ?? ''} onChange={(e) => set({ driver: e.target.value || null })}>
              <option value="">{G.notScored}</option>
              {EMOTIONAL_DRIVERS.map((d) => (
                <option key={d} value={d}>
                  {G.drivers[d]}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <ScoreSelect label={G.severity} value={g.severity} onChange={(v) => set({ severity: v })} />
        <ScoreSelect label={G.frequency} value={g.frequency} onChange={(v) => set({ frequency: v })} />
      </div>
    </div>
  );
}
