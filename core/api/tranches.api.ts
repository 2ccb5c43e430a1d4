import { cancelTranche, markConditionMet, resumeTranche, withholdTranche } from '../services/money-flow';
import { command } from './define';
import { ConditionMetInput, TrancheActionInput } from './schemas/money-flow';

export const tranchesApi = {
  /** Marks a tranche's release condition met (e.g. "narrative report for Q1 received"), with a date and a note. */
  'tranches.conditionMet': command(['administrator', 'coordinator', 'finance_officer'], ConditionMetInput, (ctx, i) => markConditionMet(ctx, i)),
  /** Holds back a planned (or due, or overdue) tranche of an approved or active grant, with a reason. */
  'tranches.withhold': command(['administrator', 'coordinator'], TrancheActionInput, (ctx, i) => withholdTranche(ctx, i)),
  /** Puts a withheld tranche back to planned, with a reason. */
  'tranches.resume': command(['administrator', 'coordinator'], TrancheActionInput, (ctx, i) => resumeTranche(ctx, i)),
  /** Cancels a tranche nothing has been disbursed against, with a reason; it no longer counts as scheduled. */
  'tranches.cancel': command(['administrator', 'coordinator'], TrancheActionInput, (ctx, i) => cancelTranche(ctx, i)),
};
