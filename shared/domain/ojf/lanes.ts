/** Which kind of lane a swimlane's name means, by the words journey maps use. */
import type { LaneKind } from '../journey';

const LANE_WORDS: [RegExp, LaneKind][] = [
  [/touch\s*point|channel|interaction/i, 'touchpoints'],
  [/emotion|feel|sentiment|mood/i, 'emotions'],
  [/pain|friction|problem|frustrat/i, 'pain_points'],
  [/opportunit|idea|improve/i, 'opportunities'],
  [/goal|need|want|expect/i, 'goals'],
  [/thought|quote|think|say|said|voice/i, 'thoughts'],
  [/action|doing|does|activit|step/i, 'actions'],
];

export function laneKindOf(name: string): LaneKind | null {
  return LANE_WORDS.find(([re]) => re.test(name))?.[1] ?? null;
}
