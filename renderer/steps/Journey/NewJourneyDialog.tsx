/** Starting a journey: its name, whose journey it is, and a template or a blank map. */
import { useEffect, useState } from 'react';
import { templateFor } from '../../../shared/domain/templates';
import type { NewJourney } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { PersonaOptions } from '../../ui/PersonaOptions';
import { TEMPLATES } from './templates';

export function NewJourneyDialog(props: {
  open: boolean;
  doc: WorkshopDoc;
  onClose(): void;
  onCreate(spec: Omit<NewJourney, 'position'>): void;
}) {
  const D = msg.journey.createDialog;
  const personas = byPosition(Object.values(props.doc.rows.persona));
  const industry = props.doc.workshop.industry;
  const suggested = industry ? (templateFor(industry, TEMPLATES)?.id ?? '') : '';
  const [name, setName] = useState('');
  const [personaId, setPersonaId] = useState('');
  const [templateId, setTemplateId] = useState(suggested);
  const [withPrompts, setWithPrompts] = useState(true);

  useEffect(() => {
    if (!props.open) return;
    setName('');
    setPersonaId(personas[0]?.id ?? '');
    setTemplateId(suggested);
    setWithPrompts(true);
  }, [props.open]); // reset each time it opens

  const template = TEMPLATES.find((t) => t.id === templateId);
  // The template suggested by the industry is listed first, so what is chosen is always in sight.
  const ordered = [...TEMPLATES].sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const submit = () =>
    props.onCreate({
      journeyId: newId(),
      name: name.trim() || template?.name || msg.journey.heading,
      personaId: personaId || null,
      ...(template ? { template } : {}),
      withPrompts,
    });

  return (
    <Dialog
      open={props.open}
      title={D.title}
      onClose={props.onClose}
      onSubmit={submit}
      actions={
        <button type="submit" className="btn btn-primary">
          {D.submit}
        </button>
      }
    >
      <Field label={D.name}>
        {({ id }) => <input id={id} className="input" value={name} maxLength={200} placeholder={template?.name ?? D.namePlaceholder} onChange={(e) => setName(e.target.value)} autoFocus />}
      </Field>
      <Field label={D.persona}>
        {({ id }) => (
          <select id={id} className="input select" value={personaId} onChange={(e) => setPersonaId(e.target.value)}>
            <PersonaOptions doc={props.doc} />
          </select>
        )}
      </Field>
      <fieldset className="template-list">
        <legend className="field-label">{D.template}</legend>
        <label className={`template-option${templateId === '' ? ' is-on' : ''}`}>
          <input type="radio" name="template" checked={templateId === ''} onChange={() => setTemplateId('')} />
          <span>
            <strong>{D.blank}</strong>
          </span>
        </label>
        {ordered.map((t) => (
          <label key={t.id} className={`template-option${templateId === t.id ? ' is-on' : ''}`}>
            <input type="radio" name="template" checked={templateId === t.id} onChange={() => setTemplateId(t.id)} />
            <span>
              <strong>
                {t.name}
                {t.id === suggested && <span className="badge badge-accent template-suggested">{D.suggested(msg.setup.industryNames[props.doc.workshop.industry ?? ''] ?? '')}</span>}
              </strong>
              <span className="muted">{t.stages.map((s) => s.name).join(' → ')}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {template && (
        <label className="checkbox">
          <input type="checkbox" checked={withPrompts} onChange={(e) => setWithPrompts(e.target.checked)} />
          {D.keepPrompts}
        </label>
      )}
    </Dialog>
  );
}
