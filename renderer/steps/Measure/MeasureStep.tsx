/**
 * Step: Measure. The measurement plan: for a touchpoint or a stage, which metric, how it is
 * collected, today's baseline, the target and when to look again. Survey results imported in the
 * Listen step are offered as baselines (one click copies them, so the plan keeps a fixed number
 * even when more answers arrive later).
 */
import { Plus, Trash2 } from 'lucide-react';
import { localDay } from '../../../shared/domain/dates';
import { formatReading, metricName, metricStatus, progressText, surveyResult, type MetricStatus } from '../../../shared/domain/measure';
import { formatMetric } from '../../../shared/domain/metrics';
import { stagesOf, touchpointsOf } from '../../../shared/domain/journey';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, nextPosition } from '../../../shared/model/positions';
import { COLLECTION_METHODS, METRIC_KINDS } from '../../../shared/model/vocab';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundDate, BoundInlineText, BoundNumber, BoundText } from '../../ui/bound';
import { Labeled } from '../../ui/Labeled';
import { SelectField } from '../../ui/SelectField';
import { StepHeader } from '../../ui/StepHeader';

type Metric = RowOf<'metric'>;

/** The select's value for a metric's place: "tp:<id>", "st:<id>" or "" for the whole experience. */
const placeValue = (m: Metric) => (m.touchpointId ? `tp:${m.touchpointId}` : m.stageId ? `st:${m.stageId}` : '');

function placePatch(value: string): Pick<Metric, 'touchpointId' | 'stageId'> {
  if (value.startsWith('tp:')) return { touchpointId: value.slice(3), stageId: null };
  if (value.startsWith('st:')) return { touchpointId: null, stageId: value.slice(3) };
  return { touchpointId: null, stageId: null };
}

export function MeasureStep({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const M = msg.measure;
  const metrics = byPosition(Object.values(doc.rows.metric));
  const add = () => dispatch([{ kind: 'create', entity: 'metric', id: newId(), values: { kind: 'csat', method: 'survey', position: nextPosition(metrics) } }]);
  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.measure} heading={M.heading} lede={M.lede}>
          <button type="button" className="btn btn-primary" onClick={add}>
            <Plus size={18} aria-hidden />
            {M.add}
          </button>
        </StepHeader>
        {metrics.length === 0 ? (
          <p className="empty">{M.none}</p>
        ) : (
          <ol className="action-list">
            {metrics.map((m, i) => (
              <MetricCard key={m.id} doc={doc} metric={m} n={i + 1} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function MetricCard({ doc, metric: m, n }: { doc: WorkshopDoc; metric: Metric; n: number }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const M = msg.measure;
  const F = M.fields;
  const set = (patch: Partial<Metric>) => dispatch([{ kind: 'update', entity: 'metric', id: m.id, patch }]);
  const name = metricName(m);
  const measured = surveyResult(doc, m);
  const status = metricStatus(doc, m, localDay());
  const aiming = Object.values(doc.rows.action).filter((a) => a.metricId === m.id).length;
  const journeys = byPosition(Object.values(doc.rows.journey));
  return (
    <li className="card action-card metric-card" aria-label={M.rowLabel(n, name)}>
      <div className="action-head">
        <h2 className="metric-name">{name}</h2>
        <span className="muted">{M.moves(aiming)}</span>
        <button type="button" className="icon-btn icon-btn-danger" aria-label={M.deleteOf(name)} onClick={() => dispatch([{ kind: 'delete', entity: 'metric', id: m.id }])}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <div className="action-fields">
        <Labeled className="inline-label metric-place" label={F.target}>
          {(id) => (
            <select id={id} className="input select" value={placeValue(m)} onChange={(e) => set(placePatch(e.target.value))}>
              <option value="">{M.wholeWorkshop}</option>
              {journeys.map((j) => (
                <optgroup key={j.id} label={j.name}>
                  {stagesOf(doc.rows, j.id).flatMap((s) => [
                    <option key={s.id} value={`st:${s.id}`}>
                      {M.stageOption(s.name)}
                    </option>,
                    ...touchpointsOf(doc.rows, s.id).map((t) => (
                      <option key={t.id} value={`tp:${t.id}`}>
                        {M.touchpointOption(s.name, t.name)}
                      </option>
                    )),
                  ])}
                </optgroup>
              ))}
            </select>
          )}
        </Labeled>
        <SelectField label={F.kind} value={m.kind} options={METRIC_KINDS.map((k) => ({ value: k, label: M.kinds[k] ?? k }))} onChange={(kind) => set({ kind })} />
        {m.kind === 'custom' && (
          <label className="inline-label">
            <span>{F.customName}</span>
            <BoundInlineText entity="metric" id={m.id} field="customName" ariaLabel={`${F.customName} ${n}`} placeholder={M.customNeedsName} />
          </label>
        )}
        <SelectField
          label={F.method}
          value={m.method ?? ''}
          options={[{ value: '', label: msg.common.notSet }, ...COLLECTION_METHODS.map((k) => ({ value: k, label: M.methods[k] ?? k }))]}
          onChange={(method) => set({ method: method || null })}
        />
      </div>
      <div className="action-fields metric-values">
        <BoundNumber entity="metric" id={m.id} field="baseline" label={F.baseline} />
        <BoundText entity="metric" id={m.id} field="baselinePeriod" label={F.baselinePeriod} placeholder={M.periodHint} className="metric-period" />
        {status.current.fromSurvey ? (
          <div className="field metric-now-survey">
            <span className="field-label">{F.current}</span>
            <output className="metric-now" aria-label={M.currentFromSurveyOf(name)}>
              {formatReading(status.current, m.unit)}
            </output>
          </div>
        ) : (
          <>
            <BoundNumber entity="metric" id={m.id} field="current" label={F.current} />
            <BoundText entity="metric" id={m.id} field="currentPeriod" label={F.currentPeriod} placeholder={M.periodHint} className="metric-period" />
          </>
        )}
        <BoundNumber entity="metric" id={m.id} field="target" label={F.targetValue} />
        <label className="inline-label metric-unit">
          <span>{F.unit}</span>
          <BoundInlineText entity="metric" id={m.id} field="unit" ariaLabel={`${F.unit} ${n}`} />
        </label>
        <BoundDate entity="metric" id={m.id} field="reviewDate" label={F.reviewDate} />
      </div>
      <MetricProgress name={name} status={status} />
      {measured && status.current.fromSurvey && <p className="metric-survey muted">{M.currentFromSurvey(formatMetric(measured), measured.count, measured.period ?? '')}</p>}
      {measured && !status.current.fromSurvey && (
        <p className="metric-survey">
          <span>{M.surveyBaseline(formatMetric(measured), measured.count, measured.period ?? '')}</span>
          {(m.baseline !== measured.score || m.baselinePeriod !== (measured.period ?? '')) && (
            <button
              type="button"
              className="btn btn-secondary btn-small"
              aria-label={M.useSurveyBaselineOf(formatMetric(measured))}
              onClick={() => set({ baseline: measured.score, baselinePeriod: measured.period ?? '', unit: m.kind === 'csat' ? '%' : m.unit })}
            >
              {M.useSurveyBaseline}
            </button>
          )}
        </p>
      )}
    </li>
  );
}

/** How far the metric has come: a bar from baseline to target, and the flags a review looks for. */
function MetricProgress({ name, status }: { name: string; status: MetricStatus }) {
  const text = progressText(status);
  if (!text) return null;
  const share = status.progress === null ? null : Math.max(0, Math.min(1, status.progress));
  return (
    <div className={`metric-progress${status.met ? ' is-met' : status.reviewPassed ? ' is-late' : ''}`}>
      {share !== null && (
        <span className="metric-bar" role="progressbar" aria-label={msg.measure.progressLabel(name)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
          <span style={{ width: `${share * 100}%` }} />
        </span>
      )}
      <span className="metric-progress-text">{text}</span>
    </div>
  );
}
