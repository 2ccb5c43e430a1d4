import { markConditionMet } from '../services/money-flow';
import { command } from './define';
import { ConditionMetInput } from './schemas/money-flow';

export const tranchesApi = {
  /** Marks a tranche's release condition met (e.g. "narrative report for Q1 received"), with a date and a note. */
  'tranches.conditionMet': command(['administrator', 'coordinator', 'finance_officer'], ConditionMetInput, (ctx, i) => markConditionMet(ctx, i)),
};
