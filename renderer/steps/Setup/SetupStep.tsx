/**
 * Step 1, Setup: who the workshop is for, who is in the room, what is in scope, and the
 * experience vision the rest of the day is measured against.
 */
import { isSolo } from '../../../shared/domain/interview';
import { Sparkles } from 'lucide-react';
import { INDUSTRIES } from '../../../shared/model/vocab';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { useWorkshop } from '../../store/workshop';
import { toast } from '../../store/toasts';
import { BoundDate, BoundSelect, BoundText } from '../../ui/bound';
import { Participants } from './Participants';
import { TermList } from './TermList';
import { industryTermOps } from '../../../shared/domain/vocabulary';
import { visionExample } from './vision-example';
import { ClientLogo } from './ClientLogo';
import { StepHeader } from '../../ui/StepHeader';

export function SetupStep({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const w = doc.workshop;
  const bind = { entity: 'workshop' as const, id: w.id };
  // A self-assessment is one owner's: no facilitator, no room of participants.
  const solo = isSolo(w);

  const useExample = () => {
    const vision = visionExample(w.vision, w.industry);
    dispatch([{ kind: 'update', entity: 'workshop', id: w.id, patch: { vision } }]);
    toast(msg.setup.exampleInserted);
  };

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.setup} heading={msg.setup.heading} lede={solo ? msg.solo.ledes.setup : msg.setup.lede} />

        <section className="card" aria-labelledby="setup-session">
          <h2 id="setup-session">{msg.setup.sections.session}</h2>
          <div className="grid-2">
            <BoundText {...bind} field="client" label={solo ? msg.solo.business : msg.setup.client} hint={solo ? undefined : msg.setup.clientHint} />
            <BoundText {...bind} field="title" label={msg.setup.title} />
            <BoundDate {...bind} field="workshopDate" label={msg.setup.date} />
            {!solo && <BoundText {...bind} field="facilitator" label={msg.setup.facilitator} />}
          </div>
          <BoundSelect
            {...bind}
            field="industry"
            label={msg.setup.industry}
            hint={msg.setup.industryHint}
            nullable
            options={INDUSTRIES.map((value) => ({ value, label: msg.setup.industryNames[value] ?? value }))}
            also={(industry) => industryTermOps(doc, industry)}
          />
          <ClientLogo doc={doc} />
        </section>

        <section className="card" aria-labelledby="setup-vocabulary">
          <h2 id="setup-vocabulary">{msg.vocabulary.heading}</h2>
          <p className="section-hint">{msg.vocabulary.hint}</p>
          <div className="grid-2 vocabulary">
            <TermList doc={doc} kind="team" />
            <TermList doc={doc} kind="channel" />
          </div>
        </section>

        {!solo && (
          <section className="card" aria-labelledby="setup-participants">
            <h2 id="setup-participants">{msg.setup.sections.participants}</h2>
            <p className="section-hint">{msg.setup.participantsHint}</p>
            <Participants doc={doc} />
          </section>
        )}

        <section className="card" aria-labelledby="setup-scope">
          <h2 id="setup-scope">{msg.setup.sections.scope}</h2>
          <BoundText {...bind} field="scopeJourney" label={msg.setup.scopeJourney} hint={msg.setup.scopeJourneyHint} />
          <BoundText {...bind} field="scopeProduct" label={msg.setup.scopeProduct} />
          <BoundText
            {...bind}
            field="scopeSegments"
            label={msg.setup.scopeSegments}
            hint={msg.setup.scopeSegmentsHint}
            multiline
            rows={2}
          />
        </section>

        <section className="card" aria-labelledby="setup-vision">
          <h2 id="setup-vision">{msg.setup.sections.vision}</h2>
          <BoundText
            {...bind}
            field="vision"
            label={msg.setup.vision}
            hint={msg.setup.visionHint}
            multiline
            rows={4}
            className="vision-field"
            extra={
              <button type="button" className="btn btn-secondary btn-small" onClick={useExample}>
                <Sparkles size={16} aria-hidden />
                {msg.setup.useExample}
              </button>
            }
          />
        </section>
      </div>
    </div>
  );
}
