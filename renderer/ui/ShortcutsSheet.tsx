/**
 * Every key the app answers to, in one sheet: "?" or the top bar's button opens it (and Help →
 * Keyboard Shortcuts in the desktop app). The keys listed are the ones the canvases and the
 * workshop screen handle; the texts live in the strings catalogue.
 */
import { useEffect } from 'react';
import { msg } from '../../shared/strings';
import { listenForHelpKey, useShortcuts } from '../store/shortcuts';
import { Dialog } from './Dialog';

export function ShortcutsSheet() {
  const { open, hide } = useShortcuts();
  useEffect(() => listenForHelpKey(), []);
  const S = msg.shortcuts;
  return (
    <Dialog open={open} title={S.title} onClose={hide} actions={null} wide>
      <div className="shortcuts">
        {S.groups.map((g) => (
          <section key={g.title} aria-label={g.title}>
            <h3>{g.title}</h3>
            <dl>
              {g.keys.map(([keys, what]) => (
                <div key={what} className="shortcut">
                  <dt>
                    {keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="shortcut-or"> {S.or} </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
