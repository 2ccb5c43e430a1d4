import type { Db } from '../../db/open';
import { grantsPage, type GrantRowRaw, type GrantsPageQuery } from '../../db/queries/grants';
import { amendmentsOfGrant, disbursementsOfGrant, grantById, receiptsOfGrant, tranchesOfGrant } from '../../db/queries/grant-detail';
import { userById } from '../../db/queries/users';
import { AppError } from '../api/errors';
import { minorUnitsOf } from '../domain/currencies';
import { fourEyesThreshold, inEur } from './four-eyes';
import { ConversionRangeError, convertByDivision, convertCross } from '../domain/fx';
import { rateOnOrBefore } from '../../db/queries/fx';
import { trancheStatus } from '../domain/tranche-status';

/**
 * A Grants grid row: the stored row plus its EUR equivalent and its equivalent in the chosen
 * reporting currency, both at the rates on or before the start date (null when a rate is missing).
 */
export type GrantRow = Omit<GrantRowRaw, 'eurRate'> & { amountEurMinor: number | null; reportingCurrency: string; amountReportingMinor: number | null };

const EUR_MINOR_UNITS = 2;

// An equivalent too large to hold (a huge amount at an extreme rate) is shown as "—" in its own
// row, like a missing rate, rather than failing the whole page.
function orNull(convert: () => number): number | null {
  try {
    return convert();
  } catch (e) {
    if (e instanceof ConversionRangeError) return null;
    throw e;
  }
}

function withEquivalents(db: Db, r: GrantRowRaw, reporting: string): GrantRow {
  const { eurRate, ...rest } = r;
  const amountEurMinor = eurRate === null ? null : orNull(() => convertByDivision(r.amountMinor, r.minorUnits, eurRate, EUR_MINOR_UNITS));
  let amountReportingMinor: number | null;
  if (reporting === 'EUR') amountReportingMinor = amountEurMinor;
  else if (reporting === r.currency) amountReportingMinor = r.amountMinor;
  else {
    const to = rateOnOrBefore(db, 'EUR', reporting, r.startDate);
    amountReportingMinor = eurRate === null || !to ? null : orNull(() => convertCross(r.amountMinor, r.minorUnits, eurRate, to.rate, minorUnitsOf(reporting)));
  }
  return { ...rest, amountEurMinor, reportingCurrency: reporting, amountReportingMinor };
}

/** A page of the Grants grid, with the total count as lastRow for the infinite row model. */
export function listGrants(db: Db, q: GrantsPageQuery & { reportingCurrency?: string }): { rows: GrantRow[]; lastRow: number } {
  const { rows, total } = grantsPage(db, q);
  const reporting = q.reportingCurrency ?? 'EUR';
  return { rows: rows.map((r) => withEquivalents(db, r, reporting)), lastRow: total };
}

/** A grant with its tranches (status as of `today`), disbursements and receipts, and their totals. */
export function grantDetail(db: Db, id: number, today: string) {
  const grant = grantById(db, id);
  if (!grant) throw new AppError('not_found', `Grant ${id} does not exist`, { id });
  // Whether each payment needs a second person's approval is stored when it is recorded (at or
  // above the four-eyes threshold in EUR at its paid-date rate then); computed only for a row that
  // somehow lacks it (a missing rate errs on the side of asking). Who recorded and approved it, by name.
  const threshold = fourEyesThreshold({ db });
  const nameOf = (userId: number | null) => (userId === null ? null : (userById(db, userId)?.displayName ?? null));
  const needsApproval = (d: { amountMinor: number; currency: string; paidDate: string }) => {
    try {
      return inEur({ db }, d.amountMinor, d.currency, minorUnitsOf(d.currency), d.paidDate) >= threshold;
    } catch {
      return true;
    }
  };
  const disbursements = disbursementsOfGrant(db, id).map(({ storedApprovalRequired, ...d }) => {
    const approvalRequired = storedApprovalRequired ?? needsApproval(d);
    return { ...d, approvalRequired, awaitingApproval: approvalRequired && d.approvedBy === null, recordedByName: nameOf(d.recordedBy), approvedByName: nameOf(d.approvedBy) };
  });
  // A tranche whose payment awaits its second approval is not released yet, and says why.
  const awaitingTranches = new Set(disbursements.filter((d) => d.awaitingApproval).map((d) => d.trancheId));
  const tranches = tranchesOfGrant(db, id).map((t) => {
    const status = trancheStatus(t.status, t.dueDate, today);
    return { ...t, status: awaitingTranches.has(t.id) && status !== 'released' ? ('awaiting_approval' as const) : status };
  });
  const approved = disbursements.filter((d) => !d.awaitingApproval);
  const awaiting = disbursements.filter((d) => d.awaitingApproval);
  const receipts = receiptsOfGrant(db, id);
  // Totals are in the grant's currency: payments in another currency count at their converted amount.
  const sum = (xs: { amountMinor: number; grantAmountMinor?: number }[]) => xs.reduce((s, x) => s + (x.grantAmountMinor ?? x.amountMinor), 0);
  return {
    grant,
    tranches,
    disbursements,
    receipts,
    amendments: amendmentsOfGrant(db, id),
    totals: {
      // A cancelled tranche is no longer scheduled money (the reconciliation counts it the same way).
      scheduledMinor: sum(tranches.filter((t) => t.status !== 'cancelled')),
      // Disbursed counts a payment once it is approved (or needed no approval); until then it is
      // awaiting approval, still part of what is outstanding.
      disbursedMinor: sum(approved),
      awaitingApprovalMinor: sum(awaiting),
      receivedMinor: sum(receipts),
      outstandingMinor: grant.amountMinor - sum(approved),
    },
  };
}
