/** Who is in the room: names and roles, in order. Used later for dot voting. */
import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, moveTo, nextPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { BoundInlineText } from '../../ui/bound';
import { MoveButtons } from '../../ui/MoveButtons';
import { newId } from '../../ids';

export function Participants({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [focusId, setFocusId] = useState<string | null>(null);
  const people = byPosition(Object.values(doc.rows.participant));

  const add = () => {
    const id = newId();
    dispatch([{ kind: 'create', entity: 'participant', id, values: { position: nextPosition(people) } }]);
    setFocusId(id);
  };
  const move = (id: string, to: number) =>
    dispatch(moveTo(people, id, to).map((u) => ({ kind: 'update', entity: 'participant', id: u.id, patch: { position: u.position } })));

  return (
    <div className="participants">
      {people.length === 0 ? (
        <p className="muted">{msg.setup.noParticipants}</p>
      ) : (
        <ol className="participant-list">
          {people.map((p, i) => {
            const who = p.name.trim() || msg.setup.unnamedParticipant(i + 1);
            return (
              <li key={p.id} className="participant-row">
                <span className="participant-num" aria-hidden>
                  {i + 1}
                </span>
                <BoundInlineText
                  entity="participant"
                  id={p.id}
                  field="name"
                  ariaLabel={msg.setup.participantName(i + 1)}
                  placeholder={msg.setup.participantNamePlaceholder}
                  autoFocus={p.id === focusId}
                />
                <BoundInlineText
                  entity="participant"
                  id={p.id}
                  field="role"
                  ariaLabel={msg.setup.participantRole(i + 1)}
                  placeholder={msg.setup.participantRolePlaceholder}
                />
                <span className="participant-tools">
                  <MoveButtons
                    axis="vertical"
                    index={i}
                    count={people.length}
                    earlierLabel={msg.setup.moveParticipantUp(who)}
                    laterLabel={msg.setup.moveParticipantDown(who)}
                    onMove={(to) => move(p.id, to)}
                  />
                  <button
                    type="button"
                    className="icon-btn icon-btn-danger"
                    aria-label={msg.setup.removeParticipant(who)}
                    onClick={() => dispatch([{ kind: 'delete', entity: 'participant', id: p.id }])}
                  >
                    <X size={16} aria-hidden />
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="btn btn-secondary" onClick={add}>
        <Plus size={16} aria-hidden />
        {msg.setup.addParticipant}
      </button>
    </div>
  );
}
