/**
 * What the step rail says about each step: whether it is done, and a few words on where it stands.
 * Pure, so the rail and the report's "what is missing" list count the same way.
 */
import { missingForReport } from './report';
import { journeyTouchpoints, stagesOf } from './journey';
import { gapsWithoutAction } from './actions';
import { gapViews } from './gaps';
import { setupProgress } from './setup-progress';
import type { WorkshopDoc } from '../model/ops';
import { BLUEPRINT_LAYERS } from '../model/vocab';
import { msg } from '../strings';

export interface StepStatus {
  complete: boolean;
  summary: string;
}

export function setupStatus(doc: WorkshopDoc): StepStatus {
  const p = setupProgress(doc.workshop, doc.rows);
  return { complete: p.done === p.total, summary: p.done === p.total ? msg.workshop.stepDone : msg.workshop.stepProgress(p.done, p.total) };
}

/** Done when at least one persona has a name, goals and pain points. */
/** Done when there is evidence or a survey import to work from. */
export function listenStatus(doc: WorkshopDoc): StepStatus {
  const evidence = Object.keys(doc.rows.evidence).length;
  const surveys = Object.keys(doc.rows.surveyImport).length;
  return { complete: evidence + surveys > 0, summary: msg.workshop.listenCount(evidence, surveys) };
}

/** Done when at least one gap has a size (a target and a current score). */
export function gapsStatus(doc: WorkshopDoc): StepStatus {
  const journeys = Object.keys(doc.rows.journey);
  const views = journeys.flatMap((j) => gapViews(doc, j));
  return { complete: views.some((v) => v.size !== null), summary: msg.workshop.gapCount(views.length, views.filter((v) => v.size !== null).length) };
}

/** Done when the blueprint of a journey has something in every layer but physical evidence, which
 * many services have little of and the method does not require. */
export function blueprintStatus(doc: WorkshopDoc): StepStatus {
  const items = Object.values(doc.rows.blueprintItem);
  const required = BLUEPRINT_LAYERS.filter((l) => l !== 'evidence');
  const complete = Object.keys(doc.rows.journey).some((j) => {
    const layers = new Set(items.filter((b) => b.journeyId === j).map((b) => b.layer));
    return required.every((l) => layers.has(l));
  });
  return { complete, summary: msg.workshop.itemCount(items.length) };
}

/** Done when there is an action and every gap has one. */
export function actionsStatus(doc: WorkshopDoc): StepStatus {
  const n = Object.keys(doc.rows.action).length;
  const open = gapsWithoutAction(doc).length;
  return { complete: n > 0 && open === 0, summary: msg.workshop.actionCount(n, open) };
}

export function personasStatus(doc: WorkshopDoc): StepStatus {
  const personas = Object.values(doc.rows.persona);
  const described = personas.filter((p) => p.name.trim() && p.goals.trim() && p.painPoints.trim()).length;
  return { complete: described > 0, summary: msg.workshop.personaCount(personas.length) };
}

/** Done when a journey has at least two stages and every touchpoint in it has an emotion score. */
export function journeyStatus(doc: WorkshopDoc): StepStatus {
  const journeys = Object.values(doc.rows.journey);
  const scored = new Set(Object.values(doc.rows.emotion).map((e) => e.touchpointId));
  const complete = journeys.some((j) => {
    const tps = journeyTouchpoints(doc.rows, j.id);
    return stagesOf(doc.rows, j.id).length >= 2 && tps.length > 0 && tps.every((t) => scored.has(t.id));
  });
  return { complete, summary: msg.workshop.journeyCount(journeys.length) };
}

/** Done when there is a metric and each has a baseline and a target. */
export function measureStatus(doc: WorkshopDoc): StepStatus {
  const metrics = Object.values(doc.rows.metric);
  const unset = metrics.filter((m) => m.baseline === null || m.target === null).length;
  return { complete: metrics.length > 0 && unset === 0, summary: msg.workshop.metricCount(metrics.length, unset) };
}

/** Done when nothing the report needs is missing. */
export function reportStatus(doc: WorkshopDoc): StepStatus {
  const missing = missingForReport(doc).length;
  return { complete: missing === 0, summary: msg.workshop.missingCount(missing) };
}
