/**
 * Step: Blueprint. Under each stage and touchpoint of a journey, what the customer does, what
 * staff do in view and out of view, and the processes and systems behind them.
 */
import { Image as ImageIcon } from 'lucide-react';
import { useRef, useState } from 'react';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { BlueprintCanvas, type BlueprintCanvasHandle } from '../../canvas/BlueprintCanvas';
import { mapToPng } from '../../canvas/export-png';
import { useBlueprintUi } from '../../canvas/map-ui';
import { ZoomControls } from '../../canvas/ZoomControls';
import { fileName } from '../../../shared/domain/file-name';
import { download } from '../../export/download';
import { toast } from '../../store/toasts';
import { JourneyPicker } from '../../ui/JourneyPicker';
import { BlueprintTable } from './BlueprintTable';
import { StepHeader } from '../../ui/StepHeader';

export function BlueprintStep({ doc, item }: { doc: WorkshopDoc; item?: string }) {
  const journeys = byPosition(Object.values(doc.rows.journey));
  const journey = (item && doc.rows.journey[item]) || journeys[0];
  const [view, setView] = useState<'map' | 'table'>('map');
  const canvasRef = useRef<BlueprintCanvasHandle | null>(null);
  const B = msg.blueprint;

  if (!journey) {
    return (
      <div className="step-layout">
        <div className="step-content">
          <StepHeader eyebrow={msg.steps.blueprint} heading={B.heading} />
          <p className="empty">{B.empty}</p>
        </div>
      </div>
    );
  }

  const exportPng = async () => {
    const handle = canvasRef.current;
    if (!handle?.stage) return;
    useBlueprintUi.getState().select([]);
    useBlueprintUi.getState().setActive(null);
    try {
      const blob = await mapToPng(handle.stage, handle.layout);
      const file = fileName(`${doc.workshop.client} ${journey.name} blueprint`.trim(), 'png');
      download(file, blob);
      toast(msg.journey.exported(file));
    } catch (err) {
      toast(String(err instanceof Error ? err.message : err), 'error');
    }
  };

  return (
    <div className="journey-step">
      <header className="step-header step-header-row journey-header">
        <div>
          <p className="eyebrow">{msg.steps.blueprint}</p>
          <h1>{B.heading}</h1>
        </div>
        <p className="lede blueprint-lede">{B.lede}</p>
      </header>
      <div className="journey-bar">
        <JourneyPicker doc={doc} step="blueprint" value={journey.id} />
        <div className="toolbar-spacer" />
        {view === 'map' && (
          <div className="map-toolbar-inline" role="toolbar" aria-label={msg.journey.toolbar}>
            <ZoomControls store={useBlueprintUi} />
            <button type="button" className="btn btn-secondary btn-small" onClick={() => void exportPng()}>
              <ImageIcon size={15} aria-hidden />
              {msg.journey.exportPng}
            </button>
          </div>
        )}
        <div className="segmented" role="radiogroup" aria-label={msg.journey.viewLabel}>
          {(['map', 'table'] as const).map((v) => (
            <label key={v} className={`segment${view === v ? ' is-on' : ''}`}>
              <input type="radio" name="blueprint-view" checked={view === v} onChange={() => setView(v)} />
              {msg.journey.view[v]}
            </label>
          ))}
        </div>
      </div>
      {view === 'map' ? <BlueprintCanvas doc={doc} journeyId={journey.id} canvasRef={canvasRef} /> : <BlueprintTable doc={doc} journeyId={journey.id} />}
    </div>
  );
}
