/** The refusal for a workshop file over the import budget (shared/domain/import-budget.ts). */
import type { BudgetBreach } from '../../shared/domain/import-budget';
import { msg } from '../../shared/strings';

export function budgetMessage(breach: BudgetBreach): string {
  const what = breach.kind === 'rows' ? `${msg.session.entityWords[breach.entity]} rows` : msg.exports.budgetWords[breach.kind]!;
  return msg.exports.overBudget(what, breach.limit);
}
