/** A step's name from its id, without importing the step screens (the Report step links to others). */
import { msg } from '../../shared/strings';

export function stepLabel(id: string): string {
  return (msg.steps as Record<string, string>)[id] ?? id;
}
