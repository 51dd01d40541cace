/**
 * The impact/effort matrix on Konva: each scored action is a dot with its title; dragging a dot
 * sets its impact (up) and effort (right), snapped to the 1–5 scales. Quadrants follow
 * shared/domain/actions.ts (3 and above is high).
 */
import type Konva from 'konva';
import { useEffect, useRef, useState } from 'react';
import { Circle, Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import { HIGH, quadrantOf } from '../../../shared/domain/actions';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { useCanvasColors } from '../../canvas/colors';
import { FONT_FAMILY } from '../../canvas/measure';
import { useWorkshop } from '../../store/workshop';

const HEIGHT = 520;
const PAD = { left: 56, right: 24, top: 24, bottom: 48 };

export function ActionMatrix({ doc }: { doc: WorkshopDoc }) {
  const dispatch = useWorkshop((s) => s.dispatch);
  const colors = useCanvasColors();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  useEffect(() => {
    const el = ref.current as (HTMLDivElement & { matrixGeometry?: unknown }) | null;
    if (el) el.matrixGeometry = { PAD, width, height: HEIGHT };
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
  // Each value 1–5 owns one fifth of the axis, its dot in the middle of that band.
  const toX = (effort: number) => PAD.left + ((effort - 0.5) / 5) * w;
  const toY = (impact: number) => PAD.top + ((5.5 - impact) / 5) * h;
  const fromX = (x: number) => Math.max(1, Math.min(5, Math.round(0.5 + ((x - PAD.left) / w) * 5)));
  const fromY = (y: number) => Math.max(1, Math.min(5, Math.round(5.5 - ((y - PAD.top) / h) * 5)));
  const mid = { x: PAD.left + ((HIGH - 1) / 5) * w, y: PAD.top + ((5 - (HIGH - 1)) / 5) * h };

  const actions = byPosition(Object.values(doc.rows.action));
  const placed = actions.filter((a) => a.impact !== null && a.effort !== null);
  const unplaced = actions.filter((a) => a.impact === null || a.effort === null);
  const seen = new Map<string, number>();

  const onDragEnd = (id: string, e: Konva.KonvaEventObject<DragEvent>) => {
    const impact = fromY(e.target.y());
    const effort = fromX(e.target.x());
    const a = doc.rows.action[id];
    if (a && (a.impact !== impact || a.effort !== effort)) dispatch([{ kind: 'update', entity: 'action', id, patch: { impact, effort } }]);
    else if (a) e.target.position({ x: toX(a.effort!), y: toY(a.impact!) });
  };

  const quadrant = (label: string, x: number, y: number, qw: number, qh: number, fill: string) => (
    <Group listening={false}>
      <Rect x={x} y={y} width={qw} height={qh} fill={fill} />
      <Text x={x + 12} y={y + 10} text={label} fontFamily={FONT_FAMILY} fontSize={14} fontStyle="700" fill={colors.muted} />
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
              const key = `${a.impact}:${a.effort}`;
              const k = seen.get(key) ?? 0;
              seen.set(key, k + 1);
              const q = quadrantOf(a.impact, a.effort);
              return (
                <Group
                  key={a.id}
                  id={a.id}
                  name="action-dot"
                  x={toX(a.effort!)}
                  y={toY(a.impact!)}
                  draggable
                  dragBoundFunc={(pos) => ({ x: Math.max(PAD.left, Math.min(PAD.left + w, pos.x)), y: Math.max(PAD.top, Math.min(PAD.top + h, pos.y)) })}
                  onDragEnd={(e) => onDragEnd(a.id, e)}
                >
                  <Circle radius={9} fill={q === 'quick_win' ? colors.accent : colors.text} stroke={colors.surface} strokeWidth={2} />
                  <Text x={14} y={-7 + k * 16} text={a.title} fontFamily={FONT_FAMILY} fontSize={13} fontStyle="600" fill={colors.text} width={180} ellipsis wrap="none" />
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
