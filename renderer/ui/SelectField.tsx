/** A labelled choice from a short list: the label tied to the select by id. */
import { Labeled } from './Labeled';

export function SelectField<V extends string>(props: {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  className?: string;
}) {
  return (
    <Labeled className={props.className ?? 'inline-label'} label={props.label}>
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
