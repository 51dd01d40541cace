/**
 * The API contract, written once (after Signal's ts/sql/Interface): each channel maps to the
 * schema of its input, checked at runtime in main for every call, and the type of its output.
 * The renderer's client, the Electron preload and the web bridge all derive from this table.
 */
import { z } from 'zod';
import type { Channel } from './channels';
import { ENTITY_NAMES, fieldsOf, type EntityName, type WorkshopRow } from './model/entities';
import { uuidSchema } from './model/fields';
import { createValidators, patchValidators } from './model/validate';
import { withDefaults, type Op, type WorkshopDoc } from './model/ops';
import { msg } from './strings';
import type { RoomAnswer, RoomNote, RoomRating, RoomStatus, RoomVotes } from './room';
import { roomShowSchema } from './room-schema';

export { CHANNELS, type Channel } from './channels';

export interface ApiError {
  code:
    | 'invalid_input'
    | 'not_found'
    | 'conflict'
    | 'wrong_workshop'
    | 'unknown_channel'
    | 'forbidden'
    | 'busy'
    | 'internal'
    | 'network';
  message: string;
  /** With `conflict` from applyOps: the rows (and fields) another view changed meanwhile. */
  conflicts?: ConflictedRow[];
}

/** A row an edit could not be stored in because another view changed it (docs/sessions.md). */
export interface ConflictedRow {
  entity: EntityName | 'workshop';
  id: string;
  /** The fields changed elsewhere; empty when the whole row is in question (a delete). */
  fields: string[];
  /** An undo would have deleted rows that others added under this one. */
  builtOn?: boolean;
}

/** One user action's ops, with the id main remembers it by so that sending it twice stores it once. */
export interface Edit {
  id: string;
  ops: Op[];
}

/** An op as main stored it, with the row's new revision. */
export type FeedOp =
  | { kind: 'create'; entity: EntityName; id: string; values: Record<string, unknown>; rev: number }
  | { kind: 'update'; entity: EntityName | 'workshop'; id: string; patch: Record<string, unknown>; rev: number }
  | { kind: 'delete'; entity: EntityName; id: string };

/**
 * What the change feed publishes. `seq` numbers every change to the library, without holes;
 * `prevSeq` is the number of the workshop's batch before this one, so a view can tell whether it
 * missed one. `resync` tells a view that it fell too far behind and must re-read.
 */
export type FeedEvent =
  | { kind: 'batch'; seq: number; prevSeq: number; workshopId: string; viewId: string; editIds: string[]; ops: FeedOp[]; updatedAt: string }
  | { kind: 'library'; seq: number; workshopId: string }
  | { kind: 'deleted'; seq: number; workshopId: string }
  | { kind: 'resync'; seq: number };

export interface RowRev {
  entity: EntityName | 'workshop';
  id: string;
  /** null: the batch deleted it. */
  rev: number | null;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type StartupNotice = { kind: 'recovered'; movedTo: string; message: string };

export interface AppInfo {
  version: string;
  dataDir: string;
  shell: 'electron' | 'web';
  notice: StartupNotice | null;
}

export type WorkshopSummary = Omit<WorkshopRow, 'scopeJourney' | 'scopeProduct' | 'scopeSegments' | 'vision'>;


/** A file made by main for the user to save. Binary files (XLSX, PDF, .touchpoint) travel as base64. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  encoding: 'utf8' | 'base64';
  content: string;
  /** What the file had to leave out (a picture that could not be used), said beside the export. */
  warnings?: string[];
}

/** One section of the report PDF and the pages it is on (1-based, inclusive): 'cover',
 * 'summary', 'setup', 'heard', 'participants', 'personas', 'map:<journeyId>',
 * 'details:<journeyId>', 'themes:<journeyId>', 'blueprint:<journeyId>', 'gaps', 'actions', 'measure', 'notes'. Sections
 * flow, so two may share a page. */
export interface ReportSection {
  key: string;
  first: number;
  last: number;
}

/** The consultant's own details, printed on exported reports when filled in. */
export interface Branding {
  name: string;
  contact: string;
  /** A PNG or JPEG data URL, or empty. */
  logo: string;
}

/** A .touchpoint file is at most this big (the library keeps images small, so real ones are far smaller). */
// Sent as base64 inside JSON, it must stay under the web bridge's 64 MB request limit.
export const MAX_WORKSHOP_FILE_BYTES = 40 * 1024 * 1024;
/** An Excel sheet of sticky notes: its size, and how many rows it may hold. */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
export const MAX_SHEET_ROWS = 5000;
/** A logo is kept in the library; it has to stay small. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_DATA_URL = /^(data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2})?$/;

/** What main answers a batch with: not the rows (the view has them), only their new revisions. */
export interface ApplyOpsResult {
  seq: number;
  prevSeq: number;
  updatedAt: string;
  revs: RowRev[];
  /** Edits main had stored before (sent again after a reload or a lost reply): stored once. */
  replayed: string[];
}

/** Turns a camelCase field name into words for a message: workshopDate → "Workshop date". */
function fieldWords(path: PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!last) return '';
  const words = last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One readable sentence for a failed validation: the first problem, with the field it concerns. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return msg.validation.required;
  const field = fieldWords(issue.path);
  return field ? `${field}: ${issue.message}` : issue.message;
}


const entityName = z.enum(ENTITY_NAMES, { error: 'Unknown kind of item.' });
const revision = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const plainObject = z.record(z.string(), z.unknown());

/** An operation's shape, then its values checked against the entity's own field specs. */
export const opSchema: z.ZodType<Op> = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('create'), entity: entityName, id: uuidSchema, values: plainObject }),
    z.strictObject({
      kind: z.literal('update'),
      entity: z.union([entityName, z.literal('workshop')]),
      id: uuidSchema,
      patch: plainObject,
      baseRev: revision.optional(),
    }),
    z.strictObject({ kind: z.literal('delete'), entity: entityName, id: uuidSchema, baseRev: revision.optional(), strict: z.boolean().optional() }),
  ])
  .superRefine((op, ctx) => {
    const check = (schema: z.ZodType, value: unknown, at: string) => {
      const r = schema.safeParse(value);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: [at, ...issue.path] } as never);
      }
    };
    if (op.kind === 'create') check(createValidators[op.entity], withDefaults(op.entity, op.values), 'values');
    if (op.kind === 'update') check(patchValidators[op.entity], op.patch, 'patch');
  })
  .transform((op) => lowerCaseRefs(op as Op)) as unknown as z.ZodType<Op>;

/** The references inside an op's values, in lower case like every id (see uuidSchema). */
function lowerCaseRefs(op: Op): Op {
  if (op.kind === 'delete') return op;
  const fields = fieldsOf(op.entity);
  const lower = (values: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) out[k] = Object.hasOwn(fields, k) && fields[k]!.type === 'ref' && typeof v === 'string' ? v.toLowerCase() : v;
    return out;
  };
  return op.kind === 'create' ? { ...op, values: lower(op.values) } : { ...op, patch: lower(op.patch) };
}

const workshopId = z.strictObject({ id: uuidSchema });
const title = z
  .string({ error: msg.validation.notText })
  .max(200, { error: msg.validation.tooLong(200) })
  .refine((t) => t.trim().length > 0, { error: msg.validation.workshopTitleRequired });

/** Phantom marker for an output type: outputs come from our own main process and are not parsed. */
const out = <T>() => null as unknown as T;

export const contract = {
  appInfo: { input: z.strictObject({}), output: out<AppInfo>() },
  listWorkshops: {
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: out<WorkshopSummary[]>(),
  },
  createWorkshop: {
    input: z.strictObject({ title, client: z.string().max(200, { error: msg.validation.tooLong(200) }).optional() }),
    output: out<WorkshopSummary>(),
  },
  openWorkshop: { input: workshopId, output: out<WorkshopDoc>() },
  renameWorkshop: { input: z.strictObject({ id: uuidSchema, title }), output: out<WorkshopSummary>() },
  duplicateWorkshop: { input: workshopId, output: out<WorkshopSummary>() },
  startNextRound: { input: z.strictObject({ id: uuidSchema, carryVotes: z.boolean().optional() }), output: out<WorkshopSummary>() },
  /** The rounds started from a workshop: the library warns before deleting a round another compares against. */
  laterRounds: { input: workshopId, output: out<WorkshopSummary[]>() },
  archiveWorkshop: {
    input: z.strictObject({ id: uuidSchema, archived: z.boolean() }),
    output: out<WorkshopSummary>(),
  },
  deleteWorkshop: { input: workshopId, output: out<{ deleted: true }>() },
  /**
   * A batch of edits. `edits` carry ids (stored once however often they are sent) and come from
   * `viewId`; `ops` alone is one anonymous edit, for callers without a journal (tests, scripts).
   */
  applyOps: {
    input: z
      .strictObject({
        workshopId: uuidSchema,
        viewId: uuidSchema.optional(),
        edits: z
          .array(z.strictObject({ id: uuidSchema, ops: z.array(opSchema).min(1, { error: 'Nothing to save.' }) }))
          .min(1, { error: 'Nothing to save.' })
          .max(10_000, { error: msg.validation.tooMany(10_000) })
          .optional(),
        ops: z.array(opSchema).min(1, { error: 'Nothing to save.' }).max(200_000, { error: msg.validation.tooMany(200_000) }).optional(),
      })
      .refine((i) => (i.edits === undefined) !== (i.ops === undefined), { error: 'Send edits or ops.' })
      .refine((i) => (i.edits ?? []).reduce((n, e) => n + e.ops.length, 0) <= 200_000, { error: msg.validation.tooMany(200_000) }),
    output: out<ApplyOpsResult>(),
  },
  /** The batches stored in a workshop after `since`, for a view that missed some; null when they
   * are no longer kept (the view re-reads the workshop). */
  workshopChanges: {
    input: z.strictObject({ workshopId: uuidSchema, since: revision }),
    output: out<FeedEvent[] | null>(),
  },
  exportActionList: {
    input: z.strictObject({
      workshopId: uuidSchema,
      format: z.enum(['csv', 'markdown', 'xlsx', 'pdf'], { error: msg.exports.chooseFormat }),
    }),
    output: out<ExportedFile>(),
  },
  /** The workshop report, as a PDF to send or a Word document to rewrite. */
  exportReport: { input: z.strictObject({ workshopId: uuidSchema, format: z.enum(['pdf', 'docx'], { error: msg.exports.chooseFormat }).optional() }), output: out<ExportedFile>() },
  /** How many pages each section of the report PDF takes, so the preview numbers pages alike. */
  reportOutline: { input: z.strictObject({ workshopId: uuidSchema }), output: out<ReportSection[]>() },
  /** The short progress PDF: this round beside the one it was started from. */
  exportProgress: { input: z.strictObject({ workshopId: uuidSchema }), output: out<ExportedFile>() },
  exportWorkshopFile: { input: z.strictObject({ workshopId: uuidSchema }), output: out<ExportedFile>() },
  readSheet: {
    input: z.strictObject({
      // base64 of at most MAX_SHEET_BYTES
      content: z.string().max(Math.ceil(MAX_SHEET_BYTES / 3) * 4 + 4),
    }),
    output: out<{ header: string[]; records: { line: number; cells: string[] }[] }>(),
  },
  importWorkshopFile: {
    input: z.strictObject({
      fileName: z.string().max(500),
      // base64 of at most MAX_WORKSHOP_FILE_BYTES
      content: z
        .string()
        .max(Math.ceil(MAX_WORKSHOP_FILE_BYTES / 3) * 4, { error: msg.exports.fileTooBig })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: msg.exports.notATouchpointFile }),
    }),
    output: out<WorkshopSummary>(),
  },
  getBranding: { input: z.strictObject({}), output: out<Branding>() },
  saveBranding: {
    input: z.strictObject({
      name: z.string().max(200, { error: msg.validation.tooLong(200) }),
      contact: z.string().max(500, { error: msg.validation.tooLong(500) }),
      logo: z
        .string()
        .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 40, { error: msg.settings.logoTooBig })
        .regex(LOGO_DATA_URL, { error: msg.settings.logoWrongType }),
    }),
    output: out<Branding>(),
  },
  // The room (docs/room.md): the facilitator's side only. Phones talk to the room's own server.
  openRoom: { input: z.strictObject({ workshopId: uuidSchema, landAtOnce: z.boolean().optional() }), output: out<RoomStatus>() },
  closeRoom: { input: z.strictObject({}), output: out<RoomStatus>() },
  /** The room now; with `after` (the version last seen), as soon as it changes, or after a few seconds. */
  roomStatus: { input: z.strictObject({ after: revision.optional() }), output: out<RoomStatus>() },
  showInRoom: { input: z.strictObject({ workshopId: uuidSchema, show: roomShowSchema.nullable() }), output: out<RoomStatus>() },
  setRoomOptions: { input: z.strictObject({ workshopId: uuidSchema, landAtOnce: z.boolean() }), output: out<RoomStatus>() },
  /** Hands out what phones sent, each piece once (or, with `hide`, drops notes unlanded). */
  takeFromRoom: {
    input: z.strictObject({ workshopId: uuidSchema, ids: z.array(z.string().max(100)).min(1).max(5000), hide: z.boolean().optional() }),
    output: out<{ notes: RoomNote[]; ratings: RoomRating[]; votes: RoomVotes[]; answers: RoomAnswer[] }>(),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

/** The API as the renderer sees it: one async function per channel. */
export type TouchpointApi = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
