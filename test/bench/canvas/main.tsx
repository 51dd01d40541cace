/**
 * In-browser speed cases for the journey map: the real JourneyCanvas with 2,000 notes beside bare
 * Konva drawing the same note shapes (one layer, no culling, no drag layer). Run by test/bench/run.ts.
 */
import Konva from 'konva';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { JourneyCanvas } from '../../../renderer/canvas/JourneyCanvas';
import { GEOMETRY, layoutJourney, NOTE_TEXT_WIDTH } from '../../../shared/layout/journey-layout';
import { useMapUi } from '../../../renderer/canvas/map-ui';
import { FONT_FAMILY, measureNoteText } from '../../../renderer/canvas/measure';
import { newJourneyOps } from '../../../shared/domain/journey';
import { applyOps, emptyTables, type Op, type WorkshopDoc } from '../../../shared/model/ops';
import { NOTE_COLORS } from '../../../shared/model/vocab';

const NOTES = 2000;
const STAGES = 10;
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function bigDoc(): { doc: WorkshopDoc; journeyId: string } {
  const journeyId = id();
  const template = {
    id: 'bench', name: 'Bench', description: 'bench', industry: 'other' as const,
    stages: Array.from({ length: STAGES }, (_, i) => ({
      name: `Stage ${i + 1}`,
      touchpoints: [{ name: `Touchpoint ${i + 1}`, channel: 'web' as const, team: 'service' as const }],
      prompts: [],
    })),
  };
  const base: WorkshopDoc = {
    workshop: { id: 'w', title: 'Bench', client: '', workshopDate: null, facilitator: '', industry: null, scopeJourney: '', scopeProduct: '', scopeSegments: '', vision: '', votesPerParticipant: 3, votesRevealed: false, round: 1, previousRoundId: '', interview: '', reportSections: '', reportPageSize: 'a4', surveyPeriod: '', teams: [], channels: [], surveyNames: '', clientLogo: '', createdAt: '', updatedAt: '', archivedAt: null },
    rows: emptyTables(),
  };
  let doc = applyOps(base, newJourneyOps({ journeyId, name: 'Bench', personaId: null, position: 1, template }, id));
  const stages = Object.values(doc.rows.stage).sort((a, b) => a.position - b.position);
  const lanes = Object.values(doc.rows.lane).filter((l) => !['touchpoints', 'emotions'].includes(l.kind));
  const ops: Op[] = [];
  for (let i = 0; i < NOTES; i++) {
    const stage = stages[i % stages.length]!;
    const lane = lanes[Math.floor(i / stages.length) % lanes.length]!;
    ops.push({
      kind: 'create', entity: 'note', id: id(),
      values: { journeyId, stageId: stage.id, laneId: lane.id, text: `Note ${i}: ${'customer words '.repeat(1 + (i % 4))}`, color: NOTE_COLORS[i % NOTE_COLORS.length], position: i },
    });
  }
  doc = applyOps(doc, ops);
  return { doc, journeyId };
}

// The smoke run (BENCH_RUNS=1, in npm test) asks for a few frames: it proves the case runs, not its speed.
const frames = Number(new URLSearchParams(location.search).get('frames')) || 60;

async function ours(view: 'actual' | 'fit') {
  const { doc, journeyId } = bigDoc();
  const host = document.getElementById('map')!;
  const root = createRoot(host);
  const layout = layoutJourney(doc.rows, journeyId, measureNoteText);
  const zoom = view === 'fit' ? Math.max(0.2, Math.min(1366 / layout.width, 768 / layout.height)) : 1;
  useMapUi.setState({ journeyId, zoom, pan: { x: 0, y: 0 }, selected: [], active: null, editing: null });
  const t0 = performance.now();
  flushSync(() => root.render(<JourneyCanvas doc={doc} journeyId={journeyId} onRequestDeleteStage={() => {}} />));
  const stage = Konva.stages[Konva.stages.length - 1]!;
  stage.draw();
  const firstDraw = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));

  const [, content, dragLayer] = stage.getLayers();
  const node = content!.findOne('.note')!;
  node.moveTo(dragLayer!);
  // One frame is below the browser's timer resolution (0.1 ms): time them all, then divide.
  const t1 = performance.now();
  for (let i = 0; i < frames; i++) {
    node.x(node.x() + 3);
    dragLayer!.draw();
  }
  const dragFrame = (performance.now() - t1) / frames;
  root.unmount();
  return { firstDraw, dragFrame };
}

async function bare() {
  const { doc, journeyId } = bigDoc();
  const layout = layoutJourney(doc.rows, journeyId, measureNoteText);
  const t0 = performance.now();
  const stage = new Konva.Stage({ container: 'bare', width: 1366, height: 768 });
  const layer = new Konva.Layer();
  stage.add(layer);
  for (const box of layout.notes) {
    const note = doc.rows.note[box.id]!;
    const g = new Konva.Group({ x: box.x, y: box.y, draggable: true });
    g.add(new Konva.Rect({ width: box.width, height: box.height, fill: '#fde68a', cornerRadius: 4 }));
    g.add(new Konva.Text({ x: GEOMETRY.notePaddingX, y: GEOMETRY.notePaddingY, width: NOTE_TEXT_WIDTH, text: note.text, fontFamily: FONT_FAMILY, fontSize: GEOMETRY.noteFontSize, wrap: 'word' }));
    layer.add(g);
  }
  layer.draw();
  const firstDraw = performance.now() - t0;
  const node = layer.findOne('Group')!;
  const t1 = performance.now();
  for (let i = 0; i < frames; i++) {
    node.x(node.x() + 3);
    layer.draw();
  }
  const dragFrame = (performance.now() - t1) / frames;
  stage.destroy();
  return { firstDraw, dragFrame };
}

declare global {
  interface Window {
    bench: { ours: typeof ours; bare: typeof bare; ready: Promise<void> };
  }
}
window.bench = { ours, bare, ready: document.fonts.ready.then(() => undefined) };
