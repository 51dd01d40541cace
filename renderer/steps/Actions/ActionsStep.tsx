/**
 * Step: Actions. Owned actions made from gaps (or on their own): a list that filters, sorts and
 * groups with inline editing, the gaps no action closes yet, and an impact/effort matrix.
 */
import { termLabel } from '../../../shared/domain/vocabulary';
import { FileDown, Plus, Sparkles, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { gapsWithoutAction } from '../../../shared/domain/actions';
import { gapViews, type GapView } from '../../../shared/domain/gaps';
import type { RowOf } from '../../../shared/model/entities';
import type { TypedOp, WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, moveTo, nextPosition } from '../../../shared/model/positions';
import { ACTION_STATUSES } from '../../../shared/model/vocab';
import { msg } from '../../../shared/strings';
import { call } from '../../api/client';
import { saveExport } from '../../export/run-export';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundDate, BoundInlineText } from '../../ui/bound';
import { localDay } from '../../../shared/domain/dates';
import { metricRows, type MetricRow } from '../../../shared/domain/measure';
import { SelectField, TeamField } from '../../ui/SelectField';
import { ActionMatrix } from './ActionMatrix';
import { StepHeader } from '../../ui/StepHeader';
import { MoveButtons } from '../../ui/MoveButtons';

type Action = RowOf<'action'>;
const GROUPS = ['none', 'owner', 'team', 'status', 'stage'] as const;
const SORTS = ['position', 'priority', 'due', 'impact'] as const;

/** Every gap of every journey, with its priority, keyed by id. */
function allGapViews(doc: WorkshopDoc): Map<string, GapView> {
  return new Map(Object.keys(doc.rows.journey).flatMap((j) => gapViews(doc, j).map((v) => [v.gap.id, v] as const)));
}

export function ActionsStep({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const A = msg.actions;
  const [view, setView] = useState<'list' | 'matrix'>('list');
  const [status, setStatus] = useState('');
  const [owner, setOwner] = useState('');
  const [team, setTeam] = useState('');
  const [stage, setStage] = useState('');
  const [group, setGroup] = useState<(typeof GROUPS)[number]>('none');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('position');
  const gaps = allGapViews(doc);
  const metrics = metricRows(doc, localDay());
  const actions = byPosition(Object.values(doc.rows.action));
  const links = Object.values(doc.rows.actionGap);
  const gapsOf = (a: Action) => links.filter((l) => l.actionId === a.id).map((l) => gaps.get(l.gapId)).filter((g): g is GapView => !!g);
  const priorityOf = (a: Action) => Math.max(-1, ...gapsOf(a).map((g) => g.priority ?? -1));

  const create = (gap?: GapView) => {
    const id = newId();
    const ops: TypedOp[] = [
      {
        kind: 'create',
        entity: 'action',
        id,
        values: { title: gap ? (gap.gap.title || gap.touchpoint.name).slice(0, 200) : A.newTitle, team: gap ? termLabel('team', gap.touchpoint.team) : '', position: nextPosition(actions) },
      },
    ];
    if (gap) ops.push({ kind: 'create', entity: 'actionGap', id: newId(), values: { actionId: id, gapId: gap.gap.id } });
    dispatch(ops);
    setView('list');
    setFocusId(id);
  };

  // A new action's title takes the focus, so the next keys name it (not a dozen Tab presses away).
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    const field = document.getElementById(`action-${focusId}`)?.querySelector<HTMLElement>('input, textarea');
    if (!field) return;
    field.focus();
    field.scrollIntoView({ block: 'center' });
    setFocusId(null);
  });

  // The file is made by main from what is stored, so it always matches the disk.
  const exportList = (format: 'csv' | 'markdown' | 'xlsx' | 'pdf') => void saveExport(() => call('exportActionList', { workshopId: doc.workshop.id, format }));

  const owners = [...new Set(actions.map((a) => a.owner.trim()).filter(Boolean))].sort();
  const stageOf = (a: Action) => gapsOf(a)[0]?.stage;
  const teams = [...new Set(actions.map((a) => a.team).filter((t): t is NonNullable<Action['team']> => !!t))];
  const stages = [...new Map(actions.map(stageOf).filter((st) => !!st).map((st) => [st!.id, st!])).values()];
  let shown = actions.filter(
    (a) => (!status || a.status === status) && (!owner || a.owner.trim() === owner) && (!team || a.team === team) && (!stage || stageOf(a)?.id === stage),
  );
  if (sort === 'priority') shown = [...shown].sort((a, b) => priorityOf(b) - priorityOf(a));
  if (sort === 'due') shown = [...shown].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  if (sort === 'impact') shown = [...shown].sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0));
  const groupOf = (a: Action): string => {
    if (group === 'owner') return a.owner.trim() || A.noOwner;
    if (group === 'team') return a.team ? termLabel('team', a.team) : msg.common.notSet;
    if (group === 'status') return A.statuses[a.status] ?? a.status;
    if (group === 'stage') return stageOf(a)?.name ?? A.noStage;
    return '';
  };
  const ordered = sort === 'position' && group === 'none' && shown.length === actions.length;
  const grouped = new Map<string, Action[]>();
  for (const a of shown) grouped.set(groupOf(a), [...(grouped.get(groupOf(a)) ?? []), a]);
  const uncovered = gapsWithoutAction(doc)
    .map((g) => gaps.get(g.id))
    .filter((g): g is GapView => !!g)
    .sort((a, b) => (b.priority ?? -1) - (a.priority ?? -1));

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.actions} heading={A.heading} lede={A.lede}>
          <button type="button" className="btn btn-primary" onClick={() => create()}>
            <Plus size={18} aria-hidden />
            {A.add}
          </button>
        </StepHeader>

        <section className="card" aria-labelledby="uncovered-gaps">
          <h2 id="uncovered-gaps">{A.uncovered}</h2>
          {uncovered.length === 0 ? (
            <p className="muted">{gaps.size ? A.allCovered : msg.gaps.voting.noGaps}</p>
          ) : (
            <ul className="uncovered">
              {uncovered.map((g) => (
                <li key={g.gap.id}>
                  <span>
                    <strong>{g.gap.title || g.touchpoint.name}</strong>
                    <span className="muted">
                      {' '}
                      · {g.stage?.name} · {msg.gaps.sizeValue(g.size)}
                      {g.priority !== null ? ` · ${msg.gaps.columns.priority} ${g.priority}` : ''}
                    </span>
                  </span>
                  <button type="button" className="btn btn-secondary btn-small" onClick={() => create(g)}>
                    <Plus size={14} aria-hidden />
                    {A.fromGap(g.gap.title || g.touchpoint.name)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <div className="journey-bar" role="group" aria-label={A.listControls}>
          <div className="segmented" role="radiogroup" aria-label={A.viewLabel}>
            {(['list', 'matrix'] as const).map((v) => (
              <label key={v} className={`segment${view === v ? ' is-on' : ''}`}>
                <input type="radio" name="actions-view" checked={view === v} onChange={() => setView(v)} />
                {v === 'list' ? A.list : A.matrix}
              </label>
            ))}
          </div>
          {view === 'list' && (
            <>
              <SelectField label={A.filterStatus} value={status} onChange={setStatus} options={[{ value: '', label: A.all }, ...ACTION_STATUSES.map((s) => ({ value: s, label: A.statuses[s] ?? s }))]} />
              <SelectField label={A.filterOwner} value={owner} onChange={setOwner} options={[{ value: '', label: A.all }, ...owners.map((o) => ({ value: o, label: o }))]} />
              <SelectField label={A.filterTeam} value={team} onChange={setTeam} options={[{ value: '', label: A.all }, ...teams.map((t) => ({ value: t, label: termLabel('team', t) }))]} />
              <SelectField label={A.filterStage} value={stage} onChange={setStage} options={[{ value: '', label: A.all }, ...stages.map((st) => ({ value: st.id, label: st.name }))]} />
              <SelectField<(typeof GROUPS)[number]> label={A.groupBy} value={group} onChange={setGroup} options={GROUPS.map((g) => ({ value: g, label: A.groups[g] ?? g }))} />
              <SelectField<(typeof SORTS)[number]> label={A.sortBy} value={sort} onChange={setSort} options={SORTS.map((s) => ({ value: s, label: A.sorts[s] ?? s }))} />
            </>
          )}
          {actions.length > 0 && (
            <div className="export-buttons" role="group" aria-label={A.exportLabel}>
              {(['xlsx', 'pdf', 'csv', 'markdown'] as const).map((f) => (
                <button key={f} type="button" className="btn btn-secondary btn-small" aria-label={A.exportAsLabel(A.exportAs[f])} onClick={() => exportList(f)}>
                  <FileDown size={15} aria-hidden />
                  {A.exportAs[f]}
                </button>
              ))}
            </div>
          )}
        </div>

        {view === 'matrix' ? (
          <ActionMatrix doc={doc} />
        ) : actions.length === 0 ? (
          <p className="empty">{A.none}</p>
        ) : (
          [...grouped].map(([name, list]) => (
            <section key={name || 'all'} className="action-group" aria-label={name || A.list}>
              {name && <h2>{name}</h2>}
              <ol className="action-list">
                {list.map((a) => (
                  <ActionCard
                    key={a.id}
                    doc={doc}
                    action={a}
                    n={actions.indexOf(a) + 1}
                    gaps={gaps}
                    metrics={metrics}
                    // The order added is the order the room agreed; it can be changed only where it is shown whole.
                    order={ordered ? { index: actions.indexOf(a), count: actions.length, move: (to) => dispatch(reorderActionOps(actions, a.id, to)) } : undefined}
                  />
                ))}
              </ol>
            </section>
          ))
        )}
      </div>
    </div>
  );
}

function reorderActionOps(actions: readonly Action[], id: string, to: number): TypedOp[] {
  return moveTo(actions, id, to).map(({ id: rowId, position }) => ({ kind: 'update' as const, entity: 'action' as const, id: rowId, patch: { position } }));
}

function ActionCard({ doc, action: a, n, gaps, metrics, order }: {
  doc: WorkshopDoc;
  action: Action;
  n: number;
  gaps: Map<string, GapView>;
  metrics: readonly MetricRow[];
  order?: { index: number; count: number; move(to: number): void };
}) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const A = msg.actions;
  const F = A.fields;
  const set = (patch: Record<string, unknown>) => dispatch([{ kind: 'update', entity: 'action', id: a.id, patch }]);
  const linked = new Map(Object.values(doc.rows.actionGap).filter((l) => l.actionId === a.id).map((l) => [l.gapId, l.id]));
  const scoreOptions = [{ value: '', label: msg.gaps.notScored }, ...[1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: String(v) }))];
  const score = (field: 'impact' | 'effort', label: string) => (
    <SelectField label={label} value={a[field] === null ? '' : String(a[field])} options={scoreOptions} onChange={(v) => set({ [field]: v === '' ? null : Number(v) })} />
  );
  return (
    <li id={`action-${a.id}`} className={`card action-card status-${a.status}`} aria-label={A.rowLabel(n, a.title)}>
      <div className="action-head">
        <BoundInlineText entity="action" id={a.id} field="title" ariaLabel={`${F.title} ${n}`} />
        {a.wow && (
          <span className="badge badge-accent">
            <Sparkles size={12} aria-hidden /> {F.wow}
          </span>
        )}
        {order && <MoveButtons axis="vertical" index={order.index} count={order.count} earlierLabel={A.moveEarlier(a.title)} laterLabel={A.moveLater(a.title)} onMove={order.move} />}
        <button type="button" className="icon-btn icon-btn-danger" aria-label={A.deleteOf(a.title)} onClick={() => dispatch([{ kind: 'delete', entity: 'action', id: a.id }])}>
          <Trash2 size={16} aria-hidden />
        </button>
      </div>
      <div className="action-fields">
        <label className="inline-label">
          <span>{F.owner}</span>
          <BoundInlineText entity="action" id={a.id} field="owner" ariaLabel={`${F.owner} ${n}`} />
        </label>
        <TeamField doc={doc} label={F.team} value={a.team} choose={(team) => [{ kind: 'update', entity: 'action', id: a.id, patch: { team } }]} />
        <BoundDate entity="action" id={a.id} field="dueDate" label={F.dueDate} />
        <SelectField label={F.status} value={a.status} options={ACTION_STATUSES.map((st) => ({ value: st, label: A.statuses[st] ?? st }))} onChange={(status) => set({ status })} />
        {score('impact', F.impact)}
        {score('effort', F.effort)}
        <label className="checkbox">
          <input type="checkbox" checked={a.wow} onChange={(e) => set({ wow: e.target.checked })} />
          {F.wow}
        </label>
        <SelectField
          className="inline-label action-metric"
          label={F.metric}
          value={a.metricId ?? ''}
          options={[{ value: '', label: A.noMetric }, ...metrics.map((m) => ({ value: m.id, label: `${m.name} · ${m.place}` }))]}
          onChange={(id) => set({ metricId: id || null })}
        />
      </div>
      <label className="inline-label action-description">
        <span>{F.description}</span>
        <BoundInlineText entity="action" id={a.id} field="description" multiline ariaLabel={`${F.description} ${n}`} placeholder={A.descriptionPlaceholder} />
      </label>
      {gaps.size > 0 && (
        <fieldset className="chips">
          <legend className="field-label">{F.gaps}</legend>
          {[...gaps.values()].map((g) => {
            const name = g.gap.title || g.touchpoint.name;
            const on = linked.has(g.gap.id);
            return (
              <label key={g.gap.id} className={`chip${on ? ' is-on' : ''}`}>
                <input
                  type="checkbox"
                  checked={on}
                  aria-label={A.linkGap(name)}
                  onChange={(e) =>
                    dispatch(
                      e.target.checked
                        ? [{ kind: 'create', entity: 'actionGap', id: newId(), values: { actionId: a.id, gapId: g.gap.id } }]
                        : [{ kind: 'delete', entity: 'actionGap', id: linked.get(g.gap.id)! }],
                    )
                  }
                />
                {name}
              </label>
            );
          })}
        </fieldset>
      )}
    </li>
  );
}
