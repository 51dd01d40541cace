/**
 * The journey map as a table: the same data as the canvas, every cell readable and editable with
 * a keyboard alone and with a screen reader. Stages are columns, lanes are rows.
 */
import { useState } from 'react';
import { phaseRuns } from '../../../shared/domain/phases';
import { Info, Plus, Trash2 } from 'lucide-react';
import { ItemDetailsFields } from '../../canvas/ItemDetails';
import { Dialog } from '../../ui/Dialog';
import { emotionOf, lanesOf, moveNotesOps, notesIn, pasteLinesOps, reorderStageOps, setEmotionOps, stagesOf, touchpointsOf, type Lane, type Stage } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { nextPosition } from '../../../shared/model/positions';
import { TermSelect } from '../../ui/TermSelect';
import { msg } from '../../../shared/strings';
import { newId } from '../../ids';
import { useWorkshop } from '../../store/workshop';
import { toast } from '../../store/toasts';
import { BoundInlineText } from '../../ui/bound';
import { MoveButtons } from '../../ui/MoveButtons';
import { formatScore } from '../../../shared/domain/scores';

const SCORES = [2, 1.5, 1, 0.5, 0, -0.5, -1, -1.5, -2];
const scoreLabel = (s: number) => {
  const sign = s > 0 ? '+' : s < 0 ? '−' : '';
  const words = msg.journey.emotion.scale[String(s)];
  return `${sign}${Math.abs(s)}${words ? ` ${words}` : ''}`;
};

export function JourneyTable({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const stages = stagesOf(doc.rows, journeyId);
  const lanes = lanesOf(doc.rows, journeyId, false);
  const journey = doc.rows.journey[journeyId];
  const T = msg.journey.table;
  const runs = phaseRuns(stages);
  const phaseCells: { name: string; span: number; key: string }[] = [];
  for (let i = 0; i < stages.length; ) {
    const run = runs.find((r) => r.from === i);
    phaseCells.push(run ? { name: run.name, span: run.to - run.from + 1, key: stages[i]!.id } : { name: '', span: 1, key: stages[i]!.id });
    i += run ? run.to - run.from + 1 : 1;
  }
  const listId = `phases-${journeyId}`;

  return (
    <div className="journey-table-wrap">
      <datalist id={listId}>
        {[...new Set(runs.map((r) => r.name))].map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <table className="journey-table">
        <caption>{T.caption(journey?.name ?? '')}</caption>
        <thead>
          {runs.length > 0 && (
            <tr className="phase-row">
              <th scope="col" className="lane-col">
                {T.phase}
              </th>
              {phaseCells.map((c) => (
                <th key={c.key} scope={c.name ? 'colgroup' : undefined} colSpan={c.span} className={c.name ? 'phase-cell' : 'phase-none'}>
                  {c.name}
                </th>
              ))}
            </tr>
          )}
          <tr>
            <th scope="col" className="lane-col">
              {T.stage}
            </th>
            {stages.map((s, i) => (
              <th key={s.id} scope="col">
                <div className="stage-cell">
                  <BoundInlineText entity="stage" id={s.id} field="name" ariaLabel={T.stageName(i + 1)} />
                  <MoveButtons
                    axis="horizontal"
                    size={15}
                    index={i}
                    count={stages.length}
                    earlierLabel={msg.journey.stageMenu.moveLeft(s.name)}
                    laterLabel={msg.journey.stageMenu.moveRight(s.name)}
                    onMove={(to) => dispatch(reorderStageOps(doc, journeyId, s.id, to))}
                  />
                </div>
                <div className="stage-phase">
                  <BoundInlineText entity="stage" id={s.id} field="phase" ariaLabel={T.stagePhase(i + 1, s.name)} placeholder={T.phasePlaceholder} list={listId} />
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => (
            <tr key={lane.id}>
              <th scope="row" className="lane-col">
                {lane.name}
              </th>
              {stages.map((stage) => (
                <td key={stage.id}>
                  <Cell doc={doc} journeyId={journeyId} lane={lane} stage={stage} stages={stages} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ doc, journeyId, lane, stage, stages }: { doc: WorkshopDoc; journeyId: string; lane: Lane; stage: Stage; stages: Stage[] }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const [added, setAdded] = useState<string | null>(null);
  // The note whose details (description, score, sentiment, severity, tags) are open, if any.
  const [details, setDetails] = useState<string | null>(null);
  const T = msg.journey.table;
  const TP = msg.journey.touchpoint;

  if (lane.kind === 'touchpoints') {
    const tps = touchpointsOf(doc.rows, stage.id);
    // A new touchpoint's name takes the focus, so typing names it (a space would otherwise press
    // the button again).
    return (
      <div className="cell-stack">
        {tps.map((t) => (
          <div key={t.id} className={`table-touchpoint${t.momentOfTruth ? ' is-moment' : ''}`}>
            <BoundInlineText entity="touchpoint" id={t.id} field="name" ariaLabel={`${TP.name}: ${t.name}, ${stage.name}`} autoFocus={t.id === added} selectOnFocus={t.id === added} />
            <ItemMeta item={t} />
            <TermSelect doc={doc} kind="channel" ariaLabel={`${TP.channel}: ${t.name}`} value={t.channel} dispatch={dispatch} choose={(channel) => [{ kind: 'update', entity: 'touchpoint', id: t.id, patch: { channel } }]} />
            <TermSelect doc={doc} kind="team" ariaLabel={`${TP.team}: ${t.name}`} value={t.team} dispatch={dispatch} choose={(team) => [{ kind: 'update', entity: 'touchpoint', id: t.id, patch: { team } }]} />
            <label className="checkbox">
              <input
                type="checkbox"
                aria-label={TP.momentOf(t.name)}
                checked={t.momentOfTruth}
                onChange={(e) => dispatch([{ kind: 'update', entity: 'touchpoint', id: t.id, patch: { momentOfTruth: e.target.checked } }])}
              />
              {TP.moment}
            </label>
            <button type="button" className="icon-btn icon-btn-danger" aria-label={TP.delete(t.name)} onClick={() => dispatch([{ kind: 'delete', entity: 'touchpoint', id: t.id }])}>
              <Trash2 size={15} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-ghost btn-small"
          onClick={() => {
            const id = newId();
            setAdded(id);
            dispatch([
              {
                kind: 'create',
                entity: 'touchpoint',
                id,
                values: { journeyId, stageId: stage.id, name: msg.journey.newTouchpoint, position: nextPosition(tps) },
              },
            ]);
          }}
        >
          <Plus size={14} aria-hidden />
          {T.addTouchpoint(stage.name)}
        </button>
      </div>
    );
  }

  if (lane.kind === 'emotions') {
    const tps = touchpointsOf(doc.rows, stage.id);
    // Feelings brought from another tool as items of this lane: their words, their score.
    const feelings = notesIn(doc.rows, stage.id, lane.id);
    if (tps.length === 0 && feelings.length === 0) return <span className="muted">{T.empty}</span>;
    return (
      <div className="cell-stack">
        {feelings.map((n, i) => (
          <div key={n.id} className={`table-note note-${n.color}`}>
            <BoundInlineText entity="note" id={n.id} field="text" multiline ariaLabel={T.noteLabel(lane.name, stage.name, i + 1)} />
            <ItemMeta item={n} score={n.score} />
          </div>
        ))}
        {tps.map((t) => {
          const score = emotionOf(doc.rows, t.id)?.score;
          return (
            <label key={t.id} className="emotion-select">
              <span>{t.name}</span>
              <select
                className="input select"
                aria-label={msg.journey.emotion.label(t.name)}
                value={score === undefined ? '' : String(score)}
                onChange={(e) => {
                  const existing = emotionOf(doc.rows, t.id);
                  if (e.target.value === '') {
                    if (existing) dispatch([{ kind: 'delete', entity: 'emotion', id: existing.id }]);
                  } else dispatch(setEmotionOps(doc, t.id, Number(e.target.value), newId));
                }}
              >
                <option value="">{msg.journey.emotion.notSet}</option>
                {SCORES.map((s) => (
                  <option key={s} value={String(s)}>
                    {scoreLabel(s)}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    );
  }

  const notes = notesIn(doc.rows, stage.id, lane.id);
  const detailNote = details ? doc.rows.note[details] : undefined;
  return (
    <div className="cell-stack">
      {notes.map((n, i) => (
        <div key={n.id} className={`table-note note-${n.color}`}>
          <BoundInlineText
            entity="note"
            id={n.id}
            field="text"
            multiline
            ariaLabel={T.noteLabel(lane.name, stage.name, i + 1)}
            onPaste={(e) => {
              // Many lines pasted into an empty note become a note each, as on the map.
              if (e.currentTarget.value.trim()) return;
              const made = pasteLinesOps(doc, { noteId: n.id }, e.clipboardData.getData('text/plain'), newId);
              if (!made) return;
              e.preventDefault();
              e.currentTarget.blur();
              dispatch(made.ops);
              toast(made.cut ? msg.journey.pastedLinesCut(made.ids.length, made.cut) : msg.journey.pastedLines(made.ids.length));
            }}
          />
          <ItemMeta item={n} score={n.score} />
          <div className="table-note-tools">
            <select
              className="input select select-compact"
              aria-label={T.moveNote(lane.name, stage.name, i + 1)}
              value={stage.id}
              onChange={(e) => dispatch(moveNotesOps(doc, [n.id], e.target.value, lane.id, Number.MAX_SAFE_INTEGER))}
            >
              {stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="button" className="icon-btn" aria-label={T.noteDetails(lane.name, stage.name, i + 1)} title={msg.journey.details.open} onClick={() => setDetails(n.id)}>
              <Info size={15} aria-hidden />
            </button>
            <button type="button" className="icon-btn icon-btn-danger" aria-label={T.deleteNote(lane.name, stage.name, i + 1)} onClick={() => dispatch([{ kind: 'delete', entity: 'note', id: n.id }])}>
              <Trash2 size={15} aria-hidden />
            </button>
          </div>
        </div>
      ))}
      {detailNote && (
        <Dialog open title={msg.journey.details.title(detailNote.text.split('\n')[0]!.slice(0, 60))} onClose={() => setDetails(null)} actions={null}>
          <ItemDetailsFields entity="note" row={detailNote} />
        </Dialog>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-small"
        onClick={() =>
          dispatch([{ kind: 'create', entity: 'note', id: newId(), values: { journeyId, stageId: stage.id, laneId: lane.id, text: '', position: nextPosition(notes) } }])
        }
      >
        <Plus size={14} aria-hidden />
        {T.addNote(lane.name, stage.name)}
      </button>
    </div>
  );
}

/** What else is said about an item, read-only under it: its description, then its score,
 * sentiment, severity and tags (edited in the map's details panel). */
function ItemMeta({ item, score }: { item: { description: string; sentiment: string; severity: string | null; tags: readonly string[] }; score?: number | null }) {
  const D = msg.journey.details;
  const chips = [
    score !== undefined && score !== null ? `${D.score} ${formatScore(score)}` : '',
    item.sentiment,
    item.severity ? `${D.severity}: ${D.severities[item.severity] ?? item.severity}` : '',
    ...item.tags,
  ].filter(Boolean);
  if (!item.description && chips.length === 0) return null;
  return (
    <>
      {item.description && <p className="table-note-details">{item.description}</p>}
      {chips.length > 0 && (
        <span className="table-note-meta">
          {chips.map((c, i) => (
            <span key={i} className="badge">
              {c}
            </span>
          ))}
        </span>
      )}
    </>
  );
}
