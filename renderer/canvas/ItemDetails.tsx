/**
 * What else is said about a note or a touchpoint beyond its text: a description, and the words a
 * map brought from another tool carries (sentiment, severity, tags); a note also has its own
 * emotion score (a point on the curve) and moment of truth. Shared by the note's details panel and
 * the touchpoint editor over the map.
 */
import { Labeled } from '../ui/Labeled';
import type { RowOf } from '../../shared/model/entities';
import { SEVERITIES } from '../../shared/model/vocab';
import { formatScore } from '../../shared/domain/scores';
import { msg } from '../../shared/strings';
import { useWorkshop } from '../store/workshop';

const SCORES = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];

type Item = { entity: 'note'; row: RowOf<'note'> } | { entity: 'touchpoint'; row: RowOf<'touchpoint'> };

export function ItemDetailsFields(props: Item) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const { entity, row } = props;
  const D = msg.journey.details;
  const update = (patch: Record<string, unknown>, field?: string) =>
    dispatch([{ kind: 'update', entity, id: row.id, patch }], field ? { mergeKey: `${entity}:${row.id}:${field}` } : undefined);
  const scores = props.entity === 'note' && props.row.score !== null && !SCORES.includes(props.row.score) ? [...SCORES, props.row.score].sort((a, b) => a - b) : SCORES;
  return (
    <>
      <Labeled className="field" labelClassName="field-label" label={D.description}>
        {(id) => (
          <textarea id={id} className="input textarea" rows={3} defaultValue={row.description} maxLength={entity === 'note' ? 10000 : 2000} onChange={(e) => update({ description: e.target.value }, 'description')} />
        )}
      </Labeled>
      {props.entity === 'note' && (
        <div className="grid-2">
          <Labeled className="field" labelClassName="field-label" label={D.score}>
            {(id) => (
              <select
                id={id}
                className="input select"
                value={props.row.score === null ? '' : String(props.row.score)}
                onChange={(e) => update({ score: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">{msg.journey.emotion.notSet}</option>
                {scores.map((s) => (
                  <option key={s} value={String(s)}>
                    {formatScore(s)}
                  </option>
                ))}
              </select>
            )}
          </Labeled>
          <label className="checkbox details-moment">
            <input type="checkbox" checked={props.row.momentOfTruth} onChange={(e) => update({ momentOfTruth: e.target.checked })} />
            {msg.journey.touchpoint.moment}
          </label>
        </div>
      )}
      <div className="grid-2">
        <Labeled className="field" labelClassName="field-label" label={D.sentiment}>
          {(id) => <input id={id} className="input" defaultValue={row.sentiment} maxLength={40} placeholder={D.sentimentPlaceholder} onChange={(e) => update({ sentiment: e.target.value }, 'sentiment')} />}
        </Labeled>
        <Labeled className="field" labelClassName="field-label" label={D.severity}>
          {(id) => (
            <select id={id} className="input select" value={row.severity ?? ''} onChange={(e) => update({ severity: e.target.value || null })}>
              <option value="">{D.noSeverity}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {D.severities[s]}
                </option>
              ))}
            </select>
          )}
        </Labeled>
      </div>
      <Labeled className="field" labelClassName="field-label" label={D.tags}>
        {(id) => (
          <input
            id={id}
            className="input"
            defaultValue={row.tags.join(', ')}
            placeholder={D.tagsPlaceholder}
            onChange={(e) => update({ tags: splitTags(e.target.value) }, 'tags')}
          />
        )}
      </Labeled>
    </>
  );
}

/** Tags as typed, "Mobile, Trust": each one trimmed, empty ones left out, at most 100 of 100 characters. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim().slice(0, 100))
    .filter(Boolean)
    .slice(0, 100);
}
