import { rateOnOrBefore } from '../../db/queries/fx';
import {
  bankAccountOf,
  currencyMinorUnits,
  disbursementCount,
  grantByReference,
  grantForMoney,
  insertDisbursementRow,
  insertGrant,
  markTrancheReleased,
  organisationExists,
  paidSoFar,
  replaceTranches,
  setConditionMet,
  setTrancheStatus,
  trancheById,
  trancheDisbursementCount,
} from '../../db/queries/money-flow';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { CreateGrantInput, RecordDisbursementInput, SetScheduleInput } from '../api/schemas/money-flow';
import { toGrantCurrency } from '../domain/fx';
import { money } from '../domain/money';
import { generateSchedule, ScheduleError } from '../domain/tranche-schedule';
import { trancheStatus } from '../domain/tranche-status';
import { fourEyesThreshold, inEur } from './four-eyes';
import { ruleError } from './rule-error';
import { amountAndConditionBreak, convertedAmount, disbursementRow, payeeAndStateBreak } from '../domain/disbursement-rules';
import { awardDetailsCheck } from './award-details';

const fieldError = (path: string, message: string, params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code: 'rule', message }]);

/** Saves a new grant as a draft. */
export function createGrant(ctx: Ctx, g: z.output<typeof CreateGrantInput>) {
  if (!organisationExists(ctx.db, g.grantorId)) throw fieldError('grantorId', `organisation ${g.grantorId} does not exist`);
  if (!organisationExists(ctx.db, g.granteeId)) throw fieldError('granteeId', `organisation ${g.granteeId} does not exist`);
  awardDetailsCheck(ctx, g);
  if (grantByReference(ctx.db, g.reference)) throw new AppError('conflict', `A grant with reference ${g.reference} exists already`, { reference: g.reference }, [{ path: 'reference', code: 'taken', message: 'already used' }]);
  const at = ctx.clock.now().toISOString();
  const id = insertGrant(ctx.db, { ...g, status: 'draft', createdBy: ctx.actor?.id ?? null, createdAt: at, updatedAt: at });
  return { id, status: 'draft' as const };
}

/** Replaces the tranche schedule of a grant that has not paid anything yet. */
export function setSchedule(ctx: Ctx, i: z.output<typeof SetScheduleInput>) {
  const g = grantForMoney(ctx.db, i.grantId);
  if (!g) throw new AppError('not_found', `Grant ${i.grantId} does not exist`, { id: i.grantId });
  if (!['draft', 'approved'].includes(g.status)) throw new AppError('conflict', `Grant ${g.reference} is ${g.status}; its schedule can only change while draft or approved`, { status: g.status });
  if (disbursementCount(ctx.db, g.id) > 0) throw new AppError('conflict', `Grant ${g.reference} has disbursements; its schedule cannot be replaced`);
  let planned;
  try {
    planned = generateSchedule(money(g.amountMinor, g.currency), { start: g.startDate, end: g.endDate }, i.schedule);
  } catch (e) {
    if (e instanceof ScheduleError) throw fieldError(`schedule.${e.field}`, e.message);
    throw e;
  }
  if ((i.conditions?.length ?? 0) > planned.length) throw fieldError('conditions', `${i.conditions!.length} conditions for ${planned.length} tranches`);
  const at = ctx.clock.now().toISOString();
  replaceTranches(
    ctx.db,
    g.id,
    planned.map((t) => ({ seq: t.seq, dueDate: t.dueDate, amountMinor: t.amountMinor, currency: g.currency, releaseCondition: i.conditions?.[t.seq - 1] || null, status: 'planned' as const, createdAt: at })),
  );
  return { grantId: g.id, tranches: planned };
}

/** Units of `currency` per EUR on or before `date`; a missing rate names the pair and the date. */
function perEur(ctx: Ctx, currency: string, date: string, path: string): string {
  if (currency === 'EUR') return '1';
  const r = rateOnOrBefore(ctx.db, 'EUR', currency, date);
  if (!r) throw fieldError(path, `no EUR/${currency} exchange rate on or before ${date}`, { pair: `EUR/${currency}`, date });
  return r.rate;
}

/**
 * An amount in the grant's currency: as it is, or converted at the EUR cross rate on or before
 * `date` (one rounding, half away from zero); the rates used are kept with the record.
 */
export function inGrantCurrency(ctx: Ctx, g: { currency: string; minorUnits: number }, amountMinor: number, currency: string, date: string) {
  const mu = currencyMinorUnits(ctx.db, currency)!;
  const converted = convertedAmount(amountMinor, currency, g.currency, () => toGrantCurrency(amountMinor, mu, currency, g, (c) => perEur(ctx, c, date, 'currency')));
  if ('break' in converted) throw ruleError(converted.break);
  return { mu, ...converted };
}

/**
 * Records money released against a tranche. Refused: an account not registered to the grantee
 * (or not valid that day), more than the tranche or the grant has left, a grant that is not active,
 * and a tranche whose release condition is unmet unless an override reason is given.
 */
export function recordDisbursement(ctx: Ctx, i: z.output<typeof RecordDisbursementInput>) {
  const t = trancheById(ctx.db, i.trancheId);
  if (!t) throw fieldError('trancheId', `tranche ${i.trancheId} does not exist`);
  const g = grantForMoney(ctx.db, t.grantId)!;
  const account = bankAccountOf(ctx.db, i.bankAccountId);
  const state = payeeAndStateBreak(g, t, account, i.paidDate, ctx.clock.today());
  if (state) throw ruleError(state);
  const { mu, grantAmountMinor, fxRate } = inGrantCurrency(ctx, g, i.amountMinor, i.currency, i.paidDate);
  const amount = amountAndConditionBreak(g, t, paidSoFar(ctx.db, g.id, t.id), grantAmountMinor, i.overrideReason);
  if (amount) throw ruleError(amount);
  const approvalRequired = inEur(ctx, i.amountMinor, i.currency, mu, i.paidDate) >= fourEyesThreshold(ctx);
  const id = insertDisbursementRow(ctx.db, {
    ...disbursementRow(i, { grantId: g.id, trancheId: t.id, grantAmountMinor, fxRate, recordedBy: ctx.actor!.id, createdAt: ctx.clock.now().toISOString() }),
    approvedBy: null,
    approvalRequired,
  });
  // A payment awaiting its second approval is not yet money released: approving it releases the tranche.
  if (!approvalRequired) markTrancheReleased(ctx.db, t.id);
  return { id, grantAmountMinor, approvalRequired };
}

/** Marks a tranche's release condition as met on a date, with a note (e.g. which report arrived). */
export function markConditionMet(ctx: Ctx, i: { trancheId: number; metDate: string; note?: string | undefined }) {
  const t = trancheById(ctx.db, i.trancheId);
  if (!t) throw fieldError('trancheId', `tranche ${i.trancheId} does not exist`);
  if (!t.releaseCondition) throw fieldError('trancheId', 'this tranche has no release condition');
  if (t.conditionMetDate) throw new AppError('conflict', `The condition was already marked met on ${t.conditionMetDate}`, { date: t.conditionMetDate });
  // Nothing can be paid on a closed or cancelled grant, so its conditions stay as they were.
  const g = grantForMoney(ctx.db, t.grantId)!;
  if (g.status === 'closed' || g.status === 'cancelled') throw grantStatusError(g, 'its release conditions can no longer change');
  if (i.metDate > ctx.clock.today()) throw fieldError('metDate', `a condition cannot be met in the future (today is ${ctx.clock.today()})`);
  setConditionMet(ctx.db, t.id, i.metDate, i.note ?? null);
  return { trancheId: t.id, conditionMetDate: i.metDate };
}

type TrancheAction = { id: number; reason: string };

/** The tranche and its grant, or not_found. */
function trancheAndGrant(ctx: Ctx, id: number) {
  const t = trancheById(ctx.db, id);
  if (!t) throw new AppError('not_found', `Tranche ${id} does not exist`, { id });
  return { t, g: grantForMoney(ctx.db, t.grantId)! };
}

/** Refused because of the tranche's status (as the user sees it: planned, due, overdue, …). */
function trancheStatusError(ctx: Ctx, t: { seq: number; status: string; dueDate: string }, reference: string, what: string) {
  const shown = trancheStatus(t.status, t.dueDate, ctx.clock.today());
  return new AppError('conflict', `Tranche ${t.seq} of ${reference} is ${shown}; ${what}`, { status: shown, trancheStatus: shown, seq: t.seq });
}

/** Refused because of the grant's status. */
function grantStatusError(g: { reference: string; status: string }, what: string) {
  return new AppError('conflict', `Grant ${g.reference} is ${g.status}; ${what}`, { status: g.status, grantStatus: g.status });
}

/**
 * Withholds a tranche that is still only planned (shown as planned, due or overdue) on an approved
 * or active grant; nothing can be disbursed against it until it is resumed. The reason is audited.
 */
export function withholdTranche(ctx: Ctx, i: TrancheAction) {
  const { t, g } = trancheAndGrant(ctx, i.id);
  if (g.status !== 'approved' && g.status !== 'active') throw grantStatusError(g, 'tranches are withheld only on approved or active grants');
  // A payment against it is already recorded and waits for its second approval: not money to hold back.
  if (t.status === 'planned' && trancheDisbursementCount(ctx.db, t.id) > 0) {
    throw new AppError('conflict', `Tranche ${t.seq} of ${g.reference} is awaiting_approval; only a planned, due or overdue tranche can be withheld`, { status: 'awaiting_approval', trancheStatus: 'awaiting_approval', seq: t.seq });
  }
  if (t.status !== 'planned' || !setTrancheStatus(ctx.db, t.id, 'planned', 'withheld')) {
    throw trancheStatusError(ctx, t, g.reference, 'only a planned, due or overdue tranche can be withheld');
  }
  return { id: t.id, status: 'withheld' as const };
}

/** Puts a withheld tranche back to planned (its shown status follows its due date again). */
export function resumeTranche(ctx: Ctx, i: TrancheAction) {
  const { t, g } = trancheAndGrant(ctx, i.id);
  if (g.status === 'closed' || g.status === 'cancelled') throw grantStatusError(g, 'its tranches can no longer change');
  if (t.status !== 'withheld' || !setTrancheStatus(ctx.db, t.id, 'withheld', 'planned')) {
    throw trancheStatusError(ctx, t, g.reference, 'only a withheld tranche can be resumed');
  }
  return { id: t.id, status: trancheStatus('planned', t.dueDate, ctx.clock.today()) };
}

/**
 * Cancels a tranche nothing has been disbursed against (planned or withheld); a cancelled tranche
 * no longer counts as scheduled. The grant amount is left as it is: amend it to match if need be.
 */
export function cancelTranche(ctx: Ctx, i: TrancheAction) {
  const { t, g } = trancheAndGrant(ctx, i.id);
  if (g.status === 'closed' || g.status === 'cancelled') throw grantStatusError(g, 'its tranches can no longer change');
  const paid = trancheDisbursementCount(ctx.db, t.id);
  if (paid > 0) {
    throw new AppError('conflict', `Tranche ${t.seq} of ${g.reference} has ${paid} disbursement(s) recorded against it; it cannot be cancelled`, { seq: t.seq, disbursements: paid });
  }
  if ((t.status !== 'planned' && t.status !== 'withheld') || !setTrancheStatus(ctx.db, t.id, t.status, 'cancelled')) {
    throw trancheStatusError(ctx, t, g.reference, 'only a planned or withheld tranche can be cancelled');
  }
  return { id: t.id, status: 'cancelled' as const };
}
