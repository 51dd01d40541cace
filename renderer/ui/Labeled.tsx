/**
 * A short label beside or above one control, tied to it by id. (A control wrapped inside its
 * <label> would take its own text, such as a select's chosen option, into its name.)
 */
import { useId, type ReactNode } from 'react';

export function Labeled({ label, className, labelClassName, children }: { label: ReactNode; className: string; labelClassName?: string; children(id: string): ReactNode }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
