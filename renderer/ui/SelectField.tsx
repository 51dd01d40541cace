/** A labelled choice from a short list: the label tied to the select by id. */
import type { TypedOp, WorkshopDoc } from '../../shared/model/ops';
import { useWorkshop } from '../store/workshop';
import { TermSelect } from './TermSelect';
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

/** The owning team from the workshop's own list, or not set (stored as ''); new names added in place. */
export function TeamField(props: { doc: WorkshopDoc; label: string; value: string; choose(team: string): TypedOp[]; className?: string; labelClassName?: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  return (
    <Labeled className={props.className ?? 'inline-label'} labelClassName={props.labelClassName} label={props.label}>
      {(id) => <TermSelect id={id} doc={props.doc} kind="team" optional value={props.value} choose={props.choose} dispatch={dispatch} />}
    </Labeled>
  );
}
