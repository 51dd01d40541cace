import { X } from 'lucide-react';
import { msg } from '../../shared/strings';
import { useToasts } from '../store/toasts';

/** Messages at the foot of the screen. Errors are alerts (read at once) and stay until dismissed. */
export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
          <span>{t.text}</span>
          <button type="button" className="icon-btn" aria-label={msg.common.dismiss} onClick={() => dismiss(t.id)}>
            <X size={16} aria-hidden />
          </button>
        </div>
      ))}
    </div>
  );
}
