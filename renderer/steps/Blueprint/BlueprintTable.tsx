/** The service blueprint as a table: layers as rows, stages as columns, every item editable by
 * keyboard and screen reader. The same rows as the canvas. */
import { Plus, Trash2 } from 'lucide-react';
import { itemsIn, newItemOp } from '../../../shared/domain/blueprint';
import { stagesOf, touchpointsOf } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { BLUEPRINT_LAYERS } from '../../../shared/model/vocab';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundInlineText } from '../../ui/bound';

export function BlueprintTable({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const stages = stagesOf(doc.rows, journeyId);
  const B = msg.blueprint;
  const T = B.table;
  return (
    <div className="journey-table-wrap">
      <table className="journey-table">
        <caption>{T.caption(doc.rows.journey[journeyId]?.name ?? '')}</caption>
        <thead>
          <tr>
            <th scope="col" className="lane-col">
              {msg.journey.table.stage}
            </th>
            {stages.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="lane-col">
              {B.touchpointsRow}
            </th>
            {stages.map((s) => (
              <td key={s.id}>
                <ul className="plain-list">
                  {touchpointsOf(doc.rows, s.id).map((t) => (
                    <li key={t.id}>{t.name}</li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
          {BLUEPRINT_LAYERS.map((layer) => {
            const layerName = B.layers[layer] ?? layer;
            return (
              <tr key={layer}>
                <th scope="row" className="lane-col">
                  {layerName}
                </th>
                {stages.map((s) => {
                  const items = itemsIn(doc.rows, s.id, layer);
                  return (
                    <td key={s.id}>
                      <div className="cell-stack">
                        {items.map((b, i) => (
                          <div key={b.id} className={`table-item layer-${layer}`}>
                            <BoundInlineText entity="blueprintItem" id={b.id} field="text" multiline ariaLabel={T.itemLabel(layerName, s.name, i + 1)} />
                            <BoundInlineText entity="blueprintItem" id={b.id} field="role" ariaLabel={`${B.item.role}: ${T.itemLabel(layerName, s.name, i + 1)}`} placeholder={B.item.role} />
                            <BoundInlineText entity="blueprintItem" id={b.id} field="timing" ariaLabel={`${B.item.timing}: ${T.itemLabel(layerName, s.name, i + 1)}`} placeholder={B.item.timing} />
                            <div className="table-note-tools">
                              <select
                                className="input select select-compact"
                                aria-label={`${B.item.touchpoint}: ${T.itemLabel(layerName, s.name, i + 1)}`}
                                value={b.touchpointId ?? ''}
                                onChange={(e) => dispatch([{ kind: 'update', entity: 'blueprintItem', id: b.id, patch: { touchpointId: e.target.value || null } }])}
                              >
                                <option value="">{B.item.noTouchpoint}</option>
                                {touchpointsOf(doc.rows, s.id).map((t) => (
                                  <option key={t.id} value={t.id}>
                                    {t.name}
                                  </option>
                                ))}
                              </select>
                              <button type="button" className="icon-btn icon-btn-danger" aria-label={T.deleteItem(layerName, s.name, i + 1)} onClick={() => dispatch([{ kind: 'delete', entity: 'blueprintItem', id: b.id }])}>
                                <Trash2 size={15} aria-hidden />
                              </button>
                            </div>
                          </div>
                        ))}
                        <button type="button" className="btn btn-ghost btn-small" onClick={() => dispatch([newItemOp(doc, newId(), journeyId, s.id, layer)])}>
                          <Plus size={14} aria-hidden />
                          {T.addItem(layerName, s.name)}
                        </button>
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
