/**
 * The affinity board (docs/themes.md): accepted themes side by side, drawn with Konva like the
 * map, each note a card under its theme; drag a card to another theme to move it. Beside it, the
 * same themes as a list with every action by keyboard: rename, move a note, make a gap, put a
 * note on the map, label the notes, delete. Each action is one undoable edit.
 */
import type Konva from 'konva';
import { useMemo, useState } from 'react';
import { Layer, Rect, Stage, Text, Group } from 'react-konva';
import { journeyTouchpoints, lanesOf, stagesOf } from '../../shared/domain/journey';
import { labelNotesOps, membersOf, moveToThemeOps, themesOf, themeStage, themeToGapOps, themeToNoteOps } from '../../shared/domain/themes/ops';
import { boardLayout, columnAt, BOARD, BOARD_FONT } from '../../shared/layout/theme-board';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { NOTE_FILL, NOTE_TEXT, useCanvasColors } from '../canvas/colors';
import { FONT_FAMILY, measureNoteText, useFontEpoch } from '../canvas/measure';
import { newId } from '../ids';
import { toast } from '../store/toasts';
import { useWorkshop } from '../store/workshop';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/SelectField';

const T = msg.themes;

export function ThemeBoard({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const themes = themesOf(doc, journeyId);
  const colors = useCanvasColors();
  const epoch = useFontEpoch();
  const dispatch = useWorkshop((s) => s.dispatch);
  const layout = useMemo(() => {
    void epoch;
    return boardLayout(
      themes.map((t) => {
        const { notes, evidence } = membersOf(doc, t.id);
        return { id: t.id, name: t.name, color: t.color, items: [...notes.map((n) => ({ id: n.id, text: n.text, color: n.color })), ...evidence.map((e) => ({ id: e.id, text: e.text, color: 'grey' }))] };
      }),
      measureNoteText,
    );
  }, [themes, doc, epoch]);

  if (themes.length === 0) return <p className="muted board-empty">{T.boardEmpty}</p>;

  const onDragEnd = (id: string, from: string, e: Konva.KonvaEventObject<DragEvent>) => {
    const node = e.target;
    const to = columnAt(layout, node.x() + BOARD.columnWidth / 2);
    const card = layout.cards.find((c) => c.id === id)!;
    node.position({ x: card.x, y: card.y });
    if (to && to !== from) dispatch(moveToThemeOps(doc, id, to));
  };

  return (
    <div className="theme-board">
      <div className="theme-board-canvas" role="img" aria-label={T.boardLabel}>
        <Stage width={Math.max(layout.width, 320)} height={Math.max(layout.height, 200)}>
          <Layer>
            {layout.columns.map((c) => (
              <Group key={c.themeId}>
                <Rect x={c.x - 6} y={c.y} width={c.width + 12} height={Math.max(c.height, BOARD.headerHeight) + 6} fill={colors.surface2} cornerRadius={10} />
                <Rect x={c.x} y={c.y + 6} width={c.width} height={BOARD.headerHeight - 12} fill={NOTE_FILL[c.color] ?? NOTE_FILL.yellow} cornerRadius={6} />
                <Text x={c.x + 10} y={c.y + 19} width={c.width - 20} text={`${c.name} · ${c.count}`} fontFamily={FONT_FAMILY} fontStyle="bold" fontSize={15} fill={NOTE_TEXT} ellipsis wrap="none" />
              </Group>
            ))}
            {layout.cards.map((card) => (
              <Group key={card.id} x={card.x} y={card.y} draggable onDragEnd={(e) => onDragEnd(card.id, card.themeId, e)} name="board-card">
                <Rect width={card.width} height={card.height} fill={NOTE_FILL[card.color] ?? NOTE_FILL.yellow} cornerRadius={4} shadowColor="#000" shadowOpacity={0.12} shadowBlur={4} shadowOffsetY={1} />
                <Text
                  x={BOARD.cardPadding}
                  y={BOARD.cardPadding}
                  width={card.width - 2 * BOARD.cardPadding}
                  text={card.text}
                  fontFamily={FONT_FAMILY}
                  fontSize={BOARD_FONT.size}
                  lineHeight={BOARD_FONT.lineHeight}
                  fill={NOTE_TEXT}
                  wrap="word"
                />
              </Group>
            ))}
          </Layer>
        </Stage>
      </div>
      <ThemeList doc={doc} journeyId={journeyId} />
    </div>
  );
}

function ThemeList({ doc, journeyId }: { doc: WorkshopDoc; journeyId: string }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const themes = themesOf(doc, journeyId);
  const [gapFor, setGapFor] = useState<string | null>(null);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  return (
    <section className="theme-list" aria-label={T.themeList}>
      <h2 className="visually-hidden">{T.themeList}</h2>
      {themes.map((t) => {
        const { notes, evidence } = membersOf(doc, t.id);
        return (
          <article key={t.id} className="theme-card" aria-label={t.name || T.untitled}>
            <input
              className="input theme-card-name"
              aria-label={T.rename}
              value={t.name}
              maxLength={200}
              onChange={(e) => dispatch([{ kind: 'update', entity: 'theme', id: t.id, patch: { name: e.target.value } }], { mergeKey: `theme:${t.id}:name` })}
            />
            <p className="muted">{T.members(notes.length + evidence.length)}</p>
            <ul className="theme-card-items">
              {[...notes, ...evidence].map((item) => (
                <li key={item.id}>
                  <span>{item.text}</span>
                  <select
                    className="input select"
                    aria-label={T.moveTo(item.text)}
                    value={t.id}
                    onChange={(e) => dispatch(moveToThemeOps(doc, item.id, e.target.value || null))}
                  >
                    {themes.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name || T.untitled}
                      </option>
                    ))}
                    <option value="">{T.noTheme}</option>
                  </select>
                </li>
              ))}
            </ul>
            <div className="theme-card-actions">
              <button type="button" className="btn btn-secondary btn-small" onClick={() => setGapFor(t.id)}>
                {T.toGap}
              </button>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => setNoteFor(t.id)}>
                {T.toNote}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => {
                  const ops = labelNotesOps(doc, t.id);
                  if (ops.length) dispatch(ops);
                  toast(T.labelled(ops.length));
                }}
              >
                {T.label}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => {
                  dispatch([{ kind: 'delete', entity: 'theme', id: t.id }]);
                  toast(T.removed);
                }}
              >
                {T.remove}
              </button>
            </div>
          </article>
        );
      })}
      {gapFor && <GapDialog doc={doc} journeyId={journeyId} themeId={gapFor} onClose={() => setGapFor(null)} />}
      {noteFor && <NoteDialog doc={doc} journeyId={journeyId} themeId={noteFor} onClose={() => setNoteFor(null)} />}
    </section>
  );
}

function GapDialog({ doc, journeyId, themeId, onClose }: { doc: WorkshopDoc; journeyId: string; themeId: string; onClose(): void }) {
  const theme = doc.rows.theme[themeId];
  const likely = themeStage(doc, themeId);
  const touchpoints = journeyTouchpoints(doc.rows, journeyId);
  const ordered = [...touchpoints.filter((t) => t.stageId === likely), ...touchpoints.filter((t) => t.stageId !== likely)];
  const [touchpointId, setTouchpointId] = useState(ordered[0]?.id ?? '');
  if (!theme) return null;
  return (
    <Dialog
      open
      title={T.toGapTitle(theme.name)}
      onClose={onClose}
      onSubmit={() => {
        if (!touchpointId) return toast(T.noTouchpoints, 'error');
        useWorkshop.getState().dispatch(themeToGapOps(doc, themeId, touchpointId, newId).ops);
        toast(T.gapMade(theme.name));
        onClose();
      }}
      actions={
        <button type="submit" className="btn btn-primary" disabled={!touchpointId}>
          {T.makeGap}
        </button>
      }
    >
      <p>{T.toGapLede}</p>
      {ordered.length === 0 ? (
        <p role="alert">{T.noTouchpoints}</p>
      ) : (
        <>
          <SelectField
            className="stacked-field"
            labelClassName="field-label"
            label={T.touchpoint}
            value={touchpointId}
            onChange={setTouchpointId}
            options={ordered.map((t) => ({ value: t.id, label: `${doc.rows.stage[t.stageId]?.name ?? ''} → ${t.name}` }))}
          />
        </>
      )}
    </Dialog>
  );
}

function NoteDialog({ doc, journeyId, themeId, onClose }: { doc: WorkshopDoc; journeyId: string; themeId: string; onClose(): void }) {
  const theme = doc.rows.theme[themeId];
  const stages = stagesOf(doc.rows, journeyId);
  const lanes = lanesOf(doc.rows, journeyId, false).filter((l) => l.kind !== 'touchpoints' && l.kind !== 'emotions');
  const [stageId, setStageId] = useState(themeStage(doc, themeId) ?? stages[0]?.id ?? '');
  const [laneId, setLaneId] = useState(lanes.find((l) => l.kind === 'pain_points')?.id ?? lanes[0]?.id ?? '');
  if (!theme) return null;
  return (
    <Dialog
      open
      title={T.toNoteTitle(theme.name)}
      onClose={onClose}
      onSubmit={() => {
        const ops = themeToNoteOps(doc, themeId, { stageId, laneId }, newId);
        if (ops.length) useWorkshop.getState().dispatch(ops);
        toast(T.notePut);
        onClose();
      }}
      actions={
        <button type="submit" className="btn btn-primary" disabled={!stageId || !laneId}>
          {T.putNote}
        </button>
      }
    >
      <SelectField className="stacked-field" labelClassName="field-label" label={msg.room.stage} value={stageId} onChange={setStageId} options={stages.map((x) => ({ value: x.id, label: x.name }))} />
      <SelectField className="stacked-field" labelClassName="field-label" label={msg.room.lane} value={laneId} onChange={setLaneId} options={lanes.map((l) => ({ value: l.id, label: l.name }))} />
    </Dialog>
  );
}
