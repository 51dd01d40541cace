import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { msg } from '../../shared/strings';
import { useWorkshop } from '../store/workshop';

/** A quiet word in the top bar: saved, saving, or not saved yet (edits kept and being sent again;
 * the reason on hover and focus). */
export function SaveIndicator() {
  const status = useWorkshop((s) => s.status);
  const lastError = useWorkshop((s) => s.lastError);
  const Icon = status === 'saved' ? Check : status === 'saving' ? Loader2 : AlertTriangle;
  return (
    <span
      className={`save-indicator save-${status}`}
      role="status"
      aria-live="polite"
      title={status === 'unsaved' && lastError ? lastError : undefined}
    >
      <Icon size={15} aria-hidden className={status === 'saving' ? 'spin' : undefined} />
      {msg.save[status]}
    </span>
  );
}
