/**
 * "Group into themes" (docs/themes.md): choose the notes (the selection, a lane, a stage, the
 * room's, or all, with or without the evidence from Listen), let the worker propose themes, then
 * rename, move, merge and split them before accepting. Nothing is stored until Accept, which is
 * one edit: one undo takes the whole board back.
 */
import { useMemo, useState } from 'react';
import { byPosition } from '../../shared/model/positions';
import type { WorkshopDoc } from '../../shared/model/ops';
import { acceptThemesOps, themeSources } from '../../shared/domain/themes/ops';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { toast } from '../store/toasts';
import { useWorkshop } from '../store/workshop';
import { Dialog } from '../ui/Dialog';
import { proposeInWorker } from './propose';

const T = msg.themes;

interface Draft {
  key: string;
  name: string;
  ids: string[];
}

export function ThemesDialog({ open, doc, journeyId, selected, onClose, onAccepted }: { open: boolean; doc: WorkshopDoc; journeyId: string; selected: string[]; onClose(): void; onAccepted(): void }) {
  const evidence = useMemo(() => byPosition(Object.values(doc.rows.evidence).filter((e) => e.text.trim())), [doc.rows.evidence]);
  const sources = useMemo(() => themeSources(doc, journeyId, selected), [doc, journeyId, selected]);
  const [sourceKey, setSourceKey] = useState<string | null>(null);
  const [withEvidence, setWithEvidence] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const source = sources.find((s) => s.key === sourceKey) ?? sources[0]!;

  const textOf = (id: string) => doc.rows.note[id]?.text ?? doc.rows.evidence[id]?.text ?? '';
  const close = () => {
    setDrafts(null);
    setProgress(null);
    setPicked(new Set());
    onClose();
  };

  const propose = () => {
    const ids = [...source.ids, ...(withEvidence ? evidence.map((e) => e.id) : [])];
    if (ids.length < 2) return toast(T.tooFew, 'error');
    setProgress(0);
    const run = proposeInWorker(
      ids.map((id) => ({ id, text: textOf(id) })),
      (d) => setProgress(d),
    );
    run.result.then(
      (themes) => {
        setProgress(null);
        setDrafts(themes.map((t, i) => ({ key: `d${i}`, name: t.other ? T.other : t.name, ids: t.ids })));
      },
      (err: Error) => {
        setProgress(null);
        toast(err.message, 'error');
      },
    );
  };

  const move = (id: string, to: string) => setDrafts((ds) => ds && ds.map((d) => ({ ...d, ids: d.key === to ? [...d.ids.filter((x) => x !== id), id] : d.ids.filter((x) => x !== id) })));
  const merge = (from: string, into: string) =>
    setDrafts((ds) => {
      if (!ds) return ds;
      const moving = ds.find((d) => d.key === from)?.ids ?? [];
      return ds.filter((d) => d.key !== from).map((d) => (d.key === into ? { ...d, ids: [...d.ids, ...moving] } : d));
    });
  const split = () => {
    const ids = [...picked];
    setDrafts((ds) => ds && [...ds.map((d) => ({ ...d, ids: d.ids.filter((x) => !picked.has(x)) })), { key: `d${Date.now()}`, name: T.newTheme, ids }]);
    setPicked(new Set());
  };
  const accept = () => {
    if (!drafts) return;
    const ops = acceptThemesOps(doc, journeyId, drafts, newId);
    if (ops.length === 0) return close();
    useWorkshop.getState().dispatch(ops);
    toast(T.accepted(drafts.filter((d) => d.ids.length > 0).length));
    close();
    onAccepted();
  };

  const live = drafts?.filter((d) => d.ids.length > 0) ?? [];
  return (
    <Dialog
      open={open}
      title={T.title}
      wide={!!drafts}
      onClose={close}
      onSubmit={drafts ? accept : propose}
      actions={
        drafts ? (
          <button type="submit" className="btn btn-primary">
            {T.accept(live.length)}
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" disabled={progress !== null}>
            {progress === null ? T.propose : T.working(Math.round(progress * 100))}
          </button>
        )
      }
    >
      {!drafts ? (
        <>
          <label className="field-label" htmlFor="themes-source">
            {T.which}
          </label>
          <select id="themes-source" className="input select" value={source.key} onChange={(e) => setSourceKey(e.target.value)}>
            {sources.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
          {evidence.length > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={withEvidence} onChange={(e) => setWithEvidence(e.target.checked)} />
              {T.withEvidence(evidence.length)}
            </label>
          )}
          {progress !== null && <progress className="themes-progress" max={1} value={progress} aria-label={T.working(Math.round(progress * 100))} />}
        </>
      ) : (
        <>
          <p className="muted">{T.proposedLede}</p>
          <p role="status">{T.proposedTitle(live.length, live.reduce((n, d) => n + d.ids.length, 0))}</p>
          <button type="button" className="btn btn-secondary btn-small themes-split" disabled={picked.size === 0} onClick={split}>
            {T.split(picked.size)}
          </button>
          <div className="themes-drafts">
            {live.map((d, i) => (
              <section
                key={d.key}
                className="themes-draft"
                aria-label={d.name}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  const id = e.dataTransfer.getData('text/x-touchpoint-item');
                  if (id) move(id, d.key);
                }}
              >
                <input
                  className="input themes-draft-name"
                  aria-label={T.themeName(i + 1)}
                  value={d.name}
                  maxLength={200}
                  onChange={(e) => setDrafts((ds) => ds && ds.map((x) => (x.key === d.key ? { ...x, name: e.target.value } : x)))}
                />
                <ul className="themes-items">
                  {d.ids.map((id) => (
                    <li
                      key={id}
                      className="themes-item"
                      draggable
                      onDragStart={(e) => {
                        e.dataTransfer.setData('text/x-touchpoint-item', id);
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                    >
                      <input
                        type="checkbox"
                        aria-label={T.pick(textOf(id))}
                        checked={picked.has(id)}
                        onChange={(e) => {
                          const next = new Set(picked);
                          if (e.target.checked) next.add(id);
                          else next.delete(id);
                          setPicked(next);
                        }}
                      />
                      <span className="themes-item-text">{textOf(id)}</span>
                      <select className="input select themes-move" aria-label={T.moveTo(textOf(id))} value={d.key} onChange={(e) => move(id, e.target.value)}>
                        {live.map((o) => (
                          <option key={o.key} value={o.key}>
                            {o.name || T.untitled}
                          </option>
                        ))}
                      </select>
                    </li>
                  ))}
                </ul>
                {live.length > 1 && (
                  <select className="input select themes-merge" aria-label={T.mergeInto(d.name)} value="" onChange={(e) => e.target.value && merge(d.key, e.target.value)}>
                    <option value="">{T.mergeChoose}</option>
                    {live
                      .filter((o) => o.key !== d.key)
                      .map((o) => (
                        <option key={o.key} value={o.key}>
                          {o.name || T.untitled}
                        </option>
                      ))}
                  </select>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </Dialog>
  );
}
