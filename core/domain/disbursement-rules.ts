/**
 * What makes a disbursement acceptable, as pure checks over facts the caller has looked up, so
 * that recording one payment and importing a hundred thousand apply exactly the same rules.
 */
import { ConversionRangeError } from './fx';

/**
 * A broken rule: `path` names the input field it concerns; `required` marks a missing override;
 * `issue` names the problem for the forms when the field alone does not (default 'rule').
 */
export type RuleBreak = { code: 'invalid_input' | 'conflict'; path: string; message: string; params?: Record<string, string | number>; required?: string; issue?: string };

export type GrantFacts = { reference: string; status: string; granteeId: number; startDate: string; amountMinor: number; currency: string };
export type TrancheFacts = { seq: number; amountMinor: number; status: string; releaseCondition: string | null; conditionMetDate: string | null };
export type AccountFacts = { organisationId: number | null; validFrom: string; validTo: string | null };

/** Checks that do not depend on the amount: grant and tranche state, payee account, dates. */
export function payeeAndStateBreak(g: GrantFacts, t: TrancheFacts, account: AccountFacts | undefined, paidDate: string, today: string): RuleBreak | null {
  if (g.status !== 'active') return { code: 'conflict', path: 'trancheId', message: `Grant ${g.reference} is ${g.status}; money is released only on active grants`, params: { status: g.status } };
  if (t.status === 'withheld' || t.status === 'cancelled') {
    return { code: 'conflict', path: 'trancheId', message: `Tranche ${t.seq} of ${g.reference} is ${t.status}; nothing can be disbursed against it`, params: { status: t.status, trancheStatus: t.status } };
  }
  // Money is recorded once it has moved: a payment dated after today is a typing slip, not a plan.
  if (paidDate > today) return { code: 'invalid_input', path: 'paidDate', issue: 'future', message: `${paidDate} is after today (${today})`, params: { date: paidDate, today } };
  if (!account || account.organisationId !== g.granteeId) return { code: 'invalid_input', path: 'bankAccountId', message: 'the account is not registered to the grantee' };
  if (account.validFrom > paidDate || (account.validTo !== null && account.validTo < paidDate)) {
    return { code: 'invalid_input', path: 'bankAccountId', message: `the account is not valid on ${paidDate} (${account.validFrom} to ${account.validTo ?? 'open'})` };
  }
  if (paidDate < g.startDate) return { code: 'invalid_input', path: 'paidDate', message: `before the grant starts (${g.startDate})` };
  return null;
}

/**
 * Checks on the amount (already in the grant's currency) against what the tranche and the grant
 * have left, then the release condition, which an override reason may set aside.
 */
export function amountAndConditionBreak(
  g: GrantFacts,
  t: TrancheFacts,
  paid: { tranche: number; grant: number },
  grantAmountMinor: number,
  overrideReason: string | undefined,
): RuleBreak | null {
  if (paid.tranche + grantAmountMinor > t.amountMinor) {
    const left = t.amountMinor - paid.tranche;
    return { code: 'invalid_input', path: 'amountMinor', message: `more than tranche ${t.seq} has left (${left} of ${t.amountMinor} minor units of ${g.currency})`, params: { left } };
  }
  if (paid.grant + grantAmountMinor > g.amountMinor) {
    const left = g.amountMinor - paid.grant;
    return { code: 'invalid_input', path: 'amountMinor', message: `more than the grant has left (${left} minor units of ${g.currency})`, params: { left } };
  }
  if (t.releaseCondition && !t.conditionMetDate && !overrideReason) {
    return {
      code: 'conflict',
      path: 'overrideReason',
      message: `Tranche ${t.seq}'s release condition is not met: "${t.releaseCondition}". Give an override reason to release it anyway.`,
      params: { condition: t.releaseCondition },
      required: 'the release condition is not met',
    };
  }
  return null;
}

/** The row a checked disbursement is stored as, the same for one record and for an import. */
export function disbursementRow(
  i: { paidDate: string; amountMinor: number; currency: string; bankAccountId: number; bankReference?: string | undefined; overrideReason?: string | undefined },
  made: { grantId: number; trancheId: number; grantAmountMinor: number; fxRate: string | null; recordedBy: number; createdAt: string },
) {
  return {
    ...made,
    paidDate: i.paidDate,
    amountMinor: i.amountMinor,
    currency: i.currency,
    bankAccountId: i.bankAccountId,
    bankReference: i.bankReference ?? null,
    overrideReason: i.overrideReason ?? null,
  };
}

/**
 * A payment (or receipt) in the grant's currency, or why it cannot be recorded: converted, it
 * rounds to nothing (1 RSD against an EUR grant is 0.01 EUR only from 0.59 RSD up; 1 minor unit
 * is 0), which would record no money yet release the tranche; or it is more than an amount can hold.
 */
export function convertedAmount(
  amountMinor: number,
  currency: string,
  grantCurrency: string,
  convert: () => { grantAmountMinor: number; fxRate: string | null },
): { grantAmountMinor: number; fxRate: string | null } | { break: RuleBreak } {
  let out: { grantAmountMinor: number; fxRate: string | null };
  try {
    out = convert();
  } catch (e) {
    if (!(e instanceof ConversionRangeError)) throw e;
    return { break: { code: 'invalid_input', path: 'amountMinor', issue: 'too_big_to_convert', message: `${amountMinor} minor units of ${currency} are more than an amount in ${grantCurrency} can hold at this rate`, params: { amountMinor, currency, grantCurrency } } };
  }
  if (out.grantAmountMinor === 0) {
    return { break: { code: 'invalid_input', path: 'amountMinor', issue: 'rounds_to_zero', message: `${amountMinor} minor units of ${currency} are 0 in ${grantCurrency} at the rate of the day: too small to record`, params: { amountMinor, currency, grantCurrency } } };
  }
  return out;
}
