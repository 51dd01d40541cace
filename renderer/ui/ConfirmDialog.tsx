/** Asking before something is removed: a danger-toned dialog with Cancel and the action's name. */
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export function ConfirmDialog(props: { open: boolean; title: string; confirmLabel: string; onConfirm(): void; onClose(): void; children: ReactNode }) {
  return (
    <Dialog
      open={props.open}
      tone="danger"
      title={props.title}
      onClose={props.onClose}
      onSubmit={props.onConfirm}
      actions={
        <button type="submit" className="btn btn-danger">
          {props.confirmLabel}
        </button>
      }
    >
      {props.children}
    </Dialog>
  );
}
