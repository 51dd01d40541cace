/**
 * HTML laid over the canvas where text is typed: editing a note in place, renaming a stage,
 * editing a touchpoint, and the toolbar for selected notes. Real form controls, so typing,
 * IME, spell-check and screen readers work as anywhere else.
 */
import { Labeled } from '../ui/Labeled';
import { Copy, Info, Trash2, X } from 'lucide-react';
import { ItemDetailsFields } from './ItemDetails';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { duplicateNotesOps, pasteLinesOps } from '../../shared/domain/journey';
import { toast } from '../store/toasts';
import type { WorkshopDoc } from '../../shared/model/ops';
import { NOTE_COLORS } from '../../shared/model/vocab';
import { TermSelect } from '../ui/TermSelect';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useWorkshop } from '../store/workshop';
import { NOTE_FILL } from './colors';
import { GEOMETRY, NOTE_WIDTH, type MapLayout } from '../../shared/layout/journey-layout';
import { useMapUi } from './map-ui';

interface OverlayProps {
  doc: WorkshopDoc;
  journeyId: string;
  layout: MapLayout;
  zoom: number;
  pan: { x: number; y: number };
  onDone(): void;
}

export function MapOverlays(props: OverlayProps) {
  const editing = useMapUi((s) => s.editing);
  return (
    <>
      {editing?.kind === 'note' && <NoteEditor key={editing.id} {...props} />}
      {editing?.kind === 'stage' && <StageRename key={editing.id} {...props} stageId={editing.id} />}
      {editing?.kind === 'touchpoint' && <TouchpointEditor key={editing.id} {...props} touchpointId={editing.id} />}
      {editing?.kind === 'noteDetails' && <NoteDetails key={editing.id} {...props} noteId={editing.id} />}
      {!editing && <SelectionBar {...props} />}
    </>
  );
}

const toScreen = (p: OverlayProps, x: number, y: number) => ({ left: x * p.zoom + p.pan.x, top: y * p.zoom + p.pan.y });

/**
 * Keeps a popover opened under an item inside the map: when the room below runs out it moves up
 * (above the item if it fits there), and it never hangs past the right edge, so its buttons stay
 * on screen wherever the item is.
 */
function useFitInMap(ref: React.RefObject<HTMLDivElement | null>, left: number, top: number, itemTop: number) {
  const [place, setPlace] = useState({ left, top });
  useLayoutEffect(() => {
    const el = ref.current;
    const map = el?.offsetParent as HTMLElement | null;
    if (!el || !map) return setPlace({ left, top });
    const room = map.clientHeight - 8;
    const h = el.offsetHeight;
    let y = top;
    if (top + h > room) y = itemTop - 6 - h >= 8 ? itemTop - 6 - h : Math.max(8, room - h);
    const x = Math.max(8, Math.min(left, map.clientWidth - el.offsetWidth - 8));
    setPlace({ left: x, top: y });
  }, [ref, left, top, itemTop]);
  return place;
}

function NoteEditor(props: OverlayProps) {
  const editing = useMapUi((s) => s.editing) as { kind: 'note'; id: string; draft?: { stageId: string; laneId: string; index: number } };
  const { edit } = useMapUi();
  const dispatch = useWorkshop((s) => s.dispatch);
  const note = props.doc.rows.note[editing.id];
  const [created, setCreated] = useState(!!note);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const box =
    props.layout.notes.find((n) => n.id === editing.id) ??
    (editing.draft ? draftBox(props.layout, editing.draft.stageId, editing.draft.laneId) : undefined);
  if (!box) return null;
  const { left, top } = toScreen(props, box.x, box.y);
  const mergeKey = `note:${editing.id}:text`;

  const change = (text: string) => {
    if (!created && editing.draft) {
      // The note is born on the first keystroke, so a stray double-click leaves nothing behind.
      const { stageId, laneId, index } = editing.draft;
      dispatch(
        [{ kind: 'create', entity: 'note', id: editing.id, values: { journeyId: props.journeyId, stageId, laneId, text, position: index + 1 } }],
        { mergeKey },
      );
      setCreated(true);
      useMapUi.getState().select([editing.id]);
    } else {
      dispatch([{ kind: 'update', entity: 'note', id: editing.id, patch: { text } }], { mergeKey });
    }
  };
  const close = () => {
    edit(null);
    props.onDone();
  };

  return (
    <textarea
      ref={ref}
      className="map-note-editor"
      aria-label={msg.journey.note.text}
      defaultValue={note?.text ?? ''}
      maxLength={2000}
      style={{
        left,
        top,
        width: NOTE_WIDTH * props.zoom,
        minHeight: Math.max(box.height, GEOMETRY.noteMinHeight) * props.zoom,
        fontSize: GEOMETRY.noteFontSize * props.zoom,
        padding: `${GEOMETRY.notePaddingY * props.zoom}px ${GEOMETRY.notePaddingX * props.zoom}px`,
        background: NOTE_FILL[note?.color ?? 'yellow'],
      }}
      onChange={(e) => change(e.target.value)}
      onPaste={(e) => {
        // Many lines pasted into an empty note: a note per line (a list from an email, a column
        // copied from a sheet). Into a note with words in it, a paste is just a paste.
        if (e.currentTarget.value.trim()) return;
        const into = created ? { noteId: editing.id } : editing.draft ? { journeyId: props.journeyId, ...editing.draft } : null;
        const made = into && pasteLinesOps(props.doc, into, e.clipboardData.getData('text/plain'), newId);
        if (!made) return;
        e.preventDefault();
        dispatch(made.ops);
        edit(null);
        useMapUi.getState().select(made.ids);
        props.onDone();
        toast(made.cut ? msg.journey.pastedLinesCut(made.ids.length, made.cut) : msg.journey.pastedLines(made.ids.length));
      }}
      onBlur={close}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          close();
        }
      }}
    />
  );
}

/** Where a new note will appear: the next free slot in its cell. */
function draftBox(layout: MapLayout, stageId: string, laneId: string) {
  const col = layout.columns.find((c) => c.stageId === stageId);
  const row = layout.rows.find((r) => r.laneId === laneId);
  if (!col || !row) return undefined;
  const cell = layout.notes.filter((n) => n.stageId === stageId && n.laneId === laneId);
  const last = cell[cell.length - 1];
  const g = GEOMETRY;
  if (!last) return { x: col.x + g.cellPadding, y: row.y + g.cellPadding, height: g.noteMinHeight };
  const column = cell.length % g.noteColumns;
  const rowTop = column === 0 ? Math.max(...cell.slice(-g.noteColumns).map((n) => n.y + n.height)) + g.noteGap : last.y;
  return { x: col.x + g.cellPadding + column * (NOTE_WIDTH + g.noteGap), y: rowTop, height: g.noteMinHeight };
}

function StageRename(props: OverlayProps & { stageId: string }) {
  const { edit } = useMapUi();
  const dispatch = useWorkshop((s) => s.dispatch);
  const stage = props.doc.rows.stage[props.stageId];
  const col = props.layout.columns.find((c) => c.stageId === props.stageId);
  const ref = useRef<HTMLInputElement>(null);
  // The label names the stage as it was when renaming began, so it does not change while typing.
  const [label] = useState(() => msg.journey.stageMenu.rename(stage?.name ?? ''));
  // Focus the moment the box exists (a new stage may be laid out a render later): keys typed
  // after "Add stage" go into its name, never to the button that would add another.
  const shown = !!stage && !!col;
  useEffect(() => {
    if (!shown) return;
    ref.current?.focus();
    ref.current?.select();
  }, [shown]);
  if (!stage || !col) return null;
  const { left, top } = toScreen(props, col.x + 40, 10);
  const close = () => {
    edit(null);
    props.onDone();
  };
  return (
    <input
      ref={ref}
      className="map-stage-editor input"
      aria-label={label}
      defaultValue={stage.name}
      maxLength={200}
      style={{ left, top, width: (col.width - 80) * props.zoom, fontSize: 16 * props.zoom, height: 40 * props.zoom }}
      onChange={(e) =>
        dispatch([{ kind: 'update', entity: 'stage', id: stage.id, patch: { name: e.target.value } }], { mergeKey: `stage:${stage.id}:name` })
      }
      onBlur={close}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' || e.key === 'Escape') close();
      }}
    />
  );
}

function TouchpointEditor(props: OverlayProps & { touchpointId: string }) {
  const { edit } = useMapUi();
  const dispatch = useWorkshop((s) => s.dispatch);
  const t = props.doc.rows.touchpoint[props.touchpointId];
  const box = props.layout.touchpoints.find((b) => b.id === props.touchpointId);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const below = box ? toScreen(props, box.x, box.y + box.height + 6) : { left: 0, top: 0 };
  const itemTop = box ? toScreen(props, box.x, box.y).top : 0;
  const panel = useRef<HTMLDivElement>(null);
  const { left, top } = useFitInMap(panel, below.left, below.top, itemTop);
  if (!t || !box) return null;
  const T = msg.journey.touchpoint;
  const update = (patch: Record<string, unknown>, field?: string) =>
    dispatch([{ kind: 'update', entity: 'touchpoint', id: t.id, patch }], field ? { mergeKey: `touchpoint:${t.id}:${field}` } : undefined);
  const close = () => {
    edit(null);
    props.onDone();
  };
  return (
    <div
      ref={panel}
      className="map-popover map-popover-wide map-popover-tall"
      role="dialog"
      aria-label={T.name}
      style={{ left, top }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <Labeled className="field" labelClassName="field-label" label={T.name}>
        {(id) => (
          <input id={id} ref={ref} className="input" defaultValue={t.name} maxLength={200} onChange={(e) => update({ name: e.target.value }, 'name')} />
        )}
      </Labeled>
      <div className="grid-2">
        <Labeled className="field" labelClassName="field-label" label={T.channel}>
          {(id) => (
            <TermSelect id={id} doc={props.doc} kind="channel" value={t.channel} dispatch={dispatch} choose={(channel) => [{ kind: 'update', entity: 'touchpoint', id: t.id, patch: { channel } }]} />
          )}
        </Labeled>
        <Labeled className="field" labelClassName="field-label" label={T.team}>
          {(id) => (
            <TermSelect id={id} doc={props.doc} kind="team" value={t.team} dispatch={dispatch} choose={(team) => [{ kind: 'update', entity: 'touchpoint', id: t.id, patch: { team } }]} />
          )}
        </Labeled>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={t.momentOfTruth} onChange={(e) => update({ momentOfTruth: e.target.checked })} />
        {T.moment}
      </label>
      <ItemDetailsFields entity="touchpoint" row={t} />
      <div className="map-popover-actions">
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            dispatch([{ kind: 'delete', entity: 'touchpoint', id: t.id }]);
            close();
          }}
        >
          <Trash2 size={15} aria-hidden />
          {T.delete(t.name)}
        </button>
        <button type="button" className="btn btn-primary btn-small" onClick={close}>
          {msg.common.close}
        </button>
      </div>
    </div>
  );
}

/** A note's details over the map: its description and what else is said about it. */
function NoteDetails(props: OverlayProps & { noteId: string }) {
  const { edit } = useMapUi();
  const note = props.doc.rows.note[props.noteId];
  const box = props.layout.notes.find((b) => b.id === props.noteId);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('textarea')?.focus();
  }, []);
  const below = box ? toScreen(props, box.x, box.y + box.height + 6) : { left: 0, top: 0 };
  const itemTop = box ? toScreen(props, box.x, box.y).top : 0;
  const { left, top } = useFitInMap(ref, below.left, below.top, itemTop);
  if (!note || !box) return null;
  const close = () => {
    edit(null);
    props.onDone();
  };
  const name = note.text.split('\n')[0]!.slice(0, 60);
  return (
    <div
      ref={ref}
      className="map-popover map-popover-wide map-popover-tall"
      role="dialog"
      aria-label={msg.journey.details.title(name)}
      style={{ left, top }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <p className="details-heading">{name}</p>
      <ItemDetailsFields entity="note" row={note} />
      <div className="map-popover-actions map-popover-actions-end">
        <button type="button" className="btn btn-primary btn-small" onClick={close}>
          {msg.common.close}
        </button>
      </div>
    </div>
  );
}

function SelectionBar(props: OverlayProps) {
  const selected = useMapUi((s) => s.selected);
  const dispatch = useWorkshop((s) => s.dispatch);
  const boxes = props.layout.notes.filter((n) => selected.includes(n.id));
  if (boxes.length === 0) return null;
  const first = boxes[0]!;
  const { left, top } = toScreen(props, first.x, first.y);
  const N = msg.journey.note;
  return (
    <div className="map-selection-bar" role="toolbar" aria-label={N.selected(boxes.length)} style={{ left, top: Math.max(4, top - 48) }}>
      {NOTE_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className="swatch"
          aria-label={`${N.color}: ${N.colors[c]}`}
          title={N.colors[c]}
          style={{ background: NOTE_FILL[c] }}
          onClick={() => dispatch(selected.map((id) => ({ kind: 'update' as const, entity: 'note' as const, id, patch: { color: c } })))}
        />
      ))}
      <span className="bar-sep" />
      {boxes.length === 1 && (
        <button type="button" className="icon-btn" aria-label={msg.journey.details.open} title={msg.journey.details.open} onClick={() => useMapUi.getState().edit({ kind: 'noteDetails', id: first.id })}>
          <Info size={16} aria-hidden />
        </button>
      )}
      <button
        type="button"
        className="icon-btn"
        aria-label={N.duplicate}
        title={N.duplicate}
        onClick={() => {
          const { ops, ids } = duplicateNotesOps(props.doc, selected, newId);
          dispatch(ops);
          useMapUi.getState().select(ids);
        }}
      >
        <Copy size={16} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn icon-btn-danger"
        aria-label={N.delete}
        title={N.delete}
        onClick={() => {
          dispatch(selected.map((id) => ({ kind: 'delete' as const, entity: 'note' as const, id })));
          useMapUi.getState().select([]);
        }}
      >
        <Trash2 size={16} aria-hidden />
      </button>
      <button type="button" className="icon-btn" aria-label={msg.common.close} onClick={() => useMapUi.getState().select([])}>
        <X size={16} aria-hidden />
      </button>
    </div>
  );
}
