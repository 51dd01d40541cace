/**
 * The impact/effort matrix on Konva: each scored action is a dot with its title; dragging a dot
 * sets its impact (up) and effort (right), snapped to the 1–5 scales. Quadrants follow
 * shared/domain/actions.ts (3 and above is high).
 */
import Konva from 'konva';
import { useEffect, useRef, useState } from 'react';
import { Circle, Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import { HIGH, quadrantOf } from '../../../shared/domain/actions';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { useCanvasColors } from '../../canvas/colors';
import { FONT_FAMILY } from '../../canvas/measure';
import { useWorkshop } from '../../store/workshop';
import { DOT_RADIUS, layoutMatrix, type MatrixDot, type Rect as Box } from './matrix-layout';

const HEIGHT = 520;
const PAD = { left: 56, right: 24, top: 24, bottom: 48 };
const LABEL_SIZE = 13;
const QUADRANT_SIZE = 14;

const widths = new Map<string, number>();
/** A text's width as Konva draws it, in the matrix's fonts; remembered, since hovering re-renders. */
function textWidth(text: string, size: number, weight: string): number {
  const key = `${size}|${weight}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size > 2000) widths.clear();
    width = new Konva.Text({ text, fontFamily: FONT_FAMILY, fontSize: size, fontStyle: weight }).width();
    widths.set(key, width);
  }
  return width;
}

export function ActionMatrix({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const colors = useCanvasColors();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  const [hovered, setHovered] = useState<string | null>(null);
  useEffect(() => {
    // Published for tests, which grab a dot where a person would.
    const el = ref.current as (HTMLDivElement & { matrixGeometry?: unknown }) | null;
    if (el) el.matrixGeometry = { PAD, width, height: HEIGHT, dots };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  const A = msg.actions;
  const w = width - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  // Each value 1–5 owns one fifth of the axis (layoutMatrix places dots in the middle of a band).
  const fromX = (x: number) => Math.max(1, Math.min(5, Math.round(0.5 + ((x - PAD.left) / w) * 5)));
  const fromY = (y: number) => Math.max(1, Math.min(5, Math.round(5.5 - ((y - PAD.top) / h) * 5)));
  const mid = { x: PAD.left + ((HIGH - 1) / 5) * w, y: PAD.top + ((5 - (HIGH - 1)) / 5) * h };

  const actions = byPosition(Object.values(doc.rows.action));
  const placed = actions.filter((a) => a.impact !== null && a.effort !== null);
  const unplaced = actions.filter((a) => a.impact === null || a.effort === null);
  const quadrantLabels: [string, number, number][] = [
    [A.quadrants.quick_win!, PAD.left, PAD.top],
    [A.quadrants.big_bet!, mid.x, PAD.top],
    [A.quadrants.fill_in!, PAD.left, mid.y],
    [A.quadrants.money_pit!, mid.x, mid.y],
  ];
  // Laid out on every render: a few dozen actions at most, and measuring text is cached.
  const dots = (() => {
    const reserved: Box[] = quadrantLabels.map(([label, x, y]) => ({ x: x + 10, y: y + 8, width: textWidth(label, QUADRANT_SIZE, '700') + 4, height: QUADRANT_SIZE + 6 }));
    return layoutMatrix(
      placed.map((a) => ({ id: a.id, title: a.title || A.untitled, impact: a.impact!, effort: a.effort! })),
      { x: PAD.left, y: PAD.top, width: w, height: h },
      (t) => textWidth(t, LABEL_SIZE, '600'),
      reserved,
    );
  })();
  const dotOf = new Map<string, MatrixDot>(dots.map((d) => [d.id, d]));

  const onDragEnd = (id: string, e: Konva.KonvaEventObject<DragEvent>, home: MatrixDot) => {
    const impact = fromY(e.target.y());
    const effort = fromX(e.target.x());
    const a = doc.rows.action[id];
    if (a && (a.impact !== impact || a.effort !== effort)) dispatch([{ kind: 'update', entity: 'action', id, patch: { impact, effort } }]);
    else if (a) e.target.position({ x: home.x, y: home.y });
  };

  const quadrant = (label: string, x: number, y: number, qw: number, qh: number, fill: string) => (
    <Group listening={false}>
      <Rect x={x} y={y} width={qw} height={qh} fill={fill} />
      <Text x={x + 12} y={y + 10} text={label} fontFamily={FONT_FAMILY} fontSize={QUADRANT_SIZE} fontStyle="700" fill={colors.muted} />
    </Group>
  );

  return (
    <section className="card matrix-card" aria-label={A.matrix}>
      <div ref={ref} className="matrix" role="img" aria-label={A.matrixLabel} data-testid="action-matrix">
        <Stage width={width} height={HEIGHT}>
          <Layer listening={false}>
            {quadrant(A.quadrants.quick_win!, PAD.left, PAD.top, mid.x - PAD.left, mid.y - PAD.top, colors.accentWeak)}
            {quadrant(A.quadrants.big_bet!, mid.x, PAD.top, PAD.left + w - mid.x, mid.y - PAD.top, colors.surface2)}
            {quadrant(A.quadrants.fill_in!, PAD.left, mid.y, mid.x - PAD.left, PAD.top + h - mid.y, colors.surface2)}
            {quadrant(A.quadrants.money_pit!, mid.x, mid.y, PAD.left + w - mid.x, PAD.top + h - mid.y, colors.bg)}
            <Line points={[mid.x, PAD.top, mid.x, PAD.top + h]} stroke={colors.borderStrong} dash={[6, 4]} />
            <Line points={[PAD.left, mid.y, PAD.left + w, mid.y]} stroke={colors.borderStrong} dash={[6, 4]} />
            <Rect x={PAD.left} y={PAD.top} width={w} height={h} stroke={colors.borderStrong} />
            <Text x={PAD.left} y={HEIGHT - 28} width={w} align="center" text={A.axisEffort} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="600" fill={colors.muted} />
            <Text x={14} y={PAD.top + h} width={h} rotation={-90} align="center" text={A.axisImpact} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="600" fill={colors.muted} />
          </Layer>
          <Layer>
            {placed.map((a) => {
              const dot = dotOf.get(a.id);
              if (!dot) return null;
              const q = quadrantOf(a.impact, a.effort);
              const title = a.title || A.untitled;
              // A title with no room of its own shows while its dot is pointed at.
              const label = dot.label ?? (hovered === a.id ? { x: dot.x + DOT_RADIUS + 5, y: dot.y - 8, width: 170, height: 16 } : null);
              return (
                <Group
                  key={a.id}
                  id={a.id}
                  name="action-dot"
                  x={dot.x}
                  y={dot.y}
                  draggable
                  dragBoundFunc={(pos) => ({ x: Math.max(PAD.left, Math.min(PAD.left + w, pos.x)), y: Math.max(PAD.top, Math.min(PAD.top + h, pos.y)) })}
                  onDragStart={() => setHovered(a.id)}
                  onDragEnd={(e) => {
                    setHovered(null);
                    onDragEnd(a.id, e, dot);
                  }}
                  onMouseEnter={() => setHovered(a.id)}
                  onMouseLeave={() => setHovered((h) => (h === a.id ? null : h))}
                >
                  {label && dot.leader && (
                    <Line
                      listening={false}
                      points={[0, 0, (label.x < dot.x ? label.x + label.width : label.x) - dot.x, label.y + label.height / 2 - dot.y]}
                      stroke={colors.borderStrong}
                      strokeWidth={1}
                    />
                  )}
                  <Circle radius={DOT_RADIUS} fill={q === 'quick_win' ? colors.accent : colors.text} stroke={colors.surface} strokeWidth={2} hitStrokeWidth={8} />
                  {label && (
                    <Text
                      listening={false}
                      x={label.x - dot.x}
                      y={label.y - dot.y + 1}
                      text={title}
                      fontFamily={FONT_FAMILY}
                      fontSize={LABEL_SIZE}
                      fontStyle="600"
                      fill={colors.text}
                      width={label.width}
                      ellipsis
                      wrap="none"
                    />
                  )}
                </Group>
              );
            })}
          </Layer>
        </Stage>
      </div>
      {unplaced.length > 0 && (
        <p className="muted matrix-unplaced">
          {A.unplaced} {unplaced.map((a) => a.title).join(', ')}
        </p>
      )}
    </section>
  );
}
