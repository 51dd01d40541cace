/**
 * Which example the guide shows: the one written for the workshop's industry, or the general one
 * where the industry has none (no industry chosen yet, "Other", or a step like the report that
 * reads the same everywhere).
 */
import type { Industry, StepId } from '../model/vocab';

export type GuideExamples = Readonly<Record<Industry | 'default', Partial<Record<StepId, string>>>>;

export function guideExample(examples: GuideExamples, step: StepId, industry: Industry | null | undefined): string {
  return (industry ? examples[industry]?.[step] : undefined) ?? examples.default[step] ?? '';
}
