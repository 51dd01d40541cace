/**
 * The workshop's steps in order, the loop of docs/method.md: each with its screen and the rule
 * that says on the rail how far it has got.
 */
import type { ComponentType } from 'react';
import {
  actionsStatus,
  blueprintStatus,
  gapsStatus,
  journeyStatus,
  listenStatus,
  measureStatus,
  personasStatus,
  reportStatus,
  setupStatus,
  type StepStatus,
} from '../../shared/domain/step-status';
import type { WorkshopDoc } from '../../shared/model/ops';
import type { StepId } from '../../shared/model/vocab';
import { msg } from '../../shared/strings';
import { JourneyStep } from '../steps/Journey/JourneyStep';
import { ActionsStep } from '../steps/Actions/ActionsStep';
import { BlueprintStep } from '../steps/Blueprint/BlueprintStep';
import { GapsStep } from '../steps/Gaps/GapsStep';
import { ListenStep } from '../steps/Listen/ListenStep';
import { MeasureStep } from '../steps/Measure/MeasureStep';
import { ReportStep } from '../steps/Report/ReportStep';
import { PersonasStep } from '../steps/Personas/PersonasStep';
import { SetupStep } from '../steps/Setup/SetupStep';

export interface StepProps {
  doc: WorkshopDoc;
  /** The persona or journey the step has open, from the address. */
  item?: string;
}

export interface StepDef {
  id: StepId;
  label: string;
  Screen: ComponentType<StepProps>;
  status(doc: WorkshopDoc): StepStatus;
  /** Wide steps (canvases) use the whole width, without the guidance column. */
  wide?: boolean;
}

export const STEPS: readonly StepDef[] = [
  { id: 'setup', label: msg.steps.setup, Screen: SetupStep, status: setupStatus },
  { id: 'listen', label: msg.steps.listen, Screen: ListenStep, status: listenStatus },
  { id: 'personas', label: msg.steps.personas, Screen: PersonasStep, status: personasStatus },
  { id: 'journey', label: msg.steps.journey, Screen: JourneyStep, status: journeyStatus, wide: true },
  { id: 'blueprint', label: msg.steps.blueprint, Screen: BlueprintStep, status: blueprintStatus, wide: true },
  { id: 'gaps', label: msg.steps.gaps, Screen: GapsStep, status: gapsStatus },
  { id: 'actions', label: msg.steps.actions, Screen: ActionsStep, status: actionsStatus },
  { id: 'measure', label: msg.steps.measure, Screen: MeasureStep, status: measureStatus },
  { id: 'report', label: msg.steps.report, Screen: ReportStep, status: reportStatus },
];

export function stepById(id: string): StepDef {
  return STEPS.find((s) => s.id === id) ?? STEPS[0]!;
}
