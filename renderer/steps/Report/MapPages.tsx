/**
 * The journey map and the blueprint as the report prints them: the same layouts as the canvases
 * (shared/layout), cut into the same pages as the PDF (shared/layout/tiles.ts), drawn as SVG.
 * The presenter view draws the same SVG uncut, scaled to fit the projector's screen.
 */
import { phaseMarks } from '../../../shared/domain/phases';
import type { ReactNode } from 'react';
import { gapByTouchpoint } from '../../../shared/domain/gaps';
import { lanesOf, stagesOf } from '../../../shared/domain/journey';
import { BP, layoutBlueprint } from '../../../shared/layout/blueprint-layout';
import { GEOMETRY, layoutJourney, pointName, type Box } from '../../../shared/layout/journey-layout';
import { heatColor, NOTE_FILL, NOTE_TEXT } from '../../../shared/layout/palette';
import { mapPages, tileFrame, type Tile } from '../../../shared/layout/tiles';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { msg } from '../../../shared/strings';
import { formatScore } from '../../../shared/domain/scores';
import { measureNoteText } from '../../canvas/measure';
import { Sheet } from './Sheet';
import { Heading } from '../../ui/Heading';

const g = GEOMETRY;

interface Grid {
  /** `phase`: the name of the phase the stage belongs to (shared/domain/phases.ts). */
  columns: readonly { x: number; width: number; label: string; phase?: string }[];
  rows: readonly { y: number; height: number; label: string; shade?: boolean }[];
  /** The boxes inside `view`; those in `focus` get a ring (the presenter following a selection). */
  content(view: Box, focus: ReadonlySet<string>): ReactNode;
}

const NO_FOCUS: ReadonlySet<string> = new Set();
const PHASE_BAND = 20;
const phased = (cols: readonly { phase?: string }[]) => cols.some((c) => c.phase);
/** Consecutive columns of one phase (or of none) together, each group with where it starts. */
function groupByPhase<C extends { phase?: string }>(cols: readonly C[]): { phase: string; start: number; columns: C[] }[] {
  const groups: { phase: string; start: number; columns: C[] }[] = [];
  cols.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (last && last.phase === (c.phase ?? '')) last.columns.push(c);
    else groups.push({ phase: c.phase ?? '', start: i, columns: [c] });
  });
  return groups;
}
/** The width of the phase starting at column i, up to the end of the columns drawn. */
function runWidth(cols: readonly { width: number; phase?: string }[], i: number): number {
  let w = 0;
  for (let j = i; j < cols.length && cols[j]!.phase === cols[i]!.phase; j++) w += cols[j]!.width;
  return w;
}

/** A ring around a selected box, 5 px on the screen however small the map is drawn, to be seen
 * from the back of a room. */
function FocusRing({ box, focus, id }: { box: Box; focus: ReadonlySet<string>; id: string }) {
  if (!focus.has(id)) return null;
  return <rect className="map-focus" x={box.x - 5} y={box.y - 5} width={box.width + 10} height={box.height + 10} rx={9} fill="none" stroke="#1d4ed8" strokeWidth={5} vectorEffect="non-scaling-stroke" />;
}

const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Wrapped text inside a box, as HTML in the SVG (SVG text does not wrap). */
function BoxText({ box, text, size, color, bold, pad = 10 }: { box: Box; text: string; size: number; color: string; bold?: boolean; pad?: number }) {
  return (
    <foreignObject x={box.x + pad} y={box.y + pad} width={Math.max(0, box.width - 2 * pad)} height={Math.max(0, box.height - 2 * pad)}>
      <div className="map-preview-text" style={{ fontSize: size, color, fontWeight: bold ? 650 : 400 }}>
        {text}
      </div>
    </foreignObject>
  );
}

/** The part of the grid a tile covers, as one SVG that scales to whatever box it is given. */
function MapSvg({ title, grid, tile, className, focus = NO_FOCUS, numbered }: { title: string; grid: Grid; tile: Tile; className: string; focus?: ReadonlySet<string>; numbered?: boolean }) {
  const { cols, rows, x0, y0, width: w, height: h, span } = tileFrame(grid, tile);
  const height = g.stageHeaderHeight + h;
  return (
    <svg className={className} viewBox={`0 0 ${span} ${height}`} role="img" aria-label={title}>
      {rows.map((r) => (
        <g key={r.y}>
          {r.shade && <rect x={0} y={g.stageHeaderHeight + r.y - y0} width={span} height={r.height} fill="#f7f8fa" />}
          <line x1={0} x2={span} y1={g.stageHeaderHeight + r.y - y0} y2={g.stageHeaderHeight + r.y - y0} stroke="#dfe3e8" />
          <BoxText box={{ x: 0, y: g.stageHeaderHeight + r.y - y0, width: g.laneHeaderWidth, height: r.height }} text={r.label} size={13} color="#5a6472" bold />
        </g>
      ))}
      {cols.map((c, i) => (
        <g key={c.x}>
          <rect x={g.laneHeaderWidth + c.x - x0} y={0} width={c.width} height={g.stageHeaderHeight - 6} fill="#e3f3f1" />
          {c.phase && <rect className="map-phase" x={g.laneHeaderWidth + c.x - x0} y={0} width={c.width} height={PHASE_BAND} fill="#0d7a72" />}
          {c.phase && (i === 0 || cols[i - 1]!.phase !== c.phase) && (
            // Named once where the phase, or this page's share of it, starts.
            <BoxText box={{ x: g.laneHeaderWidth + c.x - x0, y: 0, width: runWidth(cols, i), height: PHASE_BAND + 8 }} text={c.phase} size={12} color="#ffffff" bold pad={4} />
          )}
          <BoxText
            box={phased(cols) ? { x: g.laneHeaderWidth + c.x - x0, y: PHASE_BAND - 6, width: c.width, height: g.stageHeaderHeight - PHASE_BAND } : { x: g.laneHeaderWidth + c.x - x0, y: 0, width: c.width, height: g.stageHeaderHeight - 6 }}
            text={c.label}
            size={phased(cols) ? 13 : 15}
            color="#14171c"
            bold
            pad={phased(cols) ? 8 : 12}
          />
          {numbered && (
            // The overview's stage numbers, large enough to read at any size it is drawn.
            <text className="map-overview-number" x={g.laneHeaderWidth + c.x - x0 + c.width / 2} y={(g.stageHeaderHeight - 6) / 2 + 16} textAnchor="middle" fontSize={44} fontWeight={700} fill="#0d7a72">
              {grid.columns.indexOf(c) + 1}
            </text>
          )}
          <line x1={g.laneHeaderWidth + c.x - x0} x2={g.laneHeaderWidth + c.x - x0} y1={0} y2={height} stroke="#dfe3e8" />
        </g>
      ))}
      <svg x={g.laneHeaderWidth} y={g.stageHeaderHeight} width={w} height={h} viewBox={`${x0} ${y0} ${w} ${h}`}>
        {grid.content({ x: x0, y: y0, width: w, height: h }, focus)}
      </svg>
    </svg>
  );
}

/** The map as the PDF prints it: whole on one page, or an overview and then detail pages. */
function TiledPages({ title, grid, first }: { title: string; grid: Grid; first: number }) {
  return (
    <>
      {mapPages(grid).map((page, i) => {
        const subtitle =
          page.kind === 'overview'
            ? msg.report.mapOverview
            : page.kind === 'detail'
              ? msg.report.mapDetail(page.stages[0], page.stages[1], page.of, grid.columns.slice(page.stages[0] - 1, page.stages[1]).map((c) => c.label))
              : '';
        const full = subtitle ? `${title} · ${subtitle}` : title;
        return (
          <Sheet key={i} n={first + i} title={full} landscape>
            <Heading className="sheet-map-title">{full}</Heading>
            <MapSvg className="map-preview" title={full} grid={grid} tile={page.tile} />
          </Sheet>
        );
      })}
    </>
  );
}

/**
 * The whole map in one picture, as large as its box allows: the presenter's overview. Fitted to
 * a screen, the map's own text would be a few pixels high, so it shows the shapes only and names
 * the stages above them in large type (one stage at a time is StageFocus). The caption is the
 * journey's name, and what is in focus.
 */
function FittedMap({ title, caption, grid, focus }: { title: string; caption: string; grid: Grid; focus: { ids: ReadonlySet<string>; label: string } }) {
  const whole: Tile = { cols: [0, grid.columns.length - 1], rows: [0, grid.rows.length - 1] };
  return (
    <figure className="map-fit is-overview">
      <div className="map-fit-head">
        <Heading className="map-fit-title">{caption || title}</Heading>
        {focus.label && <p className="map-fit-focus">{msg.presenter.inFocus(focus.label)}</p>}
      </div>
      {phased(grid.columns) ? (
        // With phases, the stages are named under their phase, which is what the room calls them by.
        <ul className="map-fit-phases">
          {groupByPhase(grid.columns).map((group) => (
            <li key={group.start} className={group.phase ? 'has-phase' : undefined}>
              {group.phase && <span className="map-fit-phase">{group.phase}</span>}
              <ol className="map-fit-stages" start={group.start + 1}>
                {group.columns.map((c, i) => (
                  <li key={c.x}>
                    <span aria-hidden>{group.start + i + 1}</span> {c.label}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      ) : (
        <ol className="map-fit-stages">
          {grid.columns.map((c, i) => (
            <li key={c.x}>
              <span aria-hidden>{i + 1}</span> {c.label}
            </li>
          ))}
        </ol>
      )}
      <MapSvg className="map-fit-svg" title={title} grid={grid} tile={whole} focus={focus.ids} numbered />
    </figure>
  );
}

/** The ids to ring, and how to say so: one box's own words, or how many are selected. */
function focusOf(ids: readonly string[] | undefined, textOf: (id: string) => string | undefined) {
  const found = (ids ?? []).filter((id) => textOf(id) !== undefined);
  const only = found.length === 1 ? (textOf(found[0]!) ?? '').trim() : '';
  const label = found.length === 0 ? '' : found.length === 1 ? (only.length > 90 ? `${only.slice(0, 89)}…` : only) : msg.presenter.selectedCount(found.length);
  return { ids: new Set(found), label };
}

export function journeyPageCount(doc: WorkshopDoc, journeyId: string): number {
  return mapPages(journeyGridShape(doc, journeyId)).length;
}

function journeyGridShape(doc: WorkshopDoc, journeyId: string) {
  const layout = layoutJourney(doc.rows, journeyId, measureNoteText);
  return { layout, columns: layout.columns, rows: layout.rows };
}

/** The journey map as report pages from page `first`, or (fit) as one picture for the projector. */
export function JourneyPages({ doc, journeyId, first = 1, fit, focus }: { doc: WorkshopDoc; journeyId: string; first?: number; fit?: boolean; focus?: readonly string[] }) {
  const { layout } = journeyGridShape(doc, journeyId);
  const stageRows = stagesOf(doc.rows, journeyId);
  const stages = new Map(stageRows.map((s) => [s.id, s.name]));
  const phases = new Map(phaseMarks(stageRows).map((m, i) => [stageRows[i]!.id, m?.name]));
  const lanes = new Map(lanesOf(doc.rows, journeyId).map((l) => [l.id, l.name]));
  const heat = gapByTouchpoint(doc, journeyId);
  const name = doc.rows.journey[journeyId]?.name ?? '';
  const grid: Grid = {
    columns: layout.columns.map((c) => ({ x: c.x, width: c.width, label: stages.get(c.stageId) ?? '', phase: phases.get(c.stageId) })),
    rows: layout.rows.map((r) => ({ y: r.y, height: r.height, label: lanes.get(r.laneId) ?? '', shade: r.kind === 'emotions' })),
    content: (view, focus) => {
      const points = layout.emotions.filter((p) => p.score !== null);
      const row = layout.emotionRow;
      return (
        <>
          {layout.notes.filter((n) => meets(n, view)).map((n) => {
            const note = doc.rows.note[n.id]!;
            return (
              <g key={n.id}>
                <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={4} fill={NOTE_FILL[note.color] ?? NOTE_FILL.yellow} />
                <BoxText box={n} text={note.text} size={g.noteFontSize} color={NOTE_TEXT} />
                <FocusRing box={n} focus={focus} id={n.id} />
              </g>
            );
          })}
          {layout.touchpoints.filter((t) => meets(t, view)).map((t) => {
            const tp = doc.rows.touchpoint[t.id]!;
            const size = heat.get(t.id);
            const c = size === undefined ? null : heatColor(size);
            return (
              <g key={t.id}>
                <rect x={t.x} y={t.y} width={t.width} height={t.height} rx={6} fill={c?.fill ?? '#ffffff'} stroke={tp.momentOfTruth ? '#0d7a72' : '#c3cad3'} strokeWidth={tp.momentOfTruth ? 2 : 1} />
                <BoxText box={t} text={tp.name} size={14} color={c?.text ?? '#14171c'} bold />
                <FocusRing box={t} focus={focus} id={t.id} />
              </g>
            );
          })}
          {row && meets(row, view) && (
            <>
              <line x1={view.x} x2={view.x + view.width} y1={row.y + row.height / 2} y2={row.y + row.height / 2} stroke="#c3cad3" strokeDasharray="4 4" />
              {points.length > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke="#0d7a72" strokeWidth={3} />}
              {points.map((p) => (
                <circle key={p.key} cx={p.x} cy={p.y} r={6} fill="#0d7a72" />
              ))}
              {points.map((p, i) => {
                const above = p.y - row.y > 30 && (i % 2 === 0 || row.y + row.height - p.y <= 30);
                return (
                  <text key={`l-${p.key}`} className="map-emotion-label" x={p.x} y={above ? p.y - 12 : p.y + 24} textAnchor="middle" fontSize={13} fontWeight={650} fill="#14171c">
                    {`${pointName(doc.rows, p)} ${formatScore(p.score!)}`}
                  </text>
                );
              })}
            </>
          )}
        </>
      );
    },
  };
  const title = `${msg.report.sections.journey}: ${name}`;
  const textOf = (id: string) => doc.rows.note[id]?.text ?? doc.rows.touchpoint[id]?.name;
  return fit ? <FittedMap title={title} caption={name} grid={grid} focus={focusOf(focus, textOf)} /> : <TiledPages title={title} grid={grid} first={first} />;
}

function blueprintShape(doc: WorkshopDoc, journeyId: string) {
  const layout = layoutBlueprint(doc.rows, journeyId, measureNoteText, { compactEmpty: true });
  return { layout, columns: layout.columns, rows: layout.rows };
}

export function blueprintPageCount(doc: WorkshopDoc, journeyId: string): number {
  return mapPages(blueprintShape(doc, journeyId)).length;
}

/** The blueprint as report pages from page `first`, or (fit) as one picture for the projector. */
export function BlueprintPages({ doc, journeyId, first = 1, fit, focus }: { doc: WorkshopDoc; journeyId: string; first?: number; fit?: boolean; focus?: readonly string[] }) {
  const { layout } = blueprintShape(doc, journeyId);
  const stageRows = stagesOf(doc.rows, journeyId);
  const stages = new Map(stageRows.map((s) => [s.id, s.name]));
  const phases = new Map(phaseMarks(stageRows).map((m, i) => [stageRows[i]!.id, m?.name]));
  const B = msg.blueprint;
  const name = doc.rows.journey[journeyId]?.name ?? '';
  const grid: Grid = {
    columns: layout.columns.map((c) => ({ x: c.x, width: c.width, label: stages.get(c.stageId) ?? '', phase: phases.get(c.stageId) })),
    rows: layout.rows.map((r) => ({ y: r.y, height: r.height, label: r.layer === 'touchpoints' ? B.touchpointsRow : (B.layers[r.layer] ?? r.layer), shade: r.layer === 'touchpoints' })),
    content: (view, focus) => (
      <>
        {layout.lines
          .filter((l) => l.y >= view.y && l.y <= view.y + view.height)
          .map((l) => (
            <g key={l.line}>
              <line x1={view.x} x2={view.x + view.width} y1={l.y} y2={l.y} stroke="#0d7a72" strokeWidth={2} strokeDasharray="8 5" />
              <text x={view.x + 6} y={l.y + 14} fontSize={10} fontWeight={650} fill="#0d7a72">
                {B.lines[l.line]}
              </text>
            </g>
          ))}
        {layout.touchpoints.filter((t) => meets(t, view)).map((t) => (
          <g key={t.id}>
            <rect x={t.x} y={t.y} width={t.width} height={t.height} rx={5} fill="#ffffff" stroke="#c3cad3" />
            <BoxText box={t} text={doc.rows.touchpoint[t.id]?.name ?? ''} size={13} color="#14171c" bold pad={8} />
            <FocusRing box={t} focus={focus} id={t.id} />
          </g>
        ))}
        {layout.items.filter((b) => meets(b, view)).map((b) => (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={5} fill="#ffffff" stroke="#c3cad3" />
            <BoxText box={{ ...b, height: b.height - BP.metaHeight }} text={doc.rows.blueprintItem[b.id]?.text ?? ''} size={14} color="#14171c" />
            <FocusRing box={b} focus={focus} id={b.id} />
          </g>
        ))}
      </>
    ),
  };
  const title = `${msg.report.sections.blueprint}: ${name}`;
  const textOf = (id: string) => doc.rows.blueprintItem[id]?.text ?? doc.rows.touchpoint[id]?.name;
  return fit ? <FittedMap title={title} caption={name} grid={grid} focus={focusOf(focus, textOf)} /> : <TiledPages title={title} grid={grid} first={first} />;
}
