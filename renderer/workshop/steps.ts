/**
 * The workshop's steps in order (DESIGN.md). The rail shows only those that are built; each
 * later issue adds its step here with its screen and its progress rule.
 */
import type { ComponentType } from 'react';
import { setupProgress, type Progress } from '../../shared/domain/setup-progress';
import type { WorkshopDoc } from '../../shared/model/ops';
import { msg } from '../../shared/strings';
import { SetupStep } from '../steps/Setup/SetupStep';

export interface StepDef {
  id: string;
  label: string;
  Screen: ComponentType<{ doc: WorkshopDoc }>;
  progress(doc: WorkshopDoc): Progress;
}

export const STEPS: readonly StepDef[] = [
  { id: 'setup', label: msg.steps.setup, Screen: SetupStep, progress: (doc) => setupProgress(doc.workshop, doc.rows) },
];

export function stepById(id: string): StepDef {
  return STEPS.find((s) => s.id === id) ?? STEPS[0]!;
}
