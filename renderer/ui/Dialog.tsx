/**
 * A modal built on the native <dialog>: the browser traps focus, Esc closes it, and the page
 * behind is inert. Focus returns to whatever opened it.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { msg } from '../../shared/strings';

interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  /** When given, the dialog is a form and Enter submits it. */
  onSubmit?(): void;
  children: ReactNode;
  /** The dialog's own buttons beside Cancel; null for a dialog that only informs (then "Close"). */
  actions: ReactNode;
  tone?: 'default' | 'danger';
  /** Wider, for dialogs that show a table. */
  wide?: boolean;
}

export function Dialog({ open, title, onClose, onSubmit, children, actions, tone = 'default', wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement as HTMLElement | null;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
      if (opener.current?.isConnected) opener.current.focus();
    }
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${tone}${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <form method="dialog" onSubmit={submit} noValidate>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
          </header>
          <div className="dialog-body">{children}</div>
          <footer className="dialog-actions">
            <button type="button" className={actions ? 'btn btn-secondary' : 'btn btn-primary'} onClick={onClose}>
              {actions ? msg.common.cancel : msg.common.close}
            </button>
            {actions}
          </footer>
        </form>
      )}
    </dialog>
  );
}
