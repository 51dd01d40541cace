/**
 * Journey templates are data files in resources/templates/ (adding a template is adding a file).
 * This schema is what a template file must look like; every file is checked against it by a test
 * and again when the app loads it.
 */
import { z } from 'zod';
import { INDUSTRIES, LANE_KINDS } from '../model/vocab';

const text = (max: number) => z.string().trim().min(1).max(max);

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text(80),
  description: text(400),
  industry: z.enum(INDUSTRIES),
  stages: z
    .array(
      z.strictObject({
        name: text(80),
        description: z.string().max(400).optional(),
        // Consecutive stages with the same phase are drawn as one group above them.
        phase: text(80).optional(),
        touchpoints: z.array(
          z.strictObject({
            name: text(120),
            // The client's own words: names, as the workshop's lists hold them.
            channel: text(60),
            team: text(60),
            momentOfTruth: z.boolean().optional(),
          }),
        ),
        prompts: z.array(z.strictObject({ lane: z.enum(LANE_KINDS), text: text(300) })),
      }),
    )
    .min(1)
    .max(20),
});

export type JourneyTemplate = z.infer<typeof templateSchema>;

/** Parses and checks a template file's content; throws with the first problem. */
export function parseTemplate(raw: unknown): JourneyTemplate {
  return templateSchema.parse(raw);
}

/** The template a business of this kind starts from (the closest of the shipped ones): the
 * interview builds its journey from it, and the New journey dialog suggests it. Where an industry
 * has several (hospitality: hotel, restaurant, air travel), the one named here. */
export function templateFor(industry: string, templates: readonly JourneyTemplate[]): JourneyTemplate | undefined {
  const preferred: Record<string, string> = { hospitality: 'hotel-guest', other: 'local-service' };
  return templates.find((t) => t.id === preferred[industry]) ?? templates.find((t) => t.industry === industry) ?? templates.find((t) => t.id === 'local-service') ?? templates[0];
}
