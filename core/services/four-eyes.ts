import { disbursementForApproval, setDisbursementApprover } from '../../db/queries/disbursement-approval';
import { rateOnOrBefore } from '../../db/queries/fx';
import { markTrancheReleased } from '../../db/queries/money-flow';
import { getMeta, setMeta } from '../../db/queries/meta';
import type { Ctx } from '../api/define';
import { AppError } from '../api/errors';
import { ConversionRangeError, convertByDivision } from '../domain/fx';

const THRESHOLD_KEY = 'four_eyes.threshold_eur_minor';
/** EUR 10,000.00: disbursements at or above it need a second person's approval. */
export const DEFAULT_FOUR_EYES_THRESHOLD_EUR_MINOR = 1_000_000;

/** The four-eyes threshold in EUR cents. */
export function fourEyesThreshold(ctx: Pick<Ctx, 'db'>): number {
  const v = Number(getMeta(ctx.db, THRESHOLD_KEY));
  return Number.isSafeInteger(v) && v > 0 ? v : DEFAULT_FOUR_EYES_THRESHOLD_EUR_MINOR;
}

export function setFourEyesThreshold(ctx: Ctx, eurMinor: number): { thresholdEurMinor: number } {
  setMeta(ctx.db, THRESHOLD_KEY, String(eurMinor));
  return { thresholdEurMinor: eurMinor };
}

/** An amount in EUR cents at the rate on or before `date`; a missing rate names the pair and date. */
export function inEur(ctx: Pick<Ctx, 'db'>, amountMinor: number, currency: string, minorUnits: number, date: string): number {
  if (currency === 'EUR') return amountMinor;
  const r = rateOnOrBefore(ctx.db, 'EUR', currency, date);
  if (!r) throw new AppError('conflict', `No EUR/${currency} exchange rate on or before ${date}`, { pair: `EUR/${currency}`, date });
  try {
    return convertByDivision(amountMinor, minorUnits, r.rate, 2);
  } catch (e) {
    if (!(e instanceof ConversionRangeError)) throw e;
    const message = `${amountMinor} minor units of ${currency} are more than an amount in EUR can hold`;
    throw new AppError('invalid_input', `amountMinor: ${message}`, { amountMinor, currency }, [{ path: 'amountMinor', code: 'too_big_to_convert', message }]);
  }
}

/**
 * Approves a disbursement as the signed-in user. Nobody approves what they recorded (four-eyes,
 * also a CHECK in the database); a refusal is logged by dispatch as an access refusal.
 */
export function approveDisbursement(ctx: Ctx, id: number) {
  const d = disbursementForApproval(ctx.db, id);
  if (!d) throw new AppError('not_found', `Disbursement ${id} does not exist`, { id });
  if (d.approvedBy !== null) {
    throw new AppError('conflict', `Disbursement ${id} was already approved by ${d.approvedByName ?? `user ${d.approvedBy}`}`, { id });
  }
  const actor = ctx.actor!;
  if (d.recordedBy === actor.id) {
    throw new AppError('forbidden', `You recorded disbursement ${id}; another person must approve it (four-eyes)`, { id, reason: 'own_record' });
  }
  setDisbursementApprover(ctx.db, id, actor.id, ctx.clock.now().toISOString());
  // Approved, the payment is money released: its tranche shows as released from now on.
  if (d.trancheId !== null) markTrancheReleased(ctx.db, d.trancheId);
  // Whether it would need approval under today's threshold (what was needed when recorded is stored).
  return { id, approvedBy: actor.id, approvalRequired: inEur(ctx, d.amountMinor, d.currency, d.minorUnits, d.paidDate) >= fourEyesThreshold(ctx) };
}
