/**
 * Step 2, Personas: a card grid of the customer types in the room's mind, each opening into an
 * editor and a one-page view that prints cleanly.
 */
import { isSolo } from '../../../shared/domain/interview';
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition, moveTo, nextPosition } from '../../../shared/model/positions';
import { quoted, unquoted } from '../../../shared/domain/quotes';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useRoute } from '../../store/route';
import { useWorkshop } from '../../store/workshop';
import { Avatar } from '../../ui/Avatar';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { MoveButtons } from '../../ui/MoveButtons';
import { PersonaEditor } from './PersonaEditor';
import { StepHeader } from '../../ui/StepHeader';

type Persona = RowOf<'persona'>;

export function PersonasStep({ doc, item }: { doc: WorkshopDoc; item?: string }) {
  const persona = item ? doc.rows.persona[item] : undefined;
  if (persona) return <PersonaEditor doc={doc} persona={persona} />;
  return <PersonaGrid doc={doc} />;
}

function PersonaGrid({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const go = useRoute((s) => s.go);
  const [deleting, setDeleting] = useState<Persona | null>(null);
  const personas = byPosition(Object.values(doc.rows.persona));
  const openPersona = (id: string) => go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'personas', item: id });

  const add = () => {
    const id = newId();
    dispatch([{ kind: 'create', entity: 'persona', id, values: { position: nextPosition(personas), avatarKind: 'initials' } }]);
    openPersona(id);
  };
  const move = (id: string, to: number) =>
    dispatch(moveTo(personas, id, to).map((u) => ({ kind: 'update', entity: 'persona', id: u.id, patch: { position: u.position } })));

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.personas} heading={msg.personas.heading} lede={isSolo(doc.workshop) ? msg.solo.ledes.personas : msg.personas.lede}>
          <button type="button" className="btn btn-primary" onClick={add}>
            <Plus size={18} aria-hidden />
            {msg.personas.add}
          </button>
        </StepHeader>

        {personas.length === 0 ? (
          <div className="empty">
            <h2>{msg.personas.empty}</h2>
            <p>{msg.personas.emptyHint}</p>
            <button type="button" className="btn btn-primary" onClick={add}>
              <Plus size={18} aria-hidden />
              {msg.personas.add}
            </button>
          </div>
        ) : (
          <ul className="persona-grid">
            {personas.map((p, i) => {
              const name = p.name.trim() || msg.personas.unnamed;
              return (
                <li key={p.id} className="persona-card card">
                  <button type="button" className="persona-card-open" onClick={() => openPersona(p.id)} aria-label={msg.personas.open(name)}>
                    <Avatar persona={p} size={64} />
                    <span className="persona-card-text">
                      <span className="persona-card-name">{name}</span>
                      {p.role && <span className="persona-card-role">{p.role}</span>}
                    </span>
                  </button>
                  {p.importance && (
                    <span className={`importance importance-${p.importance}`}>
                      {msg.personas.importanceBadge(msg.personas.importance[p.importance] ?? '')}
                    </span>
                  )}
                  {unquoted(p.quote) && <blockquote className="persona-card-quote">{quoted(p.quote)}</blockquote>}
                  <div className="persona-card-tools">
                    <MoveButtons
                      axis="horizontal"
                      index={i}
                      count={personas.length}
                      earlierLabel={msg.personas.moveEarlier(name)}
                      laterLabel={msg.personas.moveLater(name)}
                      onMove={(to) => move(p.id, to)}
                    />
                    <button type="button" className="icon-btn icon-btn-danger" aria-label={msg.personas.deleteOf(name)} onClick={() => setDeleting(p)}>
                      <Trash2 size={16} aria-hidden />
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={msg.personas.deleteTitle}
        confirmLabel={msg.common.delete}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) dispatch([{ kind: 'delete', entity: 'persona', id: deleting.id }]);
          setDeleting(null);
        }}
      >
        <p>{deleting ? msg.personas.deleteBody(deleting.name.trim() || msg.personas.unnamed) : ''}</p>
      </ConfirmDialog>
    </div>
  );
}
