/**
 * A tiny field-spec language. Each entity lists its fields once, here in shared/, and everything
 * else is derived from that list: the runtime validator main runs on every edit, the default
 * values of a new row, the SQL column names and value codecs, and the TypeScript row types.
 * One list means the UI, the IPC seam and the database cannot drift apart.
 */
import { z } from 'zod';
import { msg } from '../strings';
import type { EntityName } from './entity-names';

export type FieldSpec =
  | { type: 'text'; max: number; required?: boolean; requiredMessage?: string; pattern?: RegExp; patternMessage?: string }
  | { type: 'int'; min: number; max: number; nullable?: boolean }
  | { type: 'real'; min: number; max: number; nullable?: boolean }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly string[]; nullable?: boolean }
  | { type: 'date' }
  | { type: 'list'; maxItems: number; itemMax: number }
  | { type: 'ref'; entity: EntityName; nullable?: boolean; onDelete: 'cascade' | 'set null' }
  | { type: 'position' };

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** The TypeScript type of one field's value. */
export type ValueOf<S extends FieldSpec> = S extends { type: 'text' }
  ? string
  : S extends { type: 'int' | 'real' }
    ? S extends { nullable: true }
      ? number | null
      : number
    : S extends { type: 'position' }
      ? number
      : S extends { type: 'bool' }
        ? boolean
        : S extends { type: 'enum'; values: readonly (infer V)[] }
          ? S extends { nullable: true }
            ? V | null
            : V
          : S extends { type: 'date' }
            ? string | null
            : S extends { type: 'list' }
              ? string[]
              : S extends { type: 'ref' }
                ? S extends { nullable: true }
                  ? string | null
                  : string
                : never;

export type ValuesOf<F extends FieldSpecs> = { -readonly [K in keyof F]: ValueOf<F[K]> };

// Builders keep entity definitions short and literal-typed.
export const f = {
  text: (max: number, opts: { required?: boolean; requiredMessage?: string; pattern?: RegExp; patternMessage?: string } = {}) =>
    ({ type: 'text', max, ...opts }) as const,
  int: <N extends boolean = false>(min: number, max: number, nullable?: N) =>
    ({ type: 'int', min, max, nullable: (nullable ?? false) as N }) as const,
  real: <N extends boolean = false>(min: number, max: number, nullable?: N) =>
    ({ type: 'real', min, max, nullable: (nullable ?? false) as N }) as const,
  bool: () => ({ type: 'bool' }) as const,
  enumOf: <const V extends readonly string[], N extends boolean = false>(values: V, nullable?: N) =>
    ({ type: 'enum', values, nullable: (nullable ?? false) as N }) as const,
  date: () => ({ type: 'date' }) as const,
  list: (maxItems: number, itemMax: number) => ({ type: 'list', maxItems, itemMax }) as const,
  ref: <N extends boolean = false>(entity: EntityName, onDelete: 'cascade' | 'set null', nullable?: N) =>
    ({ type: 'ref', entity, onDelete, nullable: (nullable ?? false) as N }) as const,
  position: () => ({ type: 'position' }) as const,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id: any case is accepted, and it is stored (and compared) in lower case, so "ABC…" and
 * "abc…" can never name two rows, and the screen's lower-case addresses always find it. */
export const uuidSchema = z
  .string()
  .regex(UUID, { error: msg.validation.badId })
  .transform((id) => id.toLowerCase());

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function zodFor(spec: FieldSpec): z.ZodType {
  switch (spec.type) {
    case 'text': {
      let s: z.ZodType<string> = z.string({ error: msg.validation.notText }).max(spec.max, { error: msg.validation.tooLong(spec.max) });
      if (spec.pattern) {
        const pattern = spec.pattern;
        s = s.refine((v) => pattern.test(v), { error: spec.patternMessage ?? msg.validation.badFormat });
      }
      return spec.required
        ? s.refine((v) => v.trim().length > 0, { error: spec.requiredMessage ?? msg.validation.required })
        : s;
    }
    case 'int':
    case 'real': {
      let n = z.number({ error: msg.validation.notNumber }).min(spec.min, { error: msg.validation.range(spec.min, spec.max) });
      n = n.max(spec.max, { error: msg.validation.range(spec.min, spec.max) });
      if (spec.type === 'int') n = n.int({ error: msg.validation.wholeNumber });
      return spec.nullable ? n.nullable() : n;
    }
    case 'position':
      return z.number({ error: msg.validation.notNumber }).finite();
    case 'bool':
      return z.boolean({ error: msg.validation.notBoolean });
    case 'enum': {
      const e = z.enum(spec.values as [string, ...string[]], { error: msg.validation.notOneOf(spec.values) });
      return spec.nullable ? e.nullable() : e;
    }
    case 'date':
      return z
        .string()
        .refine(isIsoDate, { error: msg.validation.badDate })
        .nullable();
    case 'list':
      return z
        .array(z.string().max(spec.itemMax, { error: msg.validation.tooLong(spec.itemMax) }))
        .max(spec.maxItems, { error: msg.validation.tooMany(spec.maxItems) });
    case 'ref':
      return spec.nullable ? uuidSchema.nullable() : uuidSchema;
  }
}

export function defaultFor(spec: FieldSpec): unknown {
  switch (spec.type) {
    case 'text':
      return '';
    case 'int':
    case 'real':
      return spec.nullable ? null : Math.max(spec.min, Math.min(spec.max, 0));
    case 'position':
      return 0;
    case 'bool':
      return false;
    case 'enum':
      return spec.nullable ? null : spec.values[0];
    case 'date':
      return null;
    case 'list':
      return [];
    case 'ref':
      return spec.nullable ? null : undefined; // a required ref has no default: the caller must name it
  }
}

/** Validator for a complete new row (every field present after defaults are filled in). */
export function createSchema(fields: FieldSpecs): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, spec] of Object.entries(fields)) shape[k] = zodFor(spec);
  return z.strictObject(shape);
}

/** Validator for a patch: any subset of the fields, nothing else. */
export function patchSchema(fields: FieldSpecs): z.ZodObject {
  return createSchema(fields).partial();
}

export function defaultsOf(fields: FieldSpecs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(fields)) {
    const d = defaultFor(spec);
    if (d !== undefined) out[k] = d;
  }
  return out;
}

/** camelCase field name → snake_case column name. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** JS value → SQLite value. */
export function toSql(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === 'bool') return value ? 1 : 0;
  if (spec.type === 'list') return JSON.stringify(value ?? []);
  return value;
}

/** SQLite value → JS value. Tolerant of a damaged list: it reads as empty rather than crashing. */
export function fromSql(spec: FieldSpec, value: unknown): unknown {
  if (spec.type === 'bool') return value === 1 || value === true;
  if (spec.type === 'list') {
    try {
      const parsed: unknown = JSON.parse(String(value ?? '[]'));
      return Array.isArray(parsed) ? parsed.filter((x) => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }
  return value;
}
