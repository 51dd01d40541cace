/** The library's dialogs: create, rename, and the confirmation before deleting. */
import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../shared/api';
import { checkField } from '../../shared/model/validate';
import { msg } from '../../shared/strings';
import { errorMessage } from '../api/client';
import { useLibrary } from '../store/library';
import { toast } from '../store/toasts';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

export function CreateWorkshopDialog(props: { open: boolean; onClose(): void; onCreated(w: WorkshopSummary): void }) {
  const create = useLibrary((s) => s.create);
  const [title, setTitle] = useState('');
  const [client, setClient] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (props.open) {
      setTitle('');
      setClient('');
      setError(null);
    }
  }, [props.open]);

  const submit = async () => {
    const problem = checkField('workshop', 'title', title) ?? checkField('workshop', 'client', client);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      props.onCreated(await create(title, client));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      title={msg.library.createDialog.title}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      actions={
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {msg.library.createDialog.submit}
        </button>
      }
    >
      <Field label={msg.library.createDialog.titleLabel} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={title}
            placeholder={msg.library.createDialog.titlePlaceholder}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              setError(null);
            }}
            autoFocus
          />
        )}
      </Field>
      <Field label={msg.library.createDialog.clientLabel}>
        {({ id }) => (
          <input
            id={id}
            className="input"
            value={client}
            placeholder={msg.library.createDialog.clientPlaceholder}
            onChange={(e) => setClient(e.target.value)}
          />
        )}
      </Field>
    </Dialog>
  );
}

export function RenameWorkshopDialog(props: { workshop: WorkshopSummary | null; onClose(): void }) {
  const rename = useLibrary((s) => s.rename);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (props.workshop) {
      setTitle(props.workshop.title);
      setError(null);
    }
  }, [props.workshop]);

  const submit = async () => {
    const w = props.workshop;
    if (!w) return;
    const problem = checkField('workshop', 'title', title);
    if (problem) return setError(problem);
    try {
      await rename(w.id, title);
      props.onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Dialog
      open={props.workshop !== null}
      title={msg.library.renameDialog.title}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      actions={
        <button type="submit" className="btn btn-primary">
          {msg.common.rename}
        </button>
      }
    >
      <Field label={msg.library.renameDialog.label} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            className="input"
            value={title}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(e) => {
              setTitle(e.target.value);
              setError(null);
            }}
            onFocus={(e) => e.target.select()}
            autoFocus
          />
        )}
      </Field>
    </Dialog>
  );
}

export function DeleteWorkshopDialog(props: { workshop: WorkshopSummary | null; onClose(): void }) {
  const remove = useLibrary((s) => s.remove);
  const w = props.workshop;
  const confirm = async () => {
    if (!w) return;
    try {
      await remove(w.id);
      toast(msg.library.deleted(w.title));
      props.onClose();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <ConfirmDialog
      open={w !== null}
      title={msg.library.deleteDialog.title}
      confirmLabel={msg.library.deleteDialog.confirm}
      onClose={props.onClose}
      onConfirm={() => void confirm()}
    >
      <p>{w ? msg.library.deleteDialog.body(w.title) : ''}</p>
      <p className="muted">{msg.library.deleteDialog.hint}</p>
    </ConfirmDialog>
  );
}
