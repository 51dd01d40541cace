/**
 * The workshop report as data: what each section holds, and what is still missing for a complete
 * report. The on-screen preview (renderer/steps/Report) and the PDF writer (electron/export) both
 * read this, so the preview shows what the file will hold.
 */
import { reportThemes } from './themes/ops';
import { journeyDetails, type JourneyDetails } from './journey-details';
import { isSolo } from './interview';
import type { RowOf } from '../model/entities';
import type { WorkshopDoc } from '../model/ops';
import { byPosition } from '../model/positions';
import { msg } from '../strings';
import { actionRows, gapsWithoutAction, type ActionRow } from './actions';
import { gapViews, rankedGaps, type GapView } from './gaps';
import { compareRounds, type RoundComparison } from './rounds';
import { metricRows, type MetricRow } from './measure';
import { reportPlan, type ReportPlan, type ReportSectionKey } from './report-plan';
import { importResultRows } from './survey';

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
  /** Its point of view and the items with more to say than their text (shared/domain/journey-details.ts). */
  details: JourneyDetails;
  /** Its themes from grouping notes (docs/themes.md), each with what its notes say. */
  themes: { name: string; items: string[] }[];
}

export interface HeardItem {
  item: RowOf<'evidence'>;
  /** Who said it and where, by name. */
  personas: string[];
  touchpoints: string[];
}

export interface ReportSummary {
  /** The gaps to close first, across journeys. */
  topGaps: GapView[];
  /** The open actions due first (those without a date after). */
  firstActions: ActionRow[];
  /** Each owner, how many open actions they hold, and when the first is due. */
  owners: { owner: string; count: number; nextDue: string | null }[];
}

export interface ReportData {
  workshop: WorkshopDoc['workshop'];
  /** A self-assessment: the report is the owner's short plan (shared/domain/interview.ts). */
  solo: boolean;
  plan: ReportPlan;
  participants: RowOf<'participant'>[];
  personas: RowOf<'persona'>[];
  journeys: ReportJourney[];
  heard: { imports: { imp: RowOf<'surveyImport'>; rows: ReturnType<typeof importResultRows> }[]; quotes: HeardItem[] };
  actions: ActionRow[];
  metrics: MetricRow[];
  /** This round beside the one it was started from; null for a first round or when that round is gone. */
  progress: RoundComparison | null;
  summary: ReportSummary;
}

export interface ReportContext {
  /** The day the report is made (ISO date): review dates before it have passed. */
  today: string;
  /** The round this one was started from, when it is still in the library. */
  previous?: WorkshopDoc | null;
}

const TOP_GAPS = 3;
const FIRST_ACTIONS = 5;

export function reportData(doc: WorkshopDoc, ctx: ReportContext): ReportData {
  const items = Object.values(doc.rows.blueprintItem);
  const journeys = byPosition(Object.values(doc.rows.journey)).map((journey) => ({
    journey,
    gaps: rankedGaps(doc, journey.id),
    hasBlueprint: items.some((b) => b.journeyId === journey.id),
    details: journeyDetails(doc, journey.id),
    themes: reportThemes(doc, journey.id),
  }));
  const actions = actionRows(doc);
  const open = actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');
  const byDue = [...open].sort((a, b) => (a.dueDate ?? '9999') .localeCompare(b.dueDate ?? '9999'));
  const owners = new Map<string, { owner: string; count: number; nextDue: string | null }>();
  for (const a of byDue) {
    const owner = a.owner.trim();
    if (!owner) continue;
    const o = owners.get(owner) ?? { owner, count: 0, nextDue: a.dueDate };
    o.count++;
    owners.set(owner, o);
  }
  const links = Object.values(doc.rows.evidenceLink);
  const solo = isSolo(doc.workshop);
  return {
    workshop: doc.workshop,
    solo,
    plan: reportPlan(doc.workshop),
    participants: byPosition(Object.values(doc.rows.participant)).filter((p) => p.name.trim()),
    personas: byPosition(Object.values(doc.rows.persona)),
    journeys,
    heard: {
      imports: byPosition(Object.values(doc.rows.surveyImport)).map((imp) => ({ imp, rows: importResultRows(doc, imp) })).filter((i) => i.rows.length > 0),
      quotes: byPosition(Object.values(doc.rows.evidence))
        .filter((e) => e.text.trim())
        .map((item) => {
          const mine = links.filter((l) => l.evidenceId === item.id);
          return {
            item,
            personas: mine.flatMap((l) => (l.personaId ? [doc.rows.persona[l.personaId]?.name ?? ''] : [])).filter(Boolean),
            touchpoints: mine.flatMap((l) => (l.touchpointId ? [doc.rows.touchpoint[l.touchpointId]?.name ?? ''] : [])).filter(Boolean),
          };
        }),
    },
    actions,
    metrics: metricRows(doc, ctx.today),
    progress: ctx.previous && doc.workshop.previousRoundId === ctx.previous.workshop.id ? compareRounds(ctx.previous, doc, ctx.today) : null,
    summary: {
      topGaps: journeys
        .flatMap((j) => j.gaps)
        .filter((g) => g.priority !== null)
        .sort((a, b) => b.priority! - a.priority!)
        .slice(0, TOP_GAPS),
      firstActions: byDue.slice(0, solo ? 3 : FIRST_ACTIONS),
      owners: [...owners.values()],
    },
  };
}

/** The place of the votes column in the report's gap table: '#', gap, touchpoint, intended,
 * actual, size, votes, priority. */
const VOTES_COLUMN = 6;

/** A row (or the header) of the report's gap table as the report prints it: a self-assessment has
 * nobody to vote with, so its table has no votes column. One rule for the PDF, Word and the preview. */
export function gapTableRow<T>(data: Pick<ReportData, 'solo'>, row: readonly T[]): T[] {
  return data.solo ? row.filter((_, i) => i !== VOTES_COLUMN) : [...row];
}

/** Whether a section has anything to print: an empty one is left out, heading and all. */
export function sectionHasContent(data: ReportData, key: ReportSectionKey): boolean {
  const w = data.workshop;
  switch (key) {
    case 'summary':
      return !!w.vision.trim() || data.summary.topGaps.length > 0 || data.summary.firstActions.length > 0;
    case 'setup':
      return [w.scopeJourney, w.scopeProduct, w.scopeSegments, w.vision].some((t) => t.trim());
    case 'heard':
      return data.heard.imports.length > 0 || data.heard.quotes.length > 0;
    case 'participants':
      return data.participants.length > 0;
    case 'personas':
      return data.personas.length > 0;
    case 'journeys':
      return data.journeys.length > 0;
    case 'blueprints':
      return data.journeys.some((j) => j.hasBlueprint);
    case 'gaps':
      return data.journeys.some((j) => j.gaps.length > 0);
    case 'actions':
      return data.actions.length > 0;
    case 'measure':
      return data.metrics.length > 0;
    case 'progress':
      return data.progress !== null;
  }
}

export { gapName } from './gaps';
