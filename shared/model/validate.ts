/**
 * Validators derived from the field specs, used by main on every edit (through shared/api.ts) and
 * by the renderer to tell the user at once, in the same words, when a value cannot be saved.
 */
import type { z } from 'zod';
import { msg } from '../strings';
import { ENTITY_FIELDS, ENTITY_NAMES, WORKSHOP_FIELDS, type EntityName } from './entities';
import { createSchema, patchSchema } from './fields';

export const createValidators = Object.fromEntries(
  ENTITY_NAMES.map((e) => [e, createSchema(ENTITY_FIELDS[e])]),
) as Record<EntityName, z.ZodObject>;

export const patchValidators = Object.fromEntries([
  ...ENTITY_NAMES.map((e) => [e, patchSchema(ENTITY_FIELDS[e])] as const),
  ['workshop', patchSchema(WORKSHOP_FIELDS)] as const,
]) as Record<EntityName | 'workshop', z.ZodObject>;

/** The message for a value that cannot be stored in this field, or null when it can. */
export function checkField(entity: EntityName | 'workshop', field: string, value: unknown): string | null {
  const r = patchValidators[entity].safeParse({ [field]: value });
  return r.success ? null : (r.error.issues[0]?.message ?? msg.validation.required);
}
