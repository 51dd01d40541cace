/**
 * The example vision for an industry. An empty vision takes the example; one already written
 * keeps its words and gets the example added as a new paragraph to borrow from.
 */
import { msg } from '../../../shared/strings';

export function visionExample(current: string, industry: string | null): string {
  const example = msg.setup.visionExamples[industry ?? 'default'] ?? msg.setup.visionExamples.default!;
  if (current.trim() === '') return example;
  if (current.includes(example)) return current;
  return `${current.trimEnd()}\n\n${example}`;
}
