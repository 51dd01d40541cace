/**
 * One persona: every field bound to the store, the picture, and a one-page view for printing.
 */
import { ArrowLeft, FileText, Pencil, Printer } from 'lucide-react';
import { useState } from 'react';
import type { RowOf } from '../../../shared/model/entities';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { IMPORTANCE } from '../../../shared/model/vocab';
import { termLabel, termsOf } from '../../../shared/domain/vocabulary';
import { msg } from '../../../shared/strings';
import { useRoute } from '../../store/route';
import { useWorkshop } from '../../store/workshop';
import { BoundText } from '../../ui/bound';
import { AvatarPicker } from './AvatarPicker';
import { PersonaSheet } from './PersonaSheet';

type Persona = RowOf<'persona'>;

export function PersonaEditor({ doc, persona }: { doc: WorkshopDoc; persona: Persona }) {
  const go = useRoute((s) => s.go);
  const dispatch = useWorkshop((s) => s.dispatch);
  const [sheet, setSheet] = useState(false);
  const bind = { entity: 'persona' as const, id: persona.id };
  const F = msg.personas.fields;
  const back = () => go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'personas' });
  const update = (patch: Record<string, unknown>) => dispatch([{ kind: 'update', entity: 'persona', id: persona.id, patch }]);

  // The persona's channels by name, in the order of the workshop's list.
  const channels = termsOf(doc, 'channel');
  const has = persona.channels.map((c) => termLabel('channel', c));
  const toggleChannel = (channel: string, on: boolean) => {
    const next = on ? [...has, channel] : has.filter((c) => c !== channel);
    update({ channels: channels.filter((c) => next.includes(c)) });
  };

  return (
    <div className="persona-editor">
      <div className="persona-toolbar no-print">
        <button type="button" className="btn btn-ghost" onClick={back}>
          <ArrowLeft size={18} aria-hidden />
          {msg.personas.back}
        </button>
        <div className="toolbar-spacer" />
        {sheet ? (
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setSheet(false)}>
              <Pencil size={16} aria-hidden />
              {msg.personas.editView}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => window.print()}>
              <Printer size={16} aria-hidden />
              {msg.personas.print}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => setSheet(true)}>
            <FileText size={16} aria-hidden />
            {msg.personas.onePage}
          </button>
        )}
      </div>

      {sheet ? (
        <PersonaSheet persona={persona} workshop={doc.workshop} />
      ) : (
        <div className="persona-form">
          <section className="card persona-identity">
            <AvatarPicker persona={persona} />
            <div className="persona-identity-fields">
              <BoundText {...bind} field="name" label={F.name} placeholder={msg.personas.placeholders.name} />
              <BoundText {...bind} field="role" label={F.role} placeholder={msg.personas.placeholders.role} />
              <BoundText {...bind} field="quote" label={F.quote} placeholder={msg.personas.placeholders.quote} multiline rows={2} />
            </div>
          </section>

          <section className="card">
            <BoundText {...bind} field="bio" label={F.bio} multiline rows={3} />
            <div className="grid-2">
              <BoundText {...bind} field="goals" label={F.goals} multiline rows={4} />
              <BoundText {...bind} field="needs" label={F.needs} multiline rows={4} />
              <BoundText {...bind} field="painPoints" label={F.painPoints} multiline rows={4} />
              <BoundText {...bind} field="behaviours" label={F.behaviours} multiline rows={4} />
            </div>
            <fieldset className="chips">
              <legend className="field-label">{F.channels}</legend>
              {channels.map((c) => (
                <label key={c} className={`chip${has.includes(c) ? ' is-on' : ''}`}>
                  <input type="checkbox" checked={has.includes(c)} onChange={(e) => toggleChannel(c, e.target.checked)} />
                  {c}
                </label>
              ))}
            </fieldset>
          </section>

          <section className="card">
            <fieldset className="segmented">
              <legend className="field-label">{F.importance}</legend>
              {[...IMPORTANCE, null].map((level) => (
                <label key={level ?? 'none'} className={`segment${persona.importance === level ? ' is-on' : ''}`}>
                  <input
                    type="radio"
                    name={`importance-${persona.id}`}
                    checked={persona.importance === level}
                    onChange={() => update({ importance: level })}
                  />
                  {level ? msg.personas.importance[level] : msg.common.notSet}
                </label>
              ))}
            </fieldset>
            <BoundText {...bind} field="importanceWhy" label={F.importanceWhy} multiline rows={2} />
          </section>
        </div>
      )}
    </div>
  );
}
