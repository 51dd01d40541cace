/**
 * Step: Gaps. Score the distance between the experience intended and the one delivered at each
 * touchpoint, let the room vote with dots, and rank what to fix first.
 */
import { Map as MapIcon } from 'lucide-react';
import { useState } from 'react';
import { journeyTouchpoints } from '../../../shared/domain/journey';
import type { WorkshopDoc } from '../../../shared/model/ops';
import { byPosition } from '../../../shared/model/positions';
import { msg } from '../../../shared/strings';
import { useMapUi } from '../../canvas/map-ui';
import { useRoute } from '../../store/route';
import { JourneyPicker } from '../../ui/JourneyPicker';
import { GapScoring } from './GapScoring';
import { Ranking } from './Ranking';
import { Voting } from './Voting';
import { isSolo } from '../../../shared/domain/interview';
import { StepHeader } from '../../ui/StepHeader';

type View = 'scoring' | 'voting' | 'ranking';

export function GapsStep({ doc, item }: { doc: WorkshopDoc; item?: string }) {
  const go = useRoute((s) => s.go);
  const journeys = byPosition(Object.values(doc.rows.journey));
  const journey = (item && doc.rows.journey[item]) || journeys[0];
  const [view, setView] = useState<View>('scoring');
  const G = msg.gaps;
  // One person assessing their own business has nobody to vote with.
  const solo = isSolo(doc.workshop);

  if (!journey || journeyTouchpoints(doc.rows, journey.id).length === 0) {
    return (
      <div className="step-layout">
        <div className="step-content">
          <StepHeader eyebrow={msg.steps.gaps} heading={G.heading} />
          <p className="empty">{journey ? msg.workshop.noTouchpointsForStep(journey.name) : msg.workshop.noJourneyForStep}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="step-layout">
      <div className="step-content">
        <StepHeader eyebrow={msg.steps.gaps} heading={G.heading} lede={solo ? msg.solo.ledes.gaps : G.lede} />
        <div className="journey-bar">
          {journeys.length > 1 && <JourneyPicker doc={doc} step="gaps" value={journey.id} />}
          <div className="segmented" role="radiogroup" aria-label={G.viewLabel}>
            {(solo ? (['scoring', 'ranking'] as const) : (['scoring', 'voting', 'ranking'] as const)).map((v) => (
              <label key={v} className={`segment${view === v ? ' is-on' : ''}`}>
                <input type="radio" name="gaps-view" checked={view === v} onChange={() => setView(v)} />
                {v === 'scoring' ? G.scoring : v === 'voting' ? G.voting.heading : G.ranking}
              </label>
            ))}
          </div>
          <div className="toolbar-spacer" />
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => {
              useMapUi.getState().setHeatMap(true);
              go({ screen: 'workshop', workshopId: doc.workshop.id, step: 'journey', item: journey.id });
            }}
          >
            <MapIcon size={15} aria-hidden />
            {G.heatMap}
          </button>
        </div>
        {view === 'scoring' && <GapScoring doc={doc} journeyId={journey.id} />}
        {view === 'voting' && !solo && <Voting doc={doc} journeyId={journey.id} />}
        {view === 'ranking' && <Ranking doc={doc} journeyId={journey.id} />}
      </div>
    </div>
  );
}
