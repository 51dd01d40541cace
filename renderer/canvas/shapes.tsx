/**
 * The shapes of the journey map. Each is memoised and draws only from its props, so a change to
 * one note redraws one note. Nothing here uses shadows or per-pixel hit areas: cheap to draw in
 * software, which is how many projector laptops draw.
 */
import type { PhaseRun } from '../../shared/domain/phases';
import { termLabel } from '../../shared/domain/vocabulary';
import type Konva from 'konva';
import { memo } from 'react';
import { Circle, Group, Label, Line, Rect, Tag, Text } from 'react-konva';
import type { RowOf } from '../../shared/model/entities';
import { msg } from '../../shared/strings';
import { NOTE_FILL, NOTE_TEXT, type CanvasColors } from './colors';
import { GEOMETRY, NOTE_TEXT_WIDTH, type ColumnBox, type EmotionPoint, type MapLayout, type NoteBox, type RowBox, type TouchpointBox } from '../../shared/layout/journey-layout';
import { FONT_FAMILY } from './measure';

type DragHandler = (e: Konva.KonvaEventObject<DragEvent>) => void;
type ClickHandler = (e: Konva.KonvaEventObject<MouseEvent>) => void;

export const GridLayerContent = memo(function GridLayerContent(props: {
  layout: MapLayout;
  laneNames: Map<string, string>;
  colors: CanvasColors;
}) {
  const { layout, colors } = props;
  const g = GEOMETRY;
  return (
    <>
      <Rect x={0} y={0} width={layout.width} height={layout.height} fill={colors.surface} stroke={colors.border} strokeWidth={1} perfectDrawEnabled={false} />
      <Rect x={0} y={0} width={layout.width} height={g.stageHeaderHeight} fill={colors.surface2} perfectDrawEnabled={false} />
      <Rect x={0} y={0} width={g.laneHeaderWidth} height={layout.height} fill={colors.surface2} perfectDrawEnabled={false} />
      {layout.rows.map((r) => (
        <RowGrid key={r.laneId} row={r} name={props.laneNames.get(r.laneId) ?? ''} colors={colors} width={layout.width} />
      ))}
      {layout.columns.map((c) => (
        <Line key={c.stageId} points={[c.x, 0, c.x, layout.height]} stroke={colors.border} strokeWidth={1} perfectDrawEnabled={false} />
      ))}
      <Line points={[g.laneHeaderWidth, 0, g.laneHeaderWidth, layout.height]} stroke={colors.borderStrong} strokeWidth={1} />
      <Line points={[0, g.stageHeaderHeight, layout.width, g.stageHeaderHeight]} stroke={colors.borderStrong} strokeWidth={1} />
    </>
  );
});

function RowGrid({ row, name, colors, width }: { row: RowBox; name: string; colors: CanvasColors; width: number }) {
  const g = GEOMETRY;
  // On the emotion row the scale ("+2 Very positive") shares the header with the lane's name; a
  // name longer than "Emotions" ("Emotional State", from another tool) keeps the room and the
  // scale shows its numbers alone.
  const longName = row.kind === 'emotions' && name.length > 10;
  return (
    <>
      {row.index % 2 === 1 && (
        <Rect x={g.laneHeaderWidth} y={row.y} width={width - g.laneHeaderWidth} height={row.height} fill={colors.bg} opacity={0.55} perfectDrawEnabled={false} />
      )}
      <Line points={[0, row.y, width, row.y]} stroke={colors.border} strokeWidth={1} perfectDrawEnabled={false} />
      <Text
        x={16}
        y={row.y + 14}
        width={g.laneHeaderWidth - 28 - (row.kind === 'emotions' ? (longName ? 34 : 80) : 0)}
        text={name}
        fontFamily={FONT_FAMILY}
        fontSize={14}
        fontStyle="600"
        fill={colors.text}
        wrap="word"
      />
      {row.kind === 'emotions' && (
        <>
          {[2, 0, -2].map((score) => (
            <Text
              key={score}
              x={16}
              y={row.y + row.height / 2 - (score / 2) * (row.height / 2 - 28) - 7}
              width={g.laneHeaderWidth - 28}
              align="right"
              text={`${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)}${longName ? '' : ` ${msg.journey.emotion.scale[String(score)]}`}`}
              fontFamily={FONT_FAMILY}
              fontSize={11}
              fill={colors.muted}
            />
          ))}
        </>
      )}
    </>
  );
}

export const StageHeader = memo(function StageHeader(props: {
  column: ColumnBox;
  name: string;
  /** The journey has phases: the header's top is their band, the name sits below it. */
  phased?: boolean;
  colors: CanvasColors;
  onDragEnd: DragHandler;
  onDblClick: () => void;
  onDelete: () => void;
}) {
  const { column, colors } = props;
  const g = GEOMETRY;
  const mid = props.phased ? PHASE_BAND + (g.stageHeaderHeight - PHASE_BAND) / 2 : g.stageHeaderHeight / 2;
  return (
    <Group
      name="stage-header"
      x={column.x}
      y={0}
      draggable
      dragBoundFunc={function (this: Konva.Node, pos) {
        return { x: pos.x, y: this.absolutePosition().y };
      }}
      onDragEnd={props.onDragEnd}
      onDblClick={props.onDblClick}
      onDblTap={props.onDblClick}
    >
      <Rect width={column.width} height={g.stageHeaderHeight} fill={colors.surface2} perfectDrawEnabled={false} />
      <Circle x={24} y={mid} radius={12} fill={colors.accent} listening={false} />
      <Text
        x={12}
        y={mid - 7}
        width={24}
        align="center"
        text={String(column.index + 1)}
        fontFamily={FONT_FAMILY}
        fontSize={13}
        fontStyle="700"
        fill={colors.onAccent}
        listening={false}
      />
      <Text
        x={44}
        y={mid - 9}
        width={column.width - 84}
        text={props.name}
        fontFamily={FONT_FAMILY}
        fontSize={16}
        fontStyle="650"
        fill={colors.text}
        ellipsis
        wrap="none"
        listening={false}
      />
      <Group x={column.width - 30} y={mid - 11} name="stage-delete" onClick={props.onDelete} onTap={props.onDelete}>
        <Rect width={22} height={22} cornerRadius={4} fill={colors.surface2} />
        <Line points={[6, 6, 16, 16]} stroke={colors.muted} strokeWidth={1.8} lineCap="round" listening={false} />
        <Line points={[16, 6, 6, 16]} stroke={colors.muted} strokeWidth={1.8} lineCap="round" listening={false} />
      </Group>
    </Group>
  );
});

export const PHASE_BAND = 22;

/** The phases above the stage headers: one band per run of stages, its name at its start. */
export const PhaseBands = memo(function PhaseBands(props: { columns: readonly ColumnBox[]; runs: readonly PhaseRun[]; colors: CanvasColors }) {
  const { colors } = props;
  return (
    <Group name="phases" listening={false}>
      {props.runs.map((run) => {
        const first = props.columns[run.from];
        const last = props.columns[run.to];
        if (!first || !last) return null;
        const width = last.x + last.width - first.x - 8;
        return (
          <Group key={`${run.from}-${run.name}`} x={first.x + 4} y={3}>
            <Rect width={width} height={PHASE_BAND - 5} cornerRadius={4} fill={colors.accent} perfectDrawEnabled={false} />
            <Text x={10} y={2} width={width - 20} text={run.name.toLocaleUpperCase()} fontFamily={FONT_FAMILY} fontSize={12} fontStyle="700" letterSpacing={0.6} fill={colors.onAccent} ellipsis wrap="none" />
          </Group>
        );
      })}
    </Group>
  );
});

export const NoteShape = memo(function NoteShape(props: {
  box: NoteBox;
  note: RowOf<'note'>;
  selected: boolean;
  /** Zoomed far out: the note's first words in a larger type that still reads at this zoom
   * (its map font size), instead of every word at a size nobody can read. 0 when zoomed in. */
  farFontSize: number;
  colors: CanvasColors;
  onClick: ClickHandler;
  onDblClick: (id: string) => void;
  onDragStart: DragHandler;
  onDragEnd: DragHandler;
}) {
  const { box, note, selected, colors } = props;
  const g = GEOMETRY;
  return (
    <Group
      id={note.id}
      name="note"
      x={box.x}
      y={box.y}
      draggable
      onClick={props.onClick}
      onTap={props.onClick as never}
      onDblClick={() => props.onDblClick(note.id)}
      onDblTap={() => props.onDblClick(note.id)}
      onDragStart={props.onDragStart}
      onDragEnd={props.onDragEnd}
    >
      <Rect x={2} y={3} width={box.width} height={box.height} cornerRadius={4} fill="#000" opacity={0.08} listening={false} perfectDrawEnabled={false} />
      <Rect
        width={box.width}
        height={box.height}
        cornerRadius={4}
        fill={NOTE_FILL[note.color] ?? NOTE_FILL.yellow}
        stroke={selected ? colors.accent : undefined}
        strokeWidth={selected ? 3 : 0}
        perfectDrawEnabled={false}
      />
      {props.farFontSize > 0 ? (
        <Text
          x={g.notePaddingX / 2}
          y={g.notePaddingY / 2}
          width={box.width - g.notePaddingX}
          height={box.height - g.notePaddingY}
          text={note.text}
          fontFamily={FONT_FAMILY}
          fontSize={props.farFontSize}
          fontStyle="bold"
          lineHeight={1.1}
          fill={NOTE_TEXT}
          wrap="word"
          ellipsis
          listening={false}
          perfectDrawEnabled={false}
        />
      ) : (
        <Text
          x={g.notePaddingX}
          y={g.notePaddingY}
          width={NOTE_TEXT_WIDTH}
          text={note.text}
          fontFamily={FONT_FAMILY}
          fontSize={g.noteFontSize}
          lineHeight={g.noteLineHeight}
          fill={NOTE_TEXT}
          wrap="word"
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});

/** Width of the evidence button on a touchpoint's card. */
const EVIDENCE_PILL = 84;

export const TouchpointShape = memo(function TouchpointShape(props: {
  box: TouchpointBox;
  touchpoint: RowOf<'touchpoint'>;
  /** What Listen found here: measured results, and how many pieces of evidence. */
  detail?: { measured: string; evidence: number };
  /** Opens the evidence linked here (the card's evidence button). */
  onEvidence?: (id: string) => void;
  /** The heat map's colouring, when it is on: undefined = off, null = no gap scored here. */
  heat?: { fill: string; text: string; label: string } | null;
  colors: CanvasColors;
  /** Chosen with the keyboard (its row is the active one): ringed like a selected note. */
  selected?: boolean;
  onDblClick: (id: string) => void;
}) {
  const { box, touchpoint: t, colors } = props;
  const mot = t.momentOfTruth;
  const evidence = props.detail?.evidence ?? 0;
  const measured = props.detail?.measured ?? '';
  return (
    <Group name="touchpoint" x={box.x} y={box.y} onDblClick={() => props.onDblClick(t.id)} onDblTap={() => props.onDblClick(t.id)}>
      {props.selected && <Rect x={-5} y={-5} width={box.width + 10} height={box.height + 10} cornerRadius={11} stroke={colors.accent} strokeWidth={3} listening={false} />}
      <Rect
        width={box.width}
        height={box.height}
        cornerRadius={8}
        fill={props.heat ? props.heat.fill : mot ? colors.accentWeak : colors.surface}
        stroke={mot ? colors.accent : colors.borderStrong}
        strokeWidth={mot ? 2.5 : 1}
        dash={props.heat === null ? [5, 4] : undefined}
        perfectDrawEnabled={false}
      />
      {props.heat && (
        <Text x={box.width - 80} y={12} width={68} align="right" text={props.heat.label} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="700" fill={props.heat.text} listening={false} />
      )}
      <Text
        x={12}
        y={12}
        width={box.width - (props.heat ? 100 : 24)}
        text={t.name}
        fontFamily={FONT_FAMILY}
        fontSize={14}
        fontStyle="600"
        fill={props.heat ? props.heat.text : colors.text}
        ellipsis
        wrap="none"
        listening={false}
      />
      <Text
        x={12}
        y={40}
        width={box.width - 24 - (evidence ? EVIDENCE_PILL + 8 : 0)}
        text={[termLabel('channel', t.channel), termLabel('team', t.team)].filter(Boolean).join(' · ')}
        fontFamily={FONT_FAMILY}
        fontSize={12}
        fill={props.heat ? props.heat.text : colors.muted}
        opacity={props.heat ? 0.85 : 1}
        ellipsis
        wrap="none"
        listening={false}
      />
      {evidence > 0 && (
        <Group
          name="touchpoint-evidence"
          x={box.width - EVIDENCE_PILL - 12}
          y={36}
          onClick={(e) => {
            e.cancelBubble = true;
            props.onEvidence?.(t.id);
          }}
          onTap={(e) => {
            e.cancelBubble = true;
            props.onEvidence?.(t.id);
          }}
          onMouseEnter={(e) => {
            const c = e.target.getStage()?.container();
            if (c) c.style.cursor = 'pointer';
          }}
          onMouseLeave={(e) => {
            const c = e.target.getStage()?.container();
            if (c) c.style.cursor = '';
          }}
        >
          <Rect width={EVIDENCE_PILL} height={20} cornerRadius={10} fill={colors.surface} stroke={colors.accent} strokeWidth={1} />
          <Text width={EVIDENCE_PILL} y={4} align="center" text={msg.journey.touchpoint.evidencePill(evidence)} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="700" fill={colors.accent} listening={false} />
        </Group>
      )}
      {measured && (
        <Text
          x={12}
          y={62}
          width={box.width - (mot ? 154 : 24)}
          text={measured}
          fontFamily={FONT_FAMILY}
          fontSize={12}
          fontStyle="600"
          fill={props.heat ? props.heat.text : colors.accent}
          ellipsis
          wrap="none"
          listening={false}
        />
      )}
      {mot && (
        <Group x={box.width - 134} y={box.height - 30} listening={false}>
          <Rect width={122} height={20} cornerRadius={10} fill={colors.accent} />
          <Text width={122} y={4} align="center" text={msg.journey.touchpoint.badge} fontFamily={FONT_FAMILY} fontSize={11} fontStyle="700" fill={colors.onAccent} />
        </Group>
      )}
    </Group>
  );
});

export const EmotionCurve = memo(function EmotionCurve(props: {
  points: EmotionPoint[];
  row: RowBox;
  width: number;
  colors: CanvasColors;
  /** Touchpoints chosen with the keyboard: their point is ringed. */
  selected?: ReadonlySet<string>;
  onDragEnd: (point: EmotionPoint, e: Konva.KonvaEventObject<DragEvent>) => void;
  /** The point under the pointer (or being dragged), by key, for its label; null when it leaves. */
  onHover?: (key: string | null) => void;
}) {
  const { points, row, colors } = props;
  const scored = points.filter((p) => p.score !== null);
  const mid = row.y + row.height / 2;
  return (
    <>
      <Line points={[GEOMETRY.laneHeaderWidth, mid, props.width, mid]} stroke={colors.borderStrong} strokeWidth={1} dash={[6, 6]} listening={false} />
      {scored.length > 1 && (
        <Line points={scored.flatMap((p) => [p.x, p.y])} stroke={colors.accent} strokeWidth={3} tension={0.35} lineCap="round" lineJoin="round" listening={false} />
      )}
      {points.map((p) => {
        const low = p.score !== null && p.score <= -1;
        return (
          <Group
            key={p.key}
            name="emotion-point"
            id={`emotion-${p.key}`}
            x={p.x}
            y={p.y}
            draggable
            dragBoundFunc={function (this: Konva.Node, pos) {
              const scale = this.getStage()?.scaleY() ?? 1;
              const stageY = this.getStage()?.y() ?? 0;
              const top = (row.y + 28) * scale + stageY;
              const bottom = (row.y + row.height - 28) * scale + stageY;
              return { x: this.absolutePosition().x, y: Math.max(top, Math.min(bottom, pos.y)) };
            }}
            onDragEnd={(e) => props.onDragEnd(p, e)}
            onMouseEnter={() => props.onHover?.(p.key)}
            onMouseLeave={() => props.onHover?.(null)}
          >
            <Circle radius={16} fill="transparent" />
            {props.selected?.has(p.key) && <Circle radius={19} stroke={colors.accent} strokeWidth={3} listening={false} />}
            {p.score === null ? (
              <Circle radius={8} stroke={colors.muted} strokeWidth={2} dash={[3, 3]} fill={colors.surface} />
            ) : (
              <>
                {low && <Circle radius={14} stroke={colors.danger} strokeWidth={2} listening={false} />}
                <Circle radius={low ? 9 : 8} fill={low ? colors.danger : colors.accent} stroke={colors.surface} strokeWidth={2} />
                {/* On a pill of the background colour: the curve runs through here, and drawn over
                    it a minus sign vanishes into the line ("−1" read as "1"). */}
                <Label x={15} y={-9} listening={false} name="emotion-score">
                  <Tag fill={colors.surface} stroke={low ? colors.danger : colors.borderStrong} strokeWidth={1} cornerRadius={8} />
                  <Text
                    text={`${p.score > 0 ? '+' : p.score < 0 ? '−' : ''}${Math.abs(p.score)}`}
                    padding={3}
                    fontFamily={FONT_FAMILY}
                    fontSize={12}
                    fontStyle="700"
                    fill={low ? colors.danger : colors.text}
                  />
                </Label>
              </>
            )}
          </Group>
        );
      })}
    </>
  );
});
