/** A persona on one page: for the projector, for printing, or for saving as PDF. */
import { termLabel } from '../../../shared/domain/vocabulary';
import type { RowOf, WorkshopRow } from '../../../shared/model/entities';
import { quoted, unquoted } from '../../../shared/domain/quotes';
import { msg } from '../../../shared/strings';
import { Avatar } from '../../ui/Avatar';

export function PersonaSheet({ persona, workshop }: { persona: RowOf<'persona'>; workshop: WorkshopRow }) {
  const F = msg.personas.fields;
  const sections: [string, string][] = [
    [F.goals, persona.goals],
    [F.needs, persona.needs],
    [F.painPoints, persona.painPoints],
    [F.behaviours, persona.behaviours],
  ];
  return (
    <article className="persona-sheet" aria-label={persona.name || msg.personas.unnamed}>
      <header className="persona-sheet-head">
        <Avatar persona={persona} size={112} />
        <div>
          <p className="eyebrow">{[workshop.client, workshop.title].filter(Boolean).join(' · ')}</p>
          <h1>{persona.name || msg.personas.unnamed}</h1>
          {persona.role && <p className="persona-sheet-role">{persona.role}</p>}
          {persona.importance && (
            <p className={`importance importance-${persona.importance}`}>
              {msg.personas.importanceBadge(msg.personas.importance[persona.importance] ?? '')}
              {persona.importanceWhy ? ` — ${persona.importanceWhy}` : ''}
            </p>
          )}
        </div>
      </header>
      {unquoted(persona.quote) && <blockquote className="persona-sheet-quote">{quoted(persona.quote)}</blockquote>}
      {persona.bio && <p className="persona-sheet-bio">{persona.bio}</p>}
      <div className="persona-sheet-grid">
        {sections.map(([label, text]) => (
          <section key={label}>
            <h2>{label}</h2>
            <p>{text || '—'}</p>
          </section>
        ))}
      </div>
      {persona.channels.length > 0 && (
        <section className="persona-sheet-channels">
          <h2>{F.channels}</h2>
          <ul>
            {persona.channels.map((c) => (
              <li key={c}>{termLabel('channel', c)}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
