/**
 * What happened to each tranche of a demo grant: released and paid around its due date into one of
 * the grantee's accounts, and received by the grantee a few days later; or still planned because it
 * is not yet due, is overdue, or the grant was stopped. Nothing is paid or received after today.
 */
import type { DemoGrant } from './grant-spec';
import { addDays, DEMO_TODAY, maxDate } from './dates';
import { conditionNote, releaseCondition } from './grant-text';
import type { Rng } from './random';
import { dueDates, splitAmount } from './tranche-schedule';

export type DemoAccount = { currency: string; validFrom: string; validTo: string | null };
export type DemoReceipt = { receivedDate: string; amountMinor: number };
export type DemoDisbursement = { paidDate: string; amountMinor: number; accountIndex: number; receipts: DemoReceipt[] };
export type DemoTranche = {
  seq: number;
  dueDate: string;
  amountMinor: number;
  releaseCondition: string;
  conditionMetDate: string | null;
  conditionNote: string | null;
  status: 'planned' | 'released' | 'withheld' | 'cancelled';
  disbursement: DemoDisbursement | null;
};

/** The account a payment on `date` goes to: open then, in the grant's currency if there is one. */
export function chooseAccount(accounts: readonly DemoAccount[], currency: string, date: string): number {
  const open = accounts.map((a, i) => ({ a, i })).filter(({ a }) => a.validFrom <= date && (a.validTo === null || date <= a.validTo));
  if (open.length === 0) throw new Error(`No demo account open on ${date}`);
  return (open.find(({ a }) => a.currency === currency) ?? open[0]!).i;
}

/** The tranches of one grant with their payments and receipts. */
export function trancheFlow(grant: DemoGrant, accounts: readonly DemoAccount[], rng: Rng): DemoTranche[] {
  const dues = dueDates(grant.startDate, grant.endDate, grant.trancheCount);
  const amounts = splitAmount(grant.amountMinor, grant.trancheCount);
  const payable = grant.status !== 'draft' && grant.status !== 'approved';
  let blocked = !payable;
  let withheldOne = false;
  return dues.map((dueDate, i) => {
    const seq = i + 1;
    const base = {
      seq,
      dueDate,
      amountMinor: amounts[i]!,
      releaseCondition: releaseCondition(seq, grant.trancheCount, grant.government, rng),
      conditionMetDate: null,
      conditionNote: null,
      disbursement: null,
    };
    if (grant.haltedOn !== undefined && dueDate >= grant.haltedOn) {
      blocked = true;
      if (grant.status === 'cancelled') return { ...base, status: 'cancelled' as const };
      if (!withheldOne) {
        withheldOne = true;
        return { ...base, status: 'withheld' as const, conditionNote: 'Interim financial report not accepted; payment withheld pending review.' };
      }
      return { ...base, status: 'planned' as const };
    }
    if (blocked || dueDate > DEMO_TODAY || (grant.stalledFrom !== undefined && dueDate >= grant.stalledFrom)) {
      blocked = true;
      return { ...base, status: 'planned' as const };
    }
    const signed = grant.agreementSignedDate ?? grant.startDate;
    let paidDate = i === 0 ? addDays(maxDate(dueDate, signed), rng.int(0, 10)) : addDays(dueDate, rng.int(-2, 18));
    if (paidDate > DEMO_TODAY) {
      if (grant.status !== 'closed') {
        blocked = true;
        return { ...base, status: 'planned' as const };
      }
      paidDate = DEMO_TODAY;
    }
    const conditionMetDate = i === 0 ? signed : maxDate(signed, addDays(paidDate, -rng.int(1, 8)));
    const receivedDate = addDays(paidDate, rng.int(1, 10));
    return {
      ...base,
      status: 'released' as const,
      conditionMetDate,
      conditionNote: i === 0 ? null : conditionNote(rng),
      disbursement: {
        paidDate,
        amountMinor: amounts[i]!,
        accountIndex: chooseAccount(accounts, grant.currency, paidDate),
        // Money still in transit today has no receipt yet.
        receipts: receivedDate <= DEMO_TODAY ? [{ receivedDate, amountMinor: amounts[i]! }] : [],
      },
    };
  });
}
