/**
 * Form controls bound to one field of the open workshop. Typing dispatches an update at once
 * (one undo step per typing burst). A value the field cannot hold is not sent: the control keeps
 * the draft, says why beside it, and goes back to the stored value when the user leaves it.
 */
import { useEffect, useState, type ClipboardEvent, type ReactNode } from 'react';
import type { EntityName } from '../../shared/model/entities';
import type { TypedOp } from '../../shared/model/ops';
import { checkField } from '../../shared/model/validate';
import { msg } from '../../shared/strings';
import { useWorkshop } from '../store/workshop';
import { Field } from './Field';
import { parseNumber } from './number';

type Target = { entity: EntityName | 'workshop'; id: string; field: string };

function useStoredValue({ entity, id, field }: Target): unknown {
  return useWorkshop((s) => {
    if (!s.doc) return undefined;
    const row = entity === 'workshop' ? s.doc.workshop : s.doc.rows[entity][id];
    return (row as Record<string, unknown> | undefined)?.[field];
  });
}

function useSetter({ entity, id, field }: Target): (value: unknown) => void {
  const dispatch = useWorkshop((s) => s.dispatch);
  return (value) =>
    dispatch([{ kind: 'update', entity, id, patch: { [field]: value } }], { mergeKey: `${entity}:${id}:${field}` });
}

/** A draft that follows the stored value, and refuses values the field cannot hold. */
function useDraft<T>(target: Target, toStored: (draft: T) => unknown, fromStored: (v: unknown) => T) {
  const stored = useStoredValue(target);
  const set = useSetter(target);
  const [draft, setDraft] = useState<T>(() => fromStored(stored));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(fromStored(stored));
    setError(null);
  }, [stored]);
  const change = (next: T) => {
    setDraft(next);
    const problem = checkField(target.entity, target.field, toStored(next));
    setError(problem);
    if (!problem) set(toStored(next));
  };
  // Text that cannot be stored stays in the field with its message after the field is left: it
  // is visibly not saved, never silently put back.
  const blur = () => {};
  return { draft, error, change, blur };
}

interface TextProps extends Target {
  label: string;
  hint?: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
  className?: string;
  /** Rendered under the control, e.g. a helper button. */
  extra?: ReactNode;
}

export function BoundText({ label, hint, placeholder, multiline, rows = 3, className, extra, ...target }: TextProps) {
  const { draft, error, change, blur } = useDraft<string>(target, (d) => d, (v) => (typeof v === 'string' ? v : ''));
  return (
    <Field label={label} hint={hint} error={error} className={className} after={extra}>
      {({ id, describedBy, invalid }) => (
        <>
          {multiline ? (
            <textarea
              id={id}
              className="input textarea"
              rows={rows}
              value={draft}
              placeholder={placeholder}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => change(e.target.value)}
              onBlur={blur}
            />
          ) : (
            <input
              id={id}
              className="input"
              type="text"
              value={draft}
              placeholder={placeholder}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => change(e.target.value)}
              onBlur={blur}
            />
          )}
        </>
      )}
    </Field>
  );
}

interface DateProps extends Target {
  label: string;
  hint?: string;
}

export function BoundDate({ label, hint, ...target }: DateProps) {
  const { draft, error, change, blur } = useDraft<string>(
    target,
    (d) => (d === '' ? null : d),
    (v) => (typeof v === 'string' ? v : ''),
  );
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input input-date"
          type="date"
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => change(e.target.value)}
          onBlur={blur}
        />
      )}
    </Field>
  );
}

interface SelectProps extends Target {
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  /** Offer "Not set" (stored as null). */
  nullable?: boolean;
  /** Further edits the choice implies, stored and undone with it. */
  also?(value: string | null): TypedOp[];
}

export function BoundSelect({ label, hint, options, nullable, also, ...target }: SelectProps) {
  const stored = useStoredValue(target);
  const setter = useSetter(target);
  const dispatch = useWorkshop((s) => s.dispatch);
  // Edits that follow from the choice go in the same batch, so one undo takes them all back.
  const set = (value: string | null) =>
    also ? dispatch([{ kind: 'update', entity: target.entity, id: target.id, patch: { [target.field]: value } } as TypedOp, ...also(value)]) : setter(value);
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="input select"
          value={typeof stored === 'string' ? stored : ''}
          aria-describedby={describedBy}
          onChange={(e) => set(e.target.value === '' && nullable ? null : e.target.value)}
        >
          {nullable && <option value="">{msg.common.notSet}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface InlineTextProps extends Target {
  /** The accessible name; inline inputs sit under a visible column heading instead of a label. */
  ariaLabel: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** Select the text when focused, so typing replaces a placeholder name such as "New touchpoint". */
  selectOnFocus?: boolean;
  multiline?: boolean;
  /** The id of a datalist of names to suggest. */
  list?: string;
  /** A multiline field's own paste handling (a note turning pasted lines into notes). */
  onPaste?: (e: ClipboardEvent<HTMLTextAreaElement>) => void;
}

/** A compact text input for rows of a list (participants, later lanes and actions). */
export function BoundInlineText({ ariaLabel, placeholder, autoFocus, selectOnFocus, multiline, list, onPaste, ...target }: InlineTextProps) {
  const { draft, error, change, blur } = useDraft<string>(target, (d) => d, (v) => (typeof v === 'string' ? v : ''));
  const common = {
    value: draft,
    'aria-label': ariaLabel,
    placeholder,
    'aria-invalid': error ? true : undefined,
    autoFocus,
    onBlur: blur,
    onFocus: selectOnFocus ? (e: { target: HTMLInputElement | HTMLTextAreaElement }) => e.target.select() : undefined,
  };
  return (
    <span className={`inline-field${error ? ' field-invalid' : ''}`}>
      {multiline ? (
        <textarea className="input textarea textarea-compact" rows={2} {...common} onPaste={onPaste} onChange={(e) => change(e.target.value)} />
      ) : (
        <input className="input" type="text" list={list} {...common} onChange={(e) => change(e.target.value)} />
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

interface NumberProps extends Target {
  label: string;
  hint?: string;
}

/**
 * A decimal number. The draft is kept while it still means the stored value, so typing "1." on
 * the way to "1.5" is not rewritten to "1" when the store answers. Text that is not a number
 * stays in the field with its message, after the field is left too: it is visibly not saved,
 * never silently dropped.
 */
export function BoundNumber({ label, hint, ...target }: NumberProps) {
  const stored = useStoredValue(target);
  const set = useSetter(target);
  const shown = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  const [draft, setDraft] = useState(() => shown(stored));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft((d) => (parseNumber(d) === (typeof stored === 'number' ? stored : null) ? d : shown(stored)));
  }, [stored]);
  const change = (next: string) => {
    setDraft(next);
    const value = parseNumber(next);
    const problem = Number.isNaN(value) ? msg.validation.notNumber : checkField(target.entity, target.field, value);
    setError(problem);
    if (!problem) set(value);
  };
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="input input-number"
          inputMode="decimal"
          value={draft}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </Field>
  );
}
