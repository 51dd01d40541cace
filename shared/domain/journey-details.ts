/**
 * What a map says beyond its sticky notes' text, for the report: the journey's point of view, and
 * every note or touchpoint that has a description, a score of its own, a sentiment, a severity or
 * tags (often a map brought from another tool), in map order: by stage, then lane, then position.
 */
import type { WorkshopDoc } from '../model/ops';
import { msg } from '../strings';
import { lanesOf, notesIn, stagesOf, touchpointsOf } from './journey';
import { formatScore } from './scores';

export interface DetailedItem {
  stage: string;
  lane: string;
  title: string;
  description: string;
  /** Score, sentiment, severity and tags, each as a short phrase. */
  meta: string[];
}

export interface JourneyDetails {
  pointOfView: string;
  items: DetailedItem[];
}

type Said = { description: string; sentiment: string; severity: string | null; tags: readonly string[] };

function metaOf(item: Said, score: number | null): string[] {
  const D = msg.journey.details;
  return [
    score === null ? '' : `${D.score} ${formatScore(score)}`,
    item.sentiment,
    item.severity ? `${D.severity}: ${D.severities[item.severity] ?? item.severity}` : '',
    item.tags.length ? `${D.tags}: ${item.tags.join(', ')}` : '',
  ].filter(Boolean);
}

export function journeyDetails(doc: WorkshopDoc, journeyId: string): JourneyDetails {
  const { rows } = doc;
  const items: DetailedItem[] = [];
  const lanes = lanesOf(rows, journeyId, false);
  for (const stage of stagesOf(rows, journeyId)) {
    for (const lane of lanes) {
      const found =
        lane.kind === 'touchpoints'
          ? touchpointsOf(rows, stage.id).map((t) => ({ title: t.name, item: t as Said, score: null }))
          : notesIn(rows, stage.id, lane.id).map((n) => ({ title: n.text, item: n as Said, score: n.score }));
      for (const f of found) {
        const meta = metaOf(f.item, f.score);
        if (f.item.description.trim() || meta.length) items.push({ stage: stage.name, lane: lane.name, title: f.title, description: f.item.description.trim(), meta });
      }
    }
  }
  return { pointOfView: rows.journey[journeyId]?.pointOfView.trim() ?? '', items };
}

export const hasDetails = (d: JourneyDetails) => !!d.pointOfView || d.items.length > 0;
