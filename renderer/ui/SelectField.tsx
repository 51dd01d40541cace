/** A labelled choice from a short list: the label tied to the select by id. */
import { TEAMS } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { Labeled } from './Labeled';

export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  className?: string;
  labelClassName?: string;
}) {
  return (
    <Labeled className={props.className ?? 'inline-label'} labelClassName={props.labelClassName} label={props.label}>
      {(id) => (
        <select id={id} className="input select" value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}

/** The owning team, or not set (stored as null). */
export function TeamField(props: { label: string; value: string | null; onChange(team: string | null): void; className?: string; labelClassName?: string }) {
  return (
    <SelectField
      label={props.label}
      className={props.className}
      labelClassName={props.labelClassName}
      value={props.value ?? ''}
      onChange={(v) => props.onChange(v || null)}
      options={[{ value: '', label: msg.common.notSet }, ...TEAMS.map((t) => ({ value: t, label: msg.teams[t] ?? t }))]}
    />
  );
}
