/** The library's dialogs: create, rename, and the confirmation before deleting. */
import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../shared/api';
import { checkField } from '../../shared/model/validate';
import { msg } from '../../shared/strings';
import { call, errorMessage } from '../api/client';
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
  // Rounds started from this one, archived ones too: their comparison is lost with it.
  const [later, setLater] = useState<WorkshopSummary[]>([]);
  useEffect(() => {
    let live = true;
    setLater([]);
    if (w) call('laterRounds', { id: w.id }).then((l) => live && setLater(l), () => undefined);
    return () => {
      live = false;
    };
  }, [w]);
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
      {later.map((l) => (
        <p key={l.id} className="dialog-warning" role="note">
          {msg.library.deleteDialog.comparedBy(l.round, w?.round ?? 1)}
        </p>
      ))}
      <p className="muted">{msg.library.deleteDialog.hint}</p>
    </ConfirmDialog>
  );
}

/**
 * Asking before a next round starts: what carries over, whether the dots do, and the round's
 * number. When the round already has a next one, says so and offers to open it instead: one round
 * has one next round.
 */
export function StartRoundDialog(props: { workshop: WorkshopSummary | null; existing: WorkshopSummary | null; onClose(): void; onOpen(w: WorkshopSummary): void; onStart(carryVotes: boolean): void }) {
  const R = msg.rounds.startDialog;
  const w = props.workshop;
  const [carry, setCarry] = useState(true);
  useEffect(() => {
    if (w) setCarry(true);
  }, [w]);
  if (props.existing) {
    const e = props.existing;
    return (
      <Dialog
        open={w !== null}
        title={R.existsTitle(e.round)}
        onClose={props.onClose}
        onSubmit={() => props.onOpen(e)}
        actions={
          <button type="submit" className="btn btn-primary">
            {R.open(e.round)}
          </button>
        }
      >
        <p>{R.existsBody(e.round, w?.round ?? 1)}</p>
      </Dialog>
    );
  }
  const next = (w?.round ?? 1) + 1;
  return (
    <Dialog
      open={w !== null}
      title={R.title(next)}
      onClose={props.onClose}
      onSubmit={() => props.onStart(carry)}
      actions={
        <button type="submit" className="btn btn-primary">
          {R.submit(next)}
        </button>
      }
    >
      <p>{R.body(w?.title ?? '', next)}</p>
      <fieldset className="radio-group">
        <legend className="field-label">{R.votes}</legend>
        <label className="radio">
          <input type="radio" name="carry-votes" checked={carry} onChange={() => setCarry(true)} />
          <span>
            <strong>{R.carry}</strong>
            <span className="muted radio-hint">{R.carryHint}</span>
          </span>
        </label>
        <label className="radio">
          <input type="radio" name="carry-votes" checked={!carry} onChange={() => setCarry(false)} />
          <span>
            <strong>{R.clear}</strong>
            <span className="muted radio-hint">{R.clearHint}</span>
          </span>
        </label>
      </fieldset>
    </Dialog>
  );
}
