/**
 * A button that opens the system's file chooser. The file input itself cannot be styled, so it
 * stays hidden beside the button; it keeps the accessible name, so screen readers and tests find
 * it by its label. The input is cleared after each pick, so choosing the same file again works.
 */
import { useRef, type ReactNode, type RefObject } from 'react';

interface Props {
  /** The name of the chooser (the input's label), usually the button's own words. */
  label: string;
  accept: string;
  onFile(file: File): unknown;
  children: ReactNode;
  className?: string;
  disabled?: boolean;
  busy?: boolean;
  describedBy?: string;
  /** For a caller that also opens the chooser from elsewhere (a radio, say). */
  inputRef?: RefObject<HTMLInputElement | null>;
}

export function FileButton({ label, accept, onFile, children, className = 'btn btn-secondary', disabled, busy, describedBy, inputRef }: Props) {
  const own = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? own;
  return (
    <>
      <button type="button" className={className} onClick={() => ref.current?.click()} disabled={disabled} aria-busy={busy || undefined} aria-describedby={describedBy}>
        {children}
      </button>
      <input
        ref={ref}
        type="file"
        accept={accept}
        disabled={disabled}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
