/**
 * The two panels beside a step, the rail of steps and the guide, give their width back to the
 * step on a small screen. Below a width each folds by itself; the facilitator can open or fold
 * either, and that choice is remembered for that size of screen only, so opening the guide on a
 * 1024-pixel laptop does not leave it open on the next workshop's projector, and the reverse.
 */

/** Below this window width the rail shows step numbers only. */
export const RAIL_COMPACT_BELOW = 1366;
/** Below this window width the guide folds to its tab (on the canvas steps it always starts folded). */
export const GUIDE_FOLDED_BELOW = 1280;

export type Panel = 'rail' | 'guide';

/** What the panel is when the facilitator has not chosen: open on a roomy screen. */
export function panelOpenByDefault(panel: Panel, width: number, canvasStep: boolean): boolean {
  if (panel === 'rail') return width >= RAIL_COMPACT_BELOW;
  return !canvasStep && width >= GUIDE_FOLDED_BELOW;
}

/** Where a choice is remembered: per panel, per size of screen, and for the guide per kind of step. */
export function panelChoiceKey(panel: Panel, width: number, canvasStep: boolean): string {
  const size = width >= (panel === 'rail' ? RAIL_COMPACT_BELOW : GUIDE_FOLDED_BELOW) ? 'roomy' : 'narrow';
  const kind = panel === 'guide' ? (canvasStep ? '.canvas' : '.step') : '';
  return `touchpoint.${panel}${kind}.${size}`;
}

/** The panel's state: the remembered choice if there is one, else the default for the screen. */
export function panelOpen(choice: string | null, panel: Panel, width: number, canvasStep: boolean): boolean {
  if (choice === 'true') return true;
  if (choice === 'false') return false;
  return panelOpenByDefault(panel, width, canvasStep);
}
