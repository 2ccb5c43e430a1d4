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
  trancheById,
} from '../../db/queries/money-flow';
import type { z } from 'zod';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import type { CreateGrantInput, RecordDisbursementInput, SetScheduleInput } from '../api/schemas/money-flow';
import { convertCross } from '../domain/fx';
import { money } from '../domain/money';
import { generateSchedule, ScheduleError } from '../domain/tranche-schedule';
import { fourEyesThreshold, inEur } from './four-eyes';

const fieldError = (path: string, message: string, params: Record<string, string | number> = {}) =>
  new AppError('invalid_input', `${path}: ${message}`, params, [{ path, code: 'rule', message }]);

/** Saves a new grant as a draft. */
export function createGrant(ctx: Ctx, g: z.output<typeof CreateGrantInput>) {
  if (!organisationExists(ctx.db, g.grantorId)) throw fieldError('grantorId', `organisation ${g.grantorId} does not exist`);
  if (!organisationExists(ctx.db, g.granteeId)) throw fieldError('granteeId', `organisation ${g.granteeId} does not exist`);
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
  if (currency === g.currency) return { mu, grantAmountMinor: amountMinor, fxRate: null };
  const from = perEur(ctx, currency, date, 'currency');
  const to = perEur(ctx, g.currency, date, 'currency');
  return { mu, grantAmountMinor: convertCross(amountMinor, mu, from, to, g.minorUnits), fxRate: `${currency}/EUR ${from}; ${g.currency}/EUR ${to}` };
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
  if (g.status !== 'active') throw new AppError('conflict', `Grant ${g.reference} is ${g.status}; money is released only on active grants`, { status: g.status });
  if (t.status === 'withheld' || t.status === 'cancelled') throw new AppError('conflict', `Tranche ${t.seq} of ${g.reference} is ${t.status}`, { status: t.status });
  const account = bankAccountOf(ctx.db, i.bankAccountId);
  if (!account || account.organisationId !== g.granteeId) throw fieldError('bankAccountId', 'the account is not registered to the grantee');
  if (account.validFrom > i.paidDate || (account.validTo !== null && account.validTo < i.paidDate)) {
    throw fieldError('bankAccountId', `the account is not valid on ${i.paidDate} (${account.validFrom} to ${account.validTo ?? 'open'})`);
  }
  if (i.paidDate < g.startDate) throw fieldError('paidDate', `before the grant starts (${g.startDate})`);
  const { mu, grantAmountMinor, fxRate } = inGrantCurrency(ctx, g, i.amountMinor, i.currency, i.paidDate);
  const paid = paidSoFar(ctx.db, g.id, t.id);
  if (paid.tranche + grantAmountMinor > t.amountMinor) {
    throw fieldError('amountMinor', `more than tranche ${t.seq} has left (${t.amountMinor - paid.tranche} of ${t.amountMinor} minor units of ${g.currency})`, { left: t.amountMinor - paid.tranche });
  }
  if (paid.grant + grantAmountMinor > g.amountMinor) {
    throw fieldError('amountMinor', `more than the grant has left (${g.amountMinor - paid.grant} minor units of ${g.currency})`, { left: g.amountMinor - paid.grant });
  }
  if (t.releaseCondition && !t.conditionMetDate && !i.overrideReason) {
    throw new AppError('conflict', `Tranche ${t.seq}'s release condition is not met: "${t.releaseCondition}". Give an override reason to release it anyway.`, { condition: t.releaseCondition }, [
      { path: 'overrideReason', code: 'required', message: 'the release condition is not met' },
    ]);
  }
  const id = insertDisbursementRow(ctx.db, {
    grantId: g.id,
    trancheId: t.id,
    paidDate: i.paidDate,
    amountMinor: i.amountMinor,
    currency: i.currency,
    grantAmountMinor,
    fxRate,
    bankAccountId: account.id,
    bankReference: i.bankReference ?? null,
    overrideReason: i.overrideReason ?? null,
    recordedBy: ctx.actor!.id,
    approvedBy: null,
    createdAt: ctx.clock.now().toISOString(),
  });
  markTrancheReleased(ctx.db, t.id);
  const approvalRequired = inEur(ctx, i.amountMinor, i.currency, mu, i.paidDate) >= fourEyesThreshold(ctx);
  return { id, grantAmountMinor, approvalRequired };
}

/** Marks a tranche's release condition as met on a date, with a note (e.g. which report arrived). */
export function markConditionMet(ctx: Ctx, i: { trancheId: number; metDate: string; note?: string | undefined }) {
  const t = trancheById(ctx.db, i.trancheId);
  if (!t) throw fieldError('trancheId', `tranche ${i.trancheId} does not exist`);
  if (!t.releaseCondition) throw fieldError('trancheId', 'this tranche has no release condition');
  if (t.conditionMetDate) throw new AppError('conflict', `The condition was already marked met on ${t.conditionMetDate}`, { date: t.conditionMetDate });
  if (i.metDate > ctx.clock.today()) throw fieldError('metDate', `a condition cannot be met in the future (today is ${ctx.clock.today()})`);
  setConditionMet(ctx.db, t.id, i.metDate, i.note ?? null);
  return { trancheId: t.id, conditionMetDate: i.metDate };
}
