/**
 * The workshop report as data: what each section holds, and what is still missing for a complete
 * report. The on-screen preview (renderer/steps/Report) and the PDF writer (electron/export) both
 * read this, so the preview shows what the file will hold.
 */
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { msg } from '../strings';
import { actionRows, gapsWithoutAction, type ActionRow } from './actions';
import { gapViews, rankedGaps, type GapView } from './gaps';
import { metricRows, type MetricRow } from './measure';

export interface MissingItem {
  /** The step where it is fixed. */
  step: 'setup' | 'personas' | 'journey' | 'gaps' | 'actions' | 'measure';
  text: string;
}

export function missingForReport(doc: WorkshopDoc): MissingItem[] {
  const M = msg.report.missing;
  const out: MissingItem[] = [];
  const journeys = Object.keys(doc.rows.journey);
  const gaps = journeys.flatMap((j) => gapViews(doc, j));
  const actions = Object.values(doc.rows.action);
  const metrics = Object.values(doc.rows.metric);
  if (!doc.workshop.vision.trim()) out.push({ step: 'setup', text: M.noVision });
  if (Object.keys(doc.rows.persona).length === 0) out.push({ step: 'personas', text: M.noPersonas });
  if (journeys.length === 0) out.push({ step: 'journey', text: M.noJourney });
  if (gaps.length === 0) out.push({ step: 'gaps', text: M.noGaps });
  const unscored = gaps.filter((g) => g.size === null).length;
  if (unscored) out.push({ step: 'gaps', text: M.unscoredGaps(unscored) });
  if (actions.length === 0) out.push({ step: 'actions', text: M.noActions });
  const open = gapsWithoutAction(doc).length;
  if (open) out.push({ step: 'actions', text: M.gapsWithoutAction(open) });
  const live = actions.filter((a) => a.status !== 'dropped');
  const noOwner = live.filter((a) => !a.owner.trim()).length;
  if (noOwner) out.push({ step: 'actions', text: M.actionsWithoutOwner(noOwner) });
  const noDue = live.filter((a) => !a.dueDate).length;
  if (noDue) out.push({ step: 'actions', text: M.actionsWithoutDue(noDue) });
  if (metrics.length === 0) out.push({ step: 'measure', text: M.noMetrics });
  const unset = metrics.filter((m) => m.baseline === null || m.target === null).length;
  if (unset) out.push({ step: 'measure', text: M.metricsWithoutTarget(unset) });
  return out;
}

export interface ReportJourney {
  journey: RowOf<'journey'>;
  gaps: GapView[];
  /** Whether the blueprint of this journey has anything to show. */
  hasBlueprint: boolean;
}

export interface ReportData {
  workshop: WorkshopDoc['workshop'];
  personas: RowOf<'persona'>[];
  journeys: ReportJourney[];
  actions: ActionRow[];
  metrics: MetricRow[];
}

export function reportData(doc: WorkshopDoc): ReportData {
  const items = Object.values(doc.rows.blueprintItem);
  return {
    workshop: doc.workshop,
    personas: byPosition(Object.values(doc.rows.persona)),
    journeys: byPosition(Object.values(doc.rows.journey)).map((journey) => ({
      journey,
      gaps: rankedGaps(doc, journey.id),
      hasBlueprint: items.some((b) => b.journeyId === journey.id),
    })),
    actions: actionRows(doc),
    metrics: metricRows(doc),
  };
}

/** A gap's name as every table prints it: its own title, or its touchpoint's name. */
export const gapName = (g: GapView): string => g.gap.title || g.touchpoint.name;
