/** The OpenJourney format (.ojf): reading any layout, importing, exporting (docs/openjourney.md). */
export { parseOjf, ojfPersonaName, type OjfFile, type OjfNode } from './parse';
export { ojfToOps, fromOjfScore, type OjfTarget } from './to-ops';
export { journeyToOjf, toOjfScore, type OjfOut, type OjfNodeOut } from './from-journey';
export { laneKindOf } from './lanes';
