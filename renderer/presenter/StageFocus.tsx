/**
 * One stage of a map on the projector, large enough to read from the back of the room: its lanes
 * as rows of cards in HTML (the map's own drawing, fitted to a screen, prints its notes at a few
 * pixels), with the stages before and after named at the sides, dimmed. The whole map is the
 * overview (FittedMap), shapes only, with the stage names in large type.
 */
import { phaseMarks } from '../../shared/domain/phases';
import { itemsIn } from '../../shared/domain/blueprint';
import { gapByTouchpoint } from '../../shared/domain/gaps';
import { emotionOf, lanesOf, notesIn, stagesOf, touchpointsOf } from '../../shared/domain/journey';
import { formatScore } from '../../shared/domain/scores';
import { heatColor, NOTE_FILL, NOTE_TEXT } from '../../shared/layout/palette';
import type { WorkshopDoc } from '../../shared/model/ops';
import { BLUEPRINT_LAYERS } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { Heading } from '../ui/Heading';

function Neighbours({ names, index, focused, phase }: { names: string[]; index: number; focused: string; phase?: string }) {
  const P = msg.presenter;
  return (
    <>
      <div className="stage-focus-head">
        <span className="stage-focus-side">{index > 0 ? `← ${names[index - 1]}` : ''}</span>
        <div className="stage-focus-middle">
          {phase && <p className="stage-focus-phase">{P.phaseOf(phase)}</p>}
          <Heading className="stage-focus-title">{P.stageOf(index + 1, names.length, names[index] ?? '')}</Heading>
        </div>
        <span className="stage-focus-side stage-focus-next">{index < names.length - 1 ? `${names[index + 1]} →` : ''}</span>
      </div>
      {focused && <p className="map-fit-focus">{P.inFocus(focused)}</p>}
    </>
  );
}

/** The words of the one thing selected, or how many are. */
function focusLabel(doc: WorkshopDoc, ids: readonly string[] | undefined): string {
  const texts = (ids ?? []).map((id) => doc.rows.note[id]?.text ?? doc.rows.touchpoint[id]?.name ?? doc.rows.blueprintItem[id]?.text).filter((t): t is string => t !== undefined);
  if (texts.length === 0) return '';
  if (texts.length > 1) return msg.presenter.selectedCount(texts.length);
  const only = texts[0]!.trim();
  return only.length > 90 ? `${only.slice(0, 89)}…` : only;
}

export function JourneyStageFocus({ doc, journeyId, index, focus }: { doc: WorkshopDoc; journeyId: string; index: number; focus?: readonly string[] }) {
  const stages = stagesOf(doc.rows, journeyId);
  const stage = stages[Math.min(index, stages.length - 1)];
  if (!stage) return <p className="presenter-empty">{msg.report.empty}</p>;
  const at = stages.indexOf(stage);
  const heat = gapByTouchpoint(doc, journeyId);
  const ringed = new Set(focus ?? []);
  const tps = touchpointsOf(doc.rows, stage.id);
  return (
    <section className="stage-focus" aria-label={stage.name}>
      <Neighbours names={stages.map((s) => s.name)} index={at} focused={focusLabel(doc, focus)} phase={phaseMarks(stages)[at]?.name} />
      <div className="stage-focus-lanes">
        {lanesOf(doc.rows, journeyId, false).map((lane) => {
          if (lane.kind === 'touchpoints') {
            if (tps.length === 0) return null;
            return (
              <div key={lane.id} className="stage-focus-lane">
                <p className="stage-focus-lane-name">{lane.name}</p>
                <ul className="stage-focus-cards">
                  {tps.map((t) => {
                    const size = heat.get(t.id);
                    const c = size === undefined ? null : heatColor(size);
                    return (
                      <li key={t.id} className={`stage-focus-card stage-focus-touchpoint${ringed.has(t.id) ? ' is-ringed' : ''}${t.momentOfTruth ? ' is-moment' : ''}`} style={c ? { background: c.fill, color: c.text } : undefined}>
                        <strong>{t.name}</strong>
                        <span>{[t.momentOfTruth ? msg.journey.touchpoint.moment : '', size === undefined ? '' : msg.gaps.sizeValue(size)].filter(Boolean).join(' · ')}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          }
          if (lane.kind === 'emotions') {
            const scored = tps.flatMap((t) => {
              const e = emotionOf(doc.rows, t.id);
              return e ? [{ t, score: e.score }] : [];
            });
            if (scored.length === 0) return null;
            return (
              <div key={lane.id} className="stage-focus-lane">
                <p className="stage-focus-lane-name">{lane.name}</p>
                <ul className="stage-focus-cards">
                  {scored.map(({ t, score }) => (
                    <li key={t.id} className={`stage-focus-emotion ${score < 0 ? 'is-low' : score > 0 ? 'is-high' : ''}`}>
                      {t.name} <strong>{formatScore(score)}</strong>
                    </li>
                  ))}
                </ul>
              </div>
            );
          }
          const notes = notesIn(doc.rows, stage.id, lane.id);
          if (notes.length === 0) return null;
          return (
            <div key={lane.id} className="stage-focus-lane">
              <p className="stage-focus-lane-name">{lane.name}</p>
              <ul className="stage-focus-cards">
                {notes.map((n) => (
                  <li key={n.id} className={`stage-focus-card${ringed.has(n.id) ? ' is-ringed' : ''}`} style={{ background: NOTE_FILL[n.color] ?? NOTE_FILL.yellow, color: NOTE_TEXT }}>
                    {n.text}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

export function BlueprintStageFocus({ doc, journeyId, index, focus }: { doc: WorkshopDoc; journeyId: string; index: number; focus?: readonly string[] }) {
  const stages = stagesOf(doc.rows, journeyId);
  const stage = stages[Math.min(index, stages.length - 1)];
  if (!stage) return <p className="presenter-empty">{msg.report.empty}</p>;
  const at = stages.indexOf(stage);
  const ringed = new Set(focus ?? []);
  const B = msg.blueprint;
  const tps = touchpointsOf(doc.rows, stage.id);
  return (
    <section className="stage-focus" aria-label={stage.name}>
      <Neighbours names={stages.map((s) => s.name)} index={at} focused={focusLabel(doc, focus)} phase={phaseMarks(stages)[at]?.name} />
      <div className="stage-focus-lanes">
        {tps.length > 0 && (
          <div className="stage-focus-lane">
            <p className="stage-focus-lane-name">{B.touchpointsRow}</p>
            <ul className="stage-focus-cards">
              {tps.map((t) => (
                <li key={t.id} className={`stage-focus-card stage-focus-touchpoint${ringed.has(t.id) ? ' is-ringed' : ''}`}>
                  <strong>{t.name}</strong>
                </li>
              ))}
            </ul>
          </div>
        )}
        {BLUEPRINT_LAYERS.map((layer) => {
          const items = itemsIn(doc.rows, stage.id, layer);
          if (items.length === 0) return null;
          return (
            <div key={layer} className="stage-focus-lane">
              <p className="stage-focus-lane-name">{B.layers[layer] ?? layer}</p>
              <ul className="stage-focus-cards">
                {items.map((b) => (
                  <li key={b.id} className={`stage-focus-card stage-focus-item${ringed.has(b.id) ? ' is-ringed' : ''}`}>
                    {b.text}
                    {(b.role || b.timing) && <span>{[b.role, b.timing].filter(Boolean).join(' · ')}</span>}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
