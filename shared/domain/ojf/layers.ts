/** The reference editor's four blueprint layers and the blueprint layers here they are. */
import type { Layer } from '../blueprint';
import type { OjfLayer } from './parse';

export const LAYER_OF: Record<OjfLayer, Layer> = {
  evidence: 'evidence',
  onstage: 'front_stage',
  backstage: 'back_stage',
  support: 'support',
};

/** Where an item of a layer the reference editor does not have goes when it is written out:
 * customer actions are seen (on stage), systems support. */
export const OJF_LAYER_OF: Record<Layer, OjfLayer> = {
  evidence: 'evidence',
  customer_action: 'onstage',
  front_stage: 'onstage',
  back_stage: 'backstage',
  support: 'support',
  system: 'support',
};
