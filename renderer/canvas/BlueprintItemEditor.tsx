/** Editing a blueprint item in place: what happens, who, when (or the SLA), how, which team, and
 * which touchpoint it serves. Real form controls laid over the canvas. */
import { Labeled } from '../ui/Labeled';
import { TeamField } from '../ui/SelectField';
import { Trash2 } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { touchpointsOf } from '../../shared/domain/journey';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { useWorkshop } from '../store/workshop';
import type { BlueprintLayout } from '../../shared/layout/blueprint-layout';

export function BlueprintItemEditor(props: {
  doc: WorkshopDoc;
  journeyId: string;
  layout: BlueprintLayout;
  itemId: string;
  zoom: number;
  pan: { x: number; y: number };
  onDone(): void;
}) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const item = props.doc.rows.blueprintItem[props.itemId];
  const box = props.layout.items.find((b) => b.id === props.itemId);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  if (!item || !box) return null;
  const I = msg.blueprint.item;
  const update = (patch: Record<string, unknown>, field?: string) =>
    dispatch([{ kind: 'update', entity: 'blueprintItem', id: item.id, patch }], field ? { mergeKey: `blueprintItem:${item.id}:${field}` } : undefined);
  const text = (field: 'text' | 'role' | 'timing' | 'how', label: string, multiline = false) => (
    <label className="field">
      <span className="field-label">{label}</span>
      {multiline ? (
        <textarea ref={field === 'text' ? ref : undefined} className="input textarea textarea-compact" defaultValue={item[field]} maxLength={2000} onChange={(e) => update({ [field]: e.target.value }, field)} />
      ) : (
        <input className="input" defaultValue={item[field]} maxLength={200} onChange={(e) => update({ [field]: e.target.value }, field)} />
      )}
    </label>
  );
  const left = Math.max(8, box.x * props.zoom + props.pan.x);
  const top = Math.max(8, (box.y + box.height) * props.zoom + props.pan.y + 6);
  return (
    <div
      className="map-popover map-popover-wide"
      role="dialog"
      aria-label={I.title}
      style={{ left, top }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onDone();
      }}
    >
      {text('text', I.text, true)}
      <div className="grid-2">
        {text('role', I.role)}
        {text('timing', I.timing)}
      </div>
      {text('how', I.how, true)}
      <div className="grid-2">
        <TeamField doc={props.doc} className="field" labelClassName="field-label" label={I.team} value={item.team} choose={(team) => [{ kind: 'update', entity: 'blueprintItem', id: item.id, patch: { team } }]} />
        <Labeled className="field" labelClassName="field-label" label={I.touchpoint}>
          {(id) => (
            <select id={id} className="input select" value={item.touchpointId ?? ''} onChange={(e) => update({ touchpointId: e.target.value || null })}>
              <option value="">{I.noTouchpoint}</option>
              {touchpointsOf(props.doc.rows, item.stageId).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          )}
        </Labeled>
      </div>
      <div className="map-popover-actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            dispatch([{ kind: 'delete', entity: 'blueprintItem', id: item.id }]);
            props.onDone();
          }}
        >
          <Trash2 size={15} aria-hidden />
          {I.delete}
        </button>
        <button type="button" className="btn btn-primary btn-small" onClick={props.onDone}>
          {msg.common.close}
        </button>
      </div>
    </div>
  );
}
