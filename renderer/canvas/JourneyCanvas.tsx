/**
 * The journey map on Konva (react-konva). Three layers, after Konva's performance advice:
 *  - the grid (lanes, columns, labels): static, `listening(false)`;
 *  - the content (stage headers, notes, touchpoints, the emotion curve), drawing only what is in
 *    view, with text dropped when zoomed far out;
 *  - a drag layer: the node being dragged moves there, so a drag frame redraws one node, and the
 *    store is written once, on drop.
 * Edits go through the workshop store as operations (saved and undoable like any other edit).
 */
import type Konva from 'konva';
import { useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import { duplicateNotesOps, emotionOf, lanesOf, moveNotesOps, notesIn, reorderStageOps, setEmotionOps, stagesOf, touchpointsOf } from '../../shared/domain/journey';
import { formatScore } from '../../shared/domain/scores';
import type { WorkshopDoc } from '../../shared/model/ops';
import { nextPosition } from '../../shared/model/positions';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useWorkshop } from '../store/workshop';
import { useCanvasShell } from './canvas-shell';
import { touchpointDetails } from './touchpoint-details';
import { gapByTouchpoint } from '../../shared/domain/gaps';
import { heatColor } from '../ui/heat';
import { cellAt, dropIndex, GEOMETRY, intersects, isNoteLane, layoutJourney, pointName, yToScore, type EmotionPoint, type MapLayout } from '../../shared/layout/journey-layout';
import { STAGE_ROW, useMapUi } from './map-ui';
import { useViewport } from './viewport';
import { measureNoteText } from './measure';
import { MapOverlays } from './overlays';
import { EvidencePopover } from './EvidencePopover';
import { EmotionCurve, GridLayerContent, NoteShape, PhaseBands, StageHeader, TouchpointShape } from './shapes';
import { phaseRuns } from '../../shared/domain/phases';

/** Below this zoom, a note's full text would be unreadable: it shows its first words, larger. */
const TEXT_ZOOM = 0.45;
/** The size on screen, in pixels, that those first words keep however far out the map is. */
const FAR_TEXT_PX = 9;

/** The map font size of a note's first words at this zoom (0: full text). In steps, so a zoom
 * gesture does not redraw every note on every frame. */
function farFontSizeFor(zoom: number, drawAll?: boolean): number {
  return !drawAll && zoom < TEXT_ZOOM ? Math.round(FAR_TEXT_PX / zoom / 2) * 2 : 0;
}

export interface JourneyCanvasHandle {
  stage: Konva.Stage | null;
  layout: MapLayout;
}

export function JourneyCanvas(props: {
  doc: WorkshopDoc;
  journeyId: string;
  onRequestDeleteStage(stageId: string): void;
  canvasRef?: React.MutableRefObject<JourneyCanvasHandle | null>;
  /** Draw everything, ignoring the view (for exporting a picture of the whole map). */
  drawAll?: boolean;
}) {
  const { doc, journeyId } = props;
  const dispatch = useWorkshop((s) => s.dispatch);
  // The geometry is published for tests (which click where a person would) and assistive
  // tooling: where each note, touchpoint and emotion point is drawn. Nothing reads it back.
  const { ui, colors, fontEpoch, containerRef, stageRef, contentRef, dragRef, lift, putBack } = useCanvasShell(useMapUi, journeyId, 'mapGeometry', () => ({
    layout,
    zoom: useMapUi.getState().zoom,
    pan: useMapUi.getState().pan,
    heat: heat ? Object.fromEntries(heat) : null,
    // The line under each touchpoint (measured results with their period), and its evidence count.
    details: Object.fromEntries([...details].filter(([, d]) => d.measured).map(([id, d]) => [id, d.measured])),
    evidence: Object.fromEntries([...details].map(([id, d]) => [id, d.evidence])),
    // The size note text is drawn at on screen, in pixels: never a blank shape.
    noteTextPx: (farFontSizeFor(useMapUi.getState().zoom, props.drawAll) || GEOMETRY.noteFontSize) * useMapUi.getState().zoom,
  }));

  const { note, stage, lane, touchpoint, emotion } = doc.rows;
  const layout = useMemo(
    () => layoutJourney(doc.rows, journeyId, measureNoteText),
    [note, stage, lane, touchpoint, emotion, journeyId, fontEpoch],
  );
  if (props.canvasRef) props.canvasRef.current = { stage: stageRef.current, layout };


  const { surveyImport, surveyResponse, evidenceLink } = doc.rows;
  const [hoveredEmotion, setHoveredEmotion] = useState<string | null>(null);
  const surveyPeriod = doc.workshop.surveyPeriod;
  // The touchpoint whose evidence is open over the map, if any.
  const [evidenceOf, setEvidenceOf] = useState<string | null>(null);
  const details = useMemo(() => touchpointDetails(doc), [surveyImport, surveyResponse, evidenceLink, touchpoint, surveyPeriod]);
  const heatOn = useMapUi((s) => s.heatMap);
  const heat = useMemo(() => (heatOn ? gapByTouchpoint(doc, journeyId) : null), [heatOn, doc, journeyId]);
  const heatOf = (touchpointId: string) => {
    if (!heat) return undefined;
    const size = heat.get(touchpointId);
    return size === undefined ? null : { ...heatColor(size), label: msg.gaps.sizeValue(size) };
  };

  const laneNames = useMemo(() => new Map(lanesOf(doc.rows, journeyId).map((l) => [l.id, l.name])), [lane, journeyId]);
  const stageNames = useMemo(() => new Map(stagesOf(doc.rows, journeyId).map((s) => [s.id, s.name])), [stage, journeyId]);
  const phases = useMemo(() => phaseRuns(stagesOf(doc.rows, journeyId)), [stage, journeyId]);

  // ---- view: zoom and pan (shared with the blueprint) ----------------------------------------
  const { size, spaceDown, zoomAt, fit, scrollIntoView: showBox, stageProps } = useViewport(useMapUi, containerRef, stageRef, layout);

  const { zoom, pan } = ui;
  const view = { x: -pan.x / zoom, y: -pan.y / zoom, width: size.width / zoom, height: size.height / zoom };
  const margin = 200 / zoom;
  const padded = { x: view.x - margin, y: view.y - margin, width: view.width + 2 * margin, height: view.height + 2 * margin };
  const visibleNotes = props.drawAll ? layout.notes : layout.notes.filter((n) => intersects(n, padded));
  const farFontSize = farFontSizeFor(zoom, props.drawAll);
  const selected = useMemo(() => new Set(ui.selected), [ui.selected]);

  const mapPoint = () => stageRef.current?.getRelativePointerPosition() ?? null;

  // ---- notes ---------------------------------------------------------------------------------
  const startNote = (stageId: string, laneId: string) => {
    const index = notesIn(doc.rows, stageId, laneId).length;
    const id = newId();
    ui.setActive({ stageId, laneId });
    ui.select([]);
    ui.edit({ kind: 'note', id, draft: { stageId, laneId, index } });
  };

  const startTouchpoint = (stageId: string) => {
    const id = newId();
    const existing = Object.values(doc.rows.touchpoint).filter((t) => t.stageId === stageId);
    dispatch([
      {
        kind: 'create',
        entity: 'touchpoint',
        id,
        values: { journeyId, stageId, name: msg.journey.newTouchpoint, position: nextPosition(existing) },
      },
    ]);
    ui.edit({ kind: 'touchpoint', id });
  };

  const onNoteClick = (e: Konva.KonvaEventObject<MouseEvent>) => {
    e.cancelBubble = true;
    const id = e.currentTarget.id();
    const n = doc.rows.note[id];
    if (!n) return;
    ui.setActive({ stageId: n.stageId, laneId: n.laneId });
    if (e.evt.shiftKey || e.evt.metaKey || e.evt.ctrlKey) ui.toggle(id);
    else ui.select([id]);
    containerRef.current?.focus({ preventScroll: true });
  };

  const onNoteDragStart = (e: Konva.KonvaEventObject<DragEvent>) => {
    const node = e.target;
    if (!useMapUi.getState().selected.includes(node.id())) ui.select([node.id()]);
    lift(node);
  };

  const onNoteDragEnd = (e: Konva.KonvaEventObject<DragEvent>) => {
    const node = e.target;
    const id = node.id();
    const box = layout.notes.find((n) => n.id === id);
    const centre = { x: node.x() + (box?.width ?? 0) / 2, y: node.y() + Math.min(box?.height ?? 0, 40) / 2 };
    // Back where React put it; the store decides where it goes.
    putBack(node, box);
    const cell = cellAt(layout, centre.x, centre.y);
    if (!cell || !isNoteLane(cell.kind)) return;
    const ids = useMapUi.getState().selected.includes(id) ? useMapUi.getState().selected : [id];
    const index = dropIndex(layout, cell.stageId, cell.laneId, centre.x, centre.y, new Set(ids));
    dispatch(moveNotesOps(doc, ids, cell.stageId, cell.laneId, index));
    ui.setActive({ stageId: cell.stageId, laneId: cell.laneId });
  };

  const onEmotionDragEnd = (point: EmotionPoint, e: Konva.KonvaEventObject<DragEvent>) => {
    const row = layout.emotionRow;
    if (!row) return;
    const y = e.target.y();
    e.target.position({ x: point.x, y: point.y });
    if (point.touchpointId) dispatch(setEmotionOps(doc, point.touchpointId, yToScore(y, row), newId));
    else if (point.noteId) dispatch([{ kind: 'update', entity: 'note', id: point.noteId, patch: { score: yToScore(y, row) } }]);
  };

  const onStageDragEnd = (stageId: string, e: Konva.KonvaEventObject<DragEvent>) => {
    const col = layout.columns.find((c) => c.stageId === stageId);
    if (!col) return;
    const centre = e.target.x() + col.width / 2;
    e.target.position({ x: col.x, y: 0 });
    const index = Math.max(0, Math.min(layout.columns.length - 1, Math.floor((centre - GEOMETRY.laneHeaderWidth) / GEOMETRY.columnWidth)));
    if (index !== col.index) dispatch(reorderStageOps(doc, journeyId, stageId, index));
  };

  // ---- stage (background) events -------------------------------------------------------------
  const onBackgroundClick = (e: Konva.KonvaEventObject<MouseEvent>) => {
    if (e.target.findAncestor('.note', true) || e.target.findAncestor('.emotion-point', true)) return;
    const p = mapPoint();
    const cell = p ? cellAt(layout, p.x, p.y) : null;
    ui.select([]);
    ui.setActive(cell ? { stageId: cell.stageId, laneId: cell.laneId } : null);
    containerRef.current?.focus({ preventScroll: true });
  };

  const onBackgroundDblClick = (e: Konva.KonvaEventObject<MouseEvent>) => {
    const t = e.target;
    if (t.findAncestor('.note', true) || t.findAncestor('.touchpoint', true) || t.findAncestor('.stage-header', true)) return;
    const p = mapPoint();
    const cell = p ? cellAt(layout, p.x, p.y) : null;
    if (!cell) return;
    if (isNoteLane(cell.kind)) startNote(cell.stageId, cell.laneId);
    else if (cell.kind === 'touchpoints') startTouchpoint(cell.stageId);
  };

  // ---- keyboard --------------------------------------------------------------------------------
  // The rows the arrow keys visit: the stage headers (a row of their own, STAGE_ROW), every lane
  // of notes, the touchpoints and the emotion curve.
  const noteLanes = [
    { laneId: STAGE_ROW, kind: 'stages' as const, y: 0, height: GEOMETRY.stageHeaderHeight },
    ...layout.rows,
  ];
  const touchpointRowId = layout.rows.find((r) => r.kind === 'touchpoints')?.laneId;
  const holdsNotes = (row: (typeof noteLanes)[number] | undefined) => !!row && row.kind !== 'stages' && isNoteLane(row.kind);

  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.target !== containerRef.current) return;
    const state = useMapUi.getState();
    // Before the first move, the first lane of the first stage (not its header) is the active cell.
    const firstLane = noteLanes.find((r) => r.kind !== 'stages');
    const active = state.active ?? (layout.columns[0] && firstLane ? { stageId: layout.columns[0].stageId, laneId: firstLane.laneId } : null);
    if (!active) return;
    const ci = layout.columns.findIndex((c) => c.stageId === active.stageId);
    const ri = noteLanes.findIndex((r) => r.laneId === active.laneId);
    const cellNotes = notesIn(doc.rows, active.stageId, active.laneId);
    const here = noteLanes[ri];
    const moveTo = (dc: number, dr: number) => {
      const col = layout.columns[Math.max(0, Math.min(layout.columns.length - 1, ci + dc))];
      const row = noteLanes[Math.max(0, Math.min(noteLanes.length - 1, ri + dr))];
      if (!col || !row) return;
      if (e.altKey && here?.kind === 'stages' && dr === 0) {
        // Alt+Left/Right on a stage header moves the stage.
        const to = Math.max(0, Math.min(layout.columns.length - 1, ci + dc));
        if (to !== ci) dispatch(reorderStageOps(doc, journeyId, active.stageId, to));
        return;
      }
      if (e.altKey && here?.kind === 'emotions' && dc === 0) {
        // Alt+Up/Down on the emotion row raises or lowers the selected touchpoint's feeling.
        const tp = state.selected.find((id) => doc.rows.touchpoint[id]) ?? touchpointsOf(doc.rows, active.stageId)[0]?.id;
        if (!tp) return;
        const now = emotionOf(doc.rows, tp)?.score ?? 0;
        dispatch(setEmotionOps(doc, tp, now - dr, newId));
        ui.select([tp]);
        return;
      }
      if (e.altKey && state.selected.length && holdsNotes(here) && holdsNotes(row)) {
        // Alt+arrow carries the selected notes along: dragging, by keyboard.
        dispatch(moveNotesOps(doc, state.selected, col.stageId, row.laneId, Number.MAX_SAFE_INTEGER));
        ui.setActive({ stageId: col.stageId, laneId: row.laneId });
        return;
      }
      ui.setActive({ stageId: col.stageId, laneId: row.laneId });
      const first = row.kind === 'emotions' || row.kind === 'touchpoints' ? touchpointsOf(doc.rows, col.stageId)[0] : notesIn(doc.rows, col.stageId, row.laneId)[0];
      ui.select(first ? [first.id] : []);
      scrollIntoView(col.stageId, row.laneId);
    };
    const key = e.key;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (key === 'ArrowLeft') return handled(), moveTo(-1, 0);
    if (key === 'ArrowRight') return handled(), moveTo(1, 0);
    if (key === 'ArrowUp') return handled(), moveTo(0, -1);
    if (key === 'ArrowDown') return handled(), moveTo(0, 1);
    const row = here;
    if (row?.kind === 'stages') {
      if (key === 'Enter' || key === 'F2') return handled(), ui.edit({ kind: 'stage', id: active.stageId });
      if (key === 'Delete' || key === 'Backspace') return handled(), props.onRequestDeleteStage(active.stageId);
    }
    const onTouchpoints = row?.kind === 'touchpoints' || row?.kind === 'emotions';
    const chosenTouchpoint = onTouchpoints ? state.selected.find((id) => doc.rows.touchpoint[id]?.stageId === active.stageId) : undefined;
    if (row?.kind === 'touchpoints' && (key === 'Enter' || key === 'F2') && chosenTouchpoint) return handled(), ui.edit({ kind: 'touchpoint', id: chosenTouchpoint });
    if (row?.kind === 'touchpoints' && (key === 'n' || key === 'N')) return handled(), startTouchpoint(active.stageId);
    if (onTouchpoints && (key === 'e' || key === 'E') && chosenTouchpoint && details.get(chosenTouchpoint)?.evidence) return handled(), setEvidenceOf(chosenTouchpoint);
    if (onTouchpoints && (key === 'Delete' || key === 'Backspace')) return handled(); // a touchpoint is removed from its editor, where its gaps are named
    if (onTouchpoints && (key === '[' || key === ']')) {
      handled();
      const tps = touchpointsOf(doc.rows, active.stageId);
      if (!tps.length) return;
      const at = tps.findIndex((t) => t.id === state.selected[0]);
      ui.select([tps[(at + (key === ']' ? 1 : -1) + tps.length) % tps.length]!.id]);
      return;
    }
    if (key === '[' || key === ']') {
      handled();
      if (!cellNotes.length) return;
      const at = cellNotes.findIndex((n) => n.id === state.selected[0]);
      const next = cellNotes[(at + (key === ']' ? 1 : -1) + cellNotes.length) % cellNotes.length]!;
      ui.select([next.id]);
      return;
    }
    if (key === 'Enter' || key === 'F2') {
      handled();
      if (state.selected.length === 1 && doc.rows.note[state.selected[0]!]) ui.edit({ kind: 'note', id: state.selected[0]! });
      else if (key === 'Enter' && holdsNotes(row)) startNote(active.stageId, active.laneId);
      else if (key === 'Enter' && row?.kind === 'touchpoints') startTouchpoint(active.stageId);
      return;
    }
    if (key === 'n' || key === 'N') {
      handled();
      if (holdsNotes(row)) startNote(active.stageId, active.laneId);
      return;
    }
    if ((key === 'i' || key === 'I') && !e.ctrlKey && !e.metaKey && state.selected.length === 1 && doc.rows.note[state.selected[0]!]) {
      // The selected note's details: its description, score, sentiment, severity and tags.
      return handled(), ui.edit({ kind: 'noteDetails', id: state.selected[0]! });
    }
    if ((key === 'Delete' || key === 'Backspace') && state.selected.length && holdsNotes(row)) {
      handled();
      dispatch(state.selected.map((id) => ({ kind: 'delete' as const, entity: 'note' as const, id })));
      ui.select([]);
      return;
    }
    if ((e.ctrlKey || e.metaKey) && key.toLowerCase() === 'd' && state.selected.length && holdsNotes(row)) {
      handled();
      const { ops, ids } = duplicateNotesOps(doc, state.selected, newId);
      dispatch(ops);
      ui.select(ids);
      return;
    }
    if (key === 'Escape') return handled(), ui.select([]);
    if (key === '+' || key === '=') return handled(), zoomAt(1.2);
    if (key === '-') return handled(), zoomAt(1 / 1.2);
    if (key === '0') return handled(), fit();
  };

  const scrollIntoView = (stageId: string, laneId: string) => {
    const col = layout.columns.find((c) => c.stageId === stageId);
    const row = noteLanes.find((r) => r.laneId === laneId);
    if (col && row) showBox({ x: col.x, y: row.y, width: col.width, height: row.height });
  };

  // A stage being renamed (a new one especially, added at the far end) is brought into view
  // inside the canvas, so its name box never floats outside the map.
  const renaming = ui.editing?.kind === 'stage' ? layout.columns.find((c) => c.stageId === ui.editing!.id) : undefined;
  useEffect(() => {
    if (renaming) showBox({ x: renaming.x, y: 0, width: renaming.width, height: GEOMETRY.stageHeaderHeight });
  }, [renaming?.stageId, !!renaming]); // only when renaming starts or its stage is laid out

  const activeCol = ui.active ? layout.columns.find((c) => c.stageId === ui.active!.stageId) : undefined;
  const activeRow = ui.active ? noteLanes.find((r) => r.laneId === ui.active!.laneId) : undefined;
  const journeyName = doc.rows.journey[journeyId]?.name ?? '';
  const evidenceBox = evidenceOf ? layout.touchpoints.find((b) => b.id === evidenceOf) : undefined;
  const position = positionText(doc, ui.active, activeRow?.kind, activeCol ? activeCol.index : -1, layout.columns.length, ui.selected, stageNames, laneNames);

  return (
    <div className="map-wrap">
      <div
        ref={containerRef}
        className={`map-canvas${spaceDown ? ' is-panning' : ''}`}
        tabIndex={0}
        role="region"
        aria-roledescription="canvas"
        aria-label={msg.journey.canvasLabel(journeyName)}
        onKeyDown={onKeyDown}
        data-testid="journey-canvas"
      >
        <Stage
          ref={stageRef}
          {...stageProps}
          onClick={onBackgroundClick}
          onTap={onBackgroundClick as never}
          onDblClick={onBackgroundDblClick}
          onDblTap={onBackgroundDblClick as never}
        >
          <Layer listening={false}>
            <GridLayerContent layout={layout} laneNames={laneNames} colors={colors} />
          </Layer>
          <Layer ref={contentRef}>
            {/* An invisible hit area, so clicks and double-clicks on empty cells reach the stage. */}
            <Rect x={0} y={0} width={layout.width} height={layout.height} fill="transparent" />
            {activeCol && activeRow && (
              <Rect
                x={activeCol.x + 2}
                y={activeRow.y + 2}
                width={activeCol.width - 4}
                height={activeRow.height - 4}
                stroke={colors.accent}
                strokeWidth={2}
                dash={[6, 4]}
                cornerRadius={6}
                listening={false}
              />
            )}
            {layout.columns.map((c) => (
              <StageHeader
                key={c.stageId}
                column={c}
                name={stageNames.get(c.stageId) ?? ''}
                phased={phases.length > 0}
                colors={colors}
                onDragEnd={(e) => onStageDragEnd(c.stageId, e)}
                onDblClick={() => ui.edit({ kind: 'stage', id: c.stageId })}
                onDelete={() => props.onRequestDeleteStage(c.stageId)}
              />
            ))}
            {phases.length > 0 && <PhaseBands columns={layout.columns} runs={phases} colors={colors} />}
            {layout.touchpoints.map((b) => {
              const t = doc.rows.touchpoint[b.id];
              return t ? (
                <TouchpointShape
                  key={b.id}
                  box={b}
                  touchpoint={t}
                  detail={details.get(b.id)}
                  heat={heatOf(b.id)}
                  colors={colors}
                  selected={selected.has(b.id) && ui.active?.laneId === touchpointRowId}
                  onDblClick={(id) => ui.edit({ kind: 'touchpoint', id })}
                  onEvidence={setEvidenceOf}
                />
              ) : null;
            })}
            {visibleNotes.map((b) => {
              const n = doc.rows.note[b.id];
              return n ? (
                <NoteShape
                  key={b.id}
                  box={b}
                  note={n}
                  selected={selected.has(b.id)}
                  farFontSize={farFontSize}
                  colors={colors}
                  onClick={onNoteClick}
                  onDblClick={(id) => ui.edit({ kind: 'note', id })}
                  onDragStart={onNoteDragStart}
                  onDragEnd={onNoteDragEnd}
                />
              ) : null;
            })}
            {layout.emotionRow && (
              <EmotionCurve points={layout.emotions} row={layout.emotionRow} width={layout.width} colors={colors} selected={ui.active?.laneId === layout.emotionRow.laneId ? selected : undefined} onDragEnd={onEmotionDragEnd} onHover={setHoveredEmotion} />
            )}
          </Layer>
          <Layer ref={dragRef} />
        </Stage>
      </div>
      {/* Where the keyboard is, read out as it moves (and what a test asserts focus by). */}
      <p className="visually-hidden" role="status" data-testid="map-position">
        {position}
      </p>
      <MapOverlays doc={doc} journeyId={journeyId} layout={layout} zoom={zoom} pan={pan} onDone={() => containerRef.current?.focus({ preventScroll: true })} />
      {evidenceBox && (
        <EvidencePopover
          key={evidenceBox.id}
          doc={doc}
          box={evidenceBox}
          zoom={zoom}
          pan={pan}
          bounds={size}
          onClose={() => {
            setEvidenceOf(null);
            containerRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
      <EmotionLabel doc={doc} layout={layout} pointKey={hoveredEmotion} zoom={zoom} pan={pan} />
    </div>
  );
}

/** The active cell in words: "Stage 2 of 3, Follow-up", "Touchpoints in Follow-up: Phone line". */
function positionText(
  doc: WorkshopDoc,
  active: { stageId: string; laneId: string } | null,
  kind: string | undefined,
  index: number,
  count: number,
  selected: readonly string[],
  stageNames: Map<string, string>,
  laneNames: Map<string, string>,
): string {
  if (!active || !kind) return '';
  const P = msg.journey.position;
  const stage = stageNames.get(active.stageId) ?? '';
  if (kind === 'stages') return P.stage(index + 1, count, stage);
  const lane = laneNames.get(active.laneId) ?? '';
  const chosen = selected[0];
  const tp = chosen ? doc.rows.touchpoint[chosen] : undefined;
  if (kind === 'emotions' && tp) {
    const score = emotionOf(doc.rows, tp.id)?.score;
    return P.emotion(lane, stage, tp.name, score === undefined ? null : formatScore(score));
  }
  const note = chosen ? doc.rows.note[chosen] : undefined;
  return P.cell(lane, stage, tp?.name ?? note?.text ?? null);
}

/** Whose emotion point is under the pointer, and its score: "Booking phone line: −1.5". */
function EmotionLabel({ doc, layout, pointKey, zoom, pan }: { doc: WorkshopDoc; layout: MapLayout; pointKey: string | null; zoom: number; pan: { x: number; y: number } }) {
  const point = pointKey ? layout.emotions.find((p) => p.key === pointKey) : undefined;
  if (!point) return null;
  const name = pointName(doc.rows, point);
  return (
    <div role="tooltip" className="map-tooltip" style={{ left: point.x * zoom + pan.x, top: point.y * zoom + pan.y - 18 }}>
      {msg.journey.emotionLabel(name.slice(0, 80), point.score === null ? null : formatScore(point.score))}
    </div>
  );
}
