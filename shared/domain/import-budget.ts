/**
 * How much a workshop file may bring in. A real workshop is far smaller (hundreds of notes, a few
 * thousand survey answers); a file over these limits was made to stall the library (a file of
 * 300,000 participants took 21 s to land and left a workshop that took seconds to open). The
 * reader checks the counts before reading any row, and main checks them again on what it got.
 */
import type { EntityName } from '../model/entities';

export const IMPORT_BUDGET = {
  /** Rows of all kinds together. */
  totalRows: 120_000,
  /** Rows of one kind; survey answers come in bulk, so they may be many. */
  rowsPerEntity: { surveyResponse: 100_000, note: 20_000, default: 10_000 } as Record<EntityName | 'default', number>,
  /** Characters of text in all the rows together. */
  textChars: 30_000_000,
};

export type BudgetBreach = { kind: 'rows'; entity: EntityName; limit: number } | { kind: 'total'; limit: number } | { kind: 'text'; limit: number };

export const rowLimitOf = (entity: EntityName): number => IMPORT_BUDGET.rowsPerEntity[entity] ?? IMPORT_BUDGET.rowsPerEntity.default;

/** The first limit these counts break, or null. */
export function overBudget(counts: Partial<Record<EntityName, number>>, textChars = 0): BudgetBreach | null {
  let total = 0;
  for (const [entity, n] of Object.entries(counts) as [EntityName, number][]) {
    if (n > rowLimitOf(entity)) return { kind: 'rows', entity, limit: rowLimitOf(entity) };
    total += n;
  }
  if (total > IMPORT_BUDGET.totalRows) return { kind: 'total', limit: IMPORT_BUDGET.totalRows };
  if (textChars > IMPORT_BUDGET.textChars) return { kind: 'text', limit: IMPORT_BUDGET.textChars };
  return null;
}
