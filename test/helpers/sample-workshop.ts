/**
 * A small but complete workshop as operations: a persona, a journey with notes, touchpoints,
 * emotions and a blueprint, scored gaps, actions tied to gaps and a metric, and survey answers.
 * The export tests read every format back against it.
 */
import type { Op } from '../../shared/model/ops';

export function sampleWorkshopOps(uid: () => string) {
  const ids = {
    persona: uid(), journey: uid(), s1: uid(), s2: uid(), goals: uid(), tps: uid(), emotions: uid(),
    t1: uid(), t2: uid(), g1: uid(), g2: uid(), metric: uid(), a1: uid(), a2: uid(), survey: uid(),
  };
  const ops: Op[] = [
    { kind: 'create', entity: 'persona', id: ids.persona, values: { name: 'Priya the practice manager', role: 'Runs a dental clinic', goals: 'Book patients without phone tag', painPoints: 'Waiting on hold for support' } },
    { kind: 'create', entity: 'journey', id: ids.journey, values: { name: 'Support journey' } },
    { kind: 'create', entity: 'stage', id: ids.s1, values: { journeyId: ids.journey, name: 'Ask for help', position: 1 } },
    { kind: 'create', entity: 'stage', id: ids.s2, values: { journeyId: ids.journey, name: 'Problem solved', position: 2 } },
    { kind: 'create', entity: 'lane', id: ids.goals, values: { journeyId: ids.journey, kind: 'goals', name: 'Customer goals', position: 1 } },
    { kind: 'create', entity: 'lane', id: ids.tps, values: { journeyId: ids.journey, kind: 'touchpoints', name: 'Touchpoints', position: 2 } },
    { kind: 'create', entity: 'lane', id: ids.emotions, values: { journeyId: ids.journey, kind: 'emotions', name: 'Emotions', position: 3 } },
    { kind: 'create', entity: 'note', id: uid(), values: { journeyId: ids.journey, stageId: ids.s1, laneId: ids.goals, text: 'Get through to a human quickly', position: 1 } },
    { kind: 'create', entity: 'touchpoint', id: ids.t1, values: { journeyId: ids.journey, stageId: ids.s1, name: 'Phone line', channel: 'phone', team: 'service', momentOfTruth: true, position: 1 } },
    { kind: 'create', entity: 'touchpoint', id: ids.t2, values: { journeyId: ids.journey, stageId: ids.s2, name: 'Follow-up email', channel: 'email', team: 'service', position: 1 } },
    { kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: ids.t1, score: -1.5 } },
    { kind: 'create', entity: 'emotion', id: uid(), values: { touchpointId: ids.t2, score: 1 } },
    { kind: 'create', entity: 'blueprintItem', id: uid(), values: { journeyId: ids.journey, stageId: ids.s1, layer: 'back_stage', text: 'Agent checks the booking system', role: 'Support agent', position: 1 } },
    { kind: 'create', entity: 'gap', id: ids.g1, values: { touchpointId: ids.t1, title: 'Long holds on the phone', intendedScore: 5, actualScore: 2, position: 1 } },
    { kind: 'create', entity: 'gap', id: ids.g2, values: { touchpointId: ids.t2, title: 'Generic follow-up', intendedScore: 4, actualScore: 3, position: 1 } },
    { kind: 'create', entity: 'metric', id: ids.metric, values: { touchpointId: ids.t1, kind: 'csat', method: 'survey', baseline: 40, target: 75, unit: '%', reviewDate: '2027-03-31' } },
    { kind: 'create', entity: 'action', id: ids.a1, values: { title: 'Call-back service', description: 'Offer a call-back instead of holding', owner: 'Dana Lee', team: 'service', dueDate: '2027-01-31', status: 'in_progress', impact: 5, effort: 2, metricId: ids.metric, position: 1 } },
    { kind: 'create', entity: 'action', id: ids.a2, values: { title: 'Handwritten thank-you card', owner: 'Sam', dueDate: '2027-02-15', impact: 3, effort: 1, wow: true, position: 2 } },
    { kind: 'create', entity: 'actionGap', id: uid(), values: { actionId: ids.a1, gapId: ids.g1 } },
    { kind: 'create', entity: 'surveyImport', id: ids.survey, values: { journeyId: ids.journey, fileName: 'csat.csv', kind: 'csat', importedOn: '2026-11-01' } },
    ...[5, 4, 2, 1, 4].map((score, i): Op => ({ kind: 'create', entity: 'surveyResponse', id: uid(), values: { importId: ids.survey, score, touchpointId: ids.t1, line: i + 2 } })),
  ];
  return { ids, ops };
}
