/** The rows of the map: rename, hide, reorder, add and delete lanes. */
import { Plus, Trash2 } from 'lucide-react';
import { lanesOf, reorderLaneOps } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { nextPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { BoundInlineText } from '../../ui/bound';
import { Dialog } from '../../ui/Dialog';
import { MoveButtons } from '../../ui/MoveButtons';

export function LanesDialog(props: { open: boolean; doc: WorkshopDoc; journeyId: string; onClose(): void }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const lanes = lanesOf(props.doc.rows, props.journeyId);
  const L = msg.journey.lanesDialog;
  return (
    <Dialog
      open={props.open}
      title={L.title}
      onClose={props.onClose}
      onSubmit={props.onClose}
      actions={
        <button type="submit" className="btn btn-primary">
          {L.done}
        </button>
      }
    >
      <p className="muted">{L.hint}</p>
      <ol className="lane-list">
        {lanes.map((lane, i) => (
          <li key={lane.id} className="lane-row">
            <input
              type="checkbox"
              className="lane-visible"
              checked={!lane.hidden}
              aria-label={L.show(lane.name)}
              onChange={(e) => dispatch([{ kind: 'update', entity: 'lane', id: lane.id, patch: { hidden: !e.target.checked } }])}
            />
            <BoundInlineText entity="lane" id={lane.id} field="name" ariaLabel={L.name(i + 1)} />
            <MoveButtons
              axis="vertical"
              index={i}
              count={lanes.length}
              earlierLabel={L.up(lane.name)}
              laterLabel={L.down(lane.name)}
              onMove={(to) => dispatch(reorderLaneOps(props.doc, props.journeyId, lane.id, to))}
            />
            <button type="button" className="icon-btn icon-btn-danger" aria-label={L.remove(lane.name)} onClick={() => dispatch([{ kind: 'delete', entity: 'lane', id: lane.id }])}>
              <Trash2 size={16} aria-hidden />
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() =>
          dispatch([
            { kind: 'create', entity: 'lane', id: newId(), values: { journeyId: props.journeyId, kind: 'custom', name: msg.journey.newLane, position: nextPosition(lanes) } },
          ])
        }
      >
        <Plus size={15} aria-hidden />
        {L.add}
      </button>
    </Dialog>
  );
}
