/**
 * What goes in the report and in which order, chosen by the consultant on the Report step and
 * kept with the workshop; and the paper it is printed on. The cover always comes first. The PDF,
 * the Word document and the preview all follow this plan.
 */
import type { WorkshopRow } from '../model/entities';

export const REPORT_SECTIONS = ['summary', 'progress', 'setup', 'heard', 'participants', 'personas', 'journeys', 'blueprints', 'gaps', 'actions', 'measure'] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export const PAGE_SIZES = ['a4', 'letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Points, portrait. */
export const PAPER: Record<PageSize, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export interface ReportPlan {
  /** The sections chosen, in their order. */
  sections: ReportSectionKey[];
  pageSize: PageSize;
}

const isSection = (v: unknown): v is ReportSectionKey => typeof v === 'string' && (REPORT_SECTIONS as readonly string[]).includes(v);

/** The plan stored with a workshop; every section in the usual order when none was chosen. */
/** A self-assessment's short plan: what hurts most, what to do first, what to measure, and the map. */
export const SOLO_SECTIONS: readonly ReportSectionKey[] = ['summary', 'journeys', 'actions', 'measure'];

export function reportPlan(workshop: Pick<WorkshopRow, 'reportSections' | 'reportPageSize'> & { interview?: string }): ReportPlan {
  let sections: ReportSectionKey[] = workshop.interview ? [...SOLO_SECTIONS] : [...REPORT_SECTIONS];
  if (workshop.reportSections) {
    try {
      const parsed: unknown = JSON.parse(workshop.reportSections);
      if (Array.isArray(parsed)) sections = [...new Set(parsed.filter(isSection))];
    } catch {
      // an unreadable choice falls back to every section
    }
  }
  return { sections, pageSize: workshop.reportPageSize === 'letter' ? 'letter' : 'a4' };
}

/** The stored form of a plan's sections. */
export const storedSections = (sections: readonly ReportSectionKey[]): string => JSON.stringify(sections);

/** Moves a section one place up or down in the chosen order. */
export function moveSection(sections: readonly ReportSectionKey[], key: ReportSectionKey, by: -1 | 1): ReportSectionKey[] {
  const i = sections.indexOf(key);
  const j = i + by;
  if (i < 0 || j < 0 || j >= sections.length) return [...sections];
  const out = [...sections];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Turns a section on (at its usual place among those chosen) or off. */
export function toggleSection(sections: readonly ReportSectionKey[], key: ReportSectionKey, on: boolean): ReportSectionKey[] {
  if (!on) return sections.filter((s) => s !== key);
  if (sections.includes(key)) return [...sections];
  const usual = REPORT_SECTIONS.indexOf(key);
  const at = sections.findIndex((s) => REPORT_SECTIONS.indexOf(s) > usual);
  const out = [...sections];
  out.splice(at < 0 ? out.length : at, 0, key);
  return out;
}
