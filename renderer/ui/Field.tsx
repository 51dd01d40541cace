/**
 * A labelled form field: label, optional hint, and an error announced to screen readers.
 * Every input in the app goes through this, so every control has an accessible name.
 */
import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  /** Renders the control, given the ids it must carry. */
  children(ids: { id: string; describedBy: string | undefined; invalid: boolean }): ReactNode;
  className?: string;
  /** Shown after the hint and error, e.g. a helper button. */
  after?: ReactNode;
}

export function Field({ label, hint, error, children, className, after }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {after}
    </div>
  );
}
