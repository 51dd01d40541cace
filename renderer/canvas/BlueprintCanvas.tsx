/**
 * The service blueprint on Konva, built like the journey map: a static grid layer (layers, the
 * lines of interaction, visibility and internal interaction), a content layer (stage names, the
 * journey's touchpoints, the items), and a drag layer for the item being moved. Edits are
 * operations through the workshop store, saved and undoable.
 */
import type Konva from 'konva';
import { memo, useMemo, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import { itemsIn, moveItemOps, newItemOp, type BlueprintItem } from '../../shared/domain/blueprint';
import { stagesOf } from '../../shared/domain/journey';
import { phaseRuns } from '../../shared/domain/phases';
import { PHASE_BAND, PhaseBands } from './shapes';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { newId } from '../ids';
import { useWorkshop } from '../store/workshop';
import { BP, blueprintCellAt, itemDropIndex, ITEM_TEXT_WIDTH, layoutBlueprint, type BlueprintLayout, type ItemBox } from '../../shared/layout/blueprint-layout';
import { BlueprintItemEditor } from './BlueprintItemEditor';
import { useCanvasShell } from './canvas-shell';
import { type CanvasColors } from './colors';
import { GEOMETRY } from '../../shared/layout/journey-layout';
import { useBlueprintUi } from './map-ui';
import { FONT_FAMILY, measureNoteText } from './measure';
import { useViewport } from './viewport';

export interface BlueprintCanvasHandle {
  stage: Konva.Stage | null;
  layout: BlueprintLayout;
}

const LAYER_FILL: Record<string, string> = {
  evidence: '#ede9fe',
  customer_action: '#dbeafe',
  front_stage: '#d1fae5',
  back_stage: '#fef3c7',
  support: '#fce7f3',
  system: '#e5e7eb',
};

export function BlueprintCanvas(props: { doc: WorkshopDoc; journeyId: string; canvasRef?: React.MutableRefObject<BlueprintCanvasHandle | null> }) {
  const { doc, journeyId } = props;
  const dispatch = useWorkshop((s) => s.dispatch);
  const { ui, colors, fontEpoch, containerRef, stageRef, contentRef, dragRef, lift, putBack } = useCanvasShell(useBlueprintUi, journeyId, 'blueprintGeometry', () => ({
    layout,
    zoom: useBlueprintUi.getState().zoom,
    pan: useBlueprintUi.getState().pan,
  }));

  const { blueprintItem, stage, touchpoint } = doc.rows;
  const layout = useMemo(() => layoutBlueprint(doc.rows, journeyId, measureNoteText), [blueprintItem, stage, touchpoint, journeyId, fontEpoch]);
  if (props.canvasRef) props.canvasRef.current = { stage: stageRef.current, layout };

  const { zoom, pan } = ui;
  const { scrollIntoView, stageProps, spaceDown, zoomAt, fit } = useViewport(useBlueprintUi, containerRef, stageRef, layout);
  const stageNames = new Map(stagesOf(doc.rows, journeyId).map((s) => [s.id, s.name]));
  const phases = phaseRuns(stagesOf(doc.rows, journeyId));
  const selected = ui.selected[0];

  const create = (stageId: string, layer: BlueprintItem['layer']) => {
    const id = newId();
    dispatch([newItemOp(doc, id, journeyId, stageId, layer, msg.blueprint.newItem)]);
    ui.select([id]);
    ui.setActive({ stageId, laneId: layer });
    ui.edit({ kind: 'blueprintItem', id });
  };

  const onItemDragStart = (e: Konva.KonvaEventObject<DragEvent>) => {
    ui.select([e.target.id()]);
    lift(e.target);
  };
  const onItemDragEnd = (e: Konva.KonvaEventObject<DragEvent>) => {
    const node = e.target;
    const box = layout.items.find((b) => b.id === node.id());
    const centre = { x: node.x() + (box?.width ?? 0) / 2, y: node.y() + 20 };
    putBack(node, box);
    const cell = blueprintCellAt(layout, centre.x, centre.y);
    if (!cell || !box) return;
    dispatch(moveItemOps(doc, box.id, cell.stageId, cell.layer, itemDropIndex(layout, cell.stageId, cell.layer, centre.y, box.id)));
    ui.setActive({ stageId: cell.stageId, laneId: cell.layer });
  };

  const point = () => stageRef.current?.getRelativePointerPosition() ?? null;
  const onClick = (e: Konva.KonvaEventObject<MouseEvent>) => {
    const item = e.target.findAncestor('.bp-item', true);
    if (item) {
      ui.select([item.id()]);
    } else {
      ui.select([]);
      const p = point();
      const cell = p ? blueprintCellAt(layout, p.x, p.y) : null;
      ui.setActive(cell ? { stageId: cell.stageId, laneId: cell.layer } : null);
    }
    containerRef.current?.focus({ preventScroll: true });
  };
  const onDblClick = (e: Konva.KonvaEventObject<MouseEvent>) => {
    const item = e.target.findAncestor('.bp-item', true);
    if (item) return ui.edit({ kind: 'blueprintItem', id: item.id() });
    const p = point();
    const cell = p ? blueprintCellAt(layout, p.x, p.y) : null;
    if (cell) create(cell.stageId, cell.layer);
  };

  const layerRows = layout.rows.filter((r) => r.layer !== 'touchpoints');
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.target !== containerRef.current) return;
    const active = ui.active ?? (layout.columns[0] && layerRows[0] ? { stageId: layout.columns[0].stageId, laneId: layerRows[0].layer } : null);
    if (!active) return;
    const ci = layout.columns.findIndex((c) => c.stageId === active.stageId);
    const ri = layerRows.findIndex((r) => r.layer === active.laneId);
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const move = (dc: number, dr: number) => {
      const col = layout.columns[Math.max(0, Math.min(layout.columns.length - 1, ci + dc))];
      const row = layerRows[Math.max(0, Math.min(layerRows.length - 1, ri + dr))];
      if (!col || !row || row.layer === 'touchpoints') return;
      if (e.altKey && selected) {
        dispatch(moveItemOps(doc, selected, col.stageId, row.layer, Number.MAX_SAFE_INTEGER));
      } else {
        ui.select(itemsIn(doc.rows, col.stageId, row.layer).slice(0, 1).map((b) => b.id));
      }
      ui.setActive({ stageId: col.stageId, laneId: row.layer });
      scrollIntoView({ x: col.x, y: row.y, width: col.width, height: row.height });
    };
    const key = e.key;
    if (key === 'ArrowLeft') return handled(), move(-1, 0);
    if (key === 'ArrowRight') return handled(), move(1, 0);
    if (key === 'ArrowUp') return handled(), move(0, -1);
    if (key === 'ArrowDown') return handled(), move(0, 1);
    const row = layerRows[ri];
    if ((key === 'Enter' || key === 'F2') && selected) return handled(), ui.edit({ kind: 'blueprintItem', id: selected });
    if ((key === 'Enter' || key === 'n' || key === 'N') && row && row.layer !== 'touchpoints') return handled(), create(active.stageId, row.layer);
    if ((key === 'Delete' || key === 'Backspace') && selected) {
      handled();
      dispatch([{ kind: 'delete', entity: 'blueprintItem', id: selected }]);
      return ui.select([]);
    }
    if (key === 'Escape') return handled(), ui.select([]);
    if (key === '+' || key === '=') return handled(), zoomAt(1.2);
    if (key === '-') return handled(), zoomAt(1 / 1.2);
    if (key === '0') return handled(), fit();
  };

  const activeCol = ui.active ? layout.columns.find((c) => c.stageId === ui.active!.stageId) : undefined;
  const activeRow = ui.active ? layout.rows.find((r) => r.layer === ui.active!.laneId) : undefined;

  return (
    <div className="map-wrap">
      <div
        ref={containerRef}
        className={`map-canvas${spaceDown ? ' is-panning' : ''}`}
        tabIndex={0}
        role="region"
        aria-roledescription="canvas"
        aria-label={msg.blueprint.canvasLabel(doc.rows.journey[journeyId]?.name ?? '')}
        onKeyDown={onKeyDown}
        data-testid="blueprint-canvas"
      >
        <Stage ref={stageRef} {...stageProps} onClick={onClick} onDblClick={onDblClick}>
          <Layer listening={false}>
            <BlueprintGrid layout={layout} colors={colors} stageNames={stageNames} phased={phases.length > 0} />
            {phases.length > 0 && <PhaseBands columns={layout.columns} runs={phases} colors={colors} />}
          </Layer>
          <Layer ref={contentRef}>
            <Rect x={0} y={0} width={layout.width} height={layout.height} fill="transparent" />
            {activeCol && activeRow && (
              <Rect x={activeCol.x + 2} y={activeRow.y + 2} width={activeCol.width - 4} height={activeRow.height - 4} stroke={colors.accent} strokeWidth={2} dash={[6, 4]} cornerRadius={6} listening={false} />
            )}
            {layout.touchpoints.map((t) => {
              const tp = doc.rows.touchpoint[t.id];
              return tp ? (
                <Group key={t.id} x={t.x} y={t.y} listening={false}>
                  <Rect width={t.width} height={t.height} cornerRadius={6} fill={tp.momentOfTruth ? colors.accentWeak : colors.surface} stroke={tp.momentOfTruth ? colors.accent : colors.borderStrong} strokeWidth={tp.momentOfTruth ? 2 : 1} />
                  <Text x={10} y={10} width={t.width - 20} text={tp.name} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="600" fill={colors.text} ellipsis wrap="none" />
                </Group>
              ) : null;
            })}
            {layout.items.map((b) => {
              const item = doc.rows.blueprintItem[b.id];
              return item ? (
                <ItemShape
                  key={b.id}
                  box={b}
                  item={item}
                  served={item.touchpointId ? doc.rows.touchpoint[item.touchpointId]?.name : undefined}
                  selected={selected === b.id}
                  colors={colors}
                  onDragStart={onItemDragStart}
                  onDragEnd={onItemDragEnd}
                />
              ) : null;
            })}
          </Layer>
          <Layer ref={dragRef} />
        </Stage>
      </div>
      {ui.editing?.kind === 'blueprintItem' && (
        <BlueprintItemEditor
          key={ui.editing.id}
          doc={doc}
          journeyId={journeyId}
          layout={layout}
          itemId={ui.editing.id}
          zoom={zoom}
          pan={pan}
          onDone={() => {
            ui.edit(null);
            containerRef.current?.focus({ preventScroll: true });
          }}
        />
      )}
    </div>
  );
}

const BlueprintGrid = memo(function BlueprintGrid({ layout, colors, stageNames, phased }: { layout: BlueprintLayout; colors: CanvasColors; stageNames: Map<string, string>; phased: boolean }) {
  const g = GEOMETRY;
  const mid = phased ? PHASE_BAND + (g.stageHeaderHeight - PHASE_BAND) / 2 : g.stageHeaderHeight / 2;
  return (
    <>
      <Rect width={layout.width} height={layout.height} fill={colors.surface} stroke={colors.border} />
      <Rect width={layout.width} height={g.stageHeaderHeight} fill={colors.surface2} />
      <Rect width={g.laneHeaderWidth} height={layout.height} fill={colors.surface2} />
      {layout.columns.map((c) => (
        <Group key={c.stageId}>
          <Line points={[c.x, 0, c.x, layout.height]} stroke={colors.border} strokeWidth={1} />
          <Text x={c.x + 16} y={mid - 9} width={c.width - 32} text={`${c.index + 1}  ${stageNames.get(c.stageId) ?? ''}`} fontFamily={FONT_FAMILY} fontSize={16} fontStyle="650" fill={colors.text} ellipsis wrap="none" />
        </Group>
      ))}
      {layout.rows.map((r) => (
        <Group key={r.layer}>
          <Line points={[0, r.y, layout.width, r.y]} stroke={colors.border} strokeWidth={1} />
          <Rect x={10} y={r.y + 14} width={6} height={Math.min(40, r.height - 28)} cornerRadius={3} fill={r.layer === 'touchpoints' ? colors.accent : LAYER_FILL[r.layer]} />
          <Text x={24} y={r.y + 14} width={g.laneHeaderWidth - 34} text={r.layer === 'touchpoints' ? msg.blueprint.touchpointsRow : msg.blueprint.layers[r.layer]} fontFamily={FONT_FAMILY} fontSize={14} fontStyle="600" fill={colors.text} wrap="word" />
        </Group>
      ))}
      {layout.lines.map((l) => (
        <Group key={l.line}>
          <Line points={[0, l.y, layout.width, l.y]} stroke={colors.accent} strokeWidth={2} dash={[10, 6]} />
          <Rect x={g.laneHeaderWidth + 8} y={l.y - 10} width={190} height={20} cornerRadius={10} fill={colors.surface} stroke={colors.accent} strokeWidth={1} />
          <Text x={g.laneHeaderWidth + 8} y={l.y - 6} width={190} align="center" text={msg.blueprint.lines[l.line]} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="700" fill={colors.accent} />
        </Group>
      ))}
      <Line points={[g.laneHeaderWidth, 0, g.laneHeaderWidth, layout.height]} stroke={colors.borderStrong} strokeWidth={1} />
    </>
  );
});

const ItemShape = memo(function ItemShape(props: {
  box: ItemBox;
  item: BlueprintItem;
  served?: string;
  selected: boolean;
  colors: CanvasColors;
  onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => void;
}) {
  const { box, item, colors } = props;
  const meta = [item.role, item.timing, props.served ? `→ ${props.served}` : ''].filter(Boolean).join(' · ');
  return (
    <Group id={item.id} name="bp-item" x={box.x} y={box.y} draggable onDragStart={props.onDragStart} onDragEnd={props.onDragEnd}>
      <Rect
        width={box.width}
        height={box.height}
        cornerRadius={6}
        fill={LAYER_FILL[item.layer]}
        stroke={props.selected ? colors.accent : 'rgba(0,0,0,0.12)'}
        strokeWidth={props.selected ? 3 : 1}
        perfectDrawEnabled={false}
      />
      <Text x={BP.itemPaddingX} y={BP.itemPaddingY} width={ITEM_TEXT_WIDTH} text={item.text} fontFamily={FONT_FAMILY} fontSize={GEOMETRY.noteFontSize} lineHeight={GEOMETRY.noteLineHeight} fill="#1c1917" wrap="word" listening={false} />
      {meta && (
        <Text x={BP.itemPaddingX} y={box.height - BP.metaHeight - 4} width={ITEM_TEXT_WIDTH} text={meta} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="600" fill="#44403c" ellipsis wrap="none" listening={false} />
      )}
    </Group>
  );
});
