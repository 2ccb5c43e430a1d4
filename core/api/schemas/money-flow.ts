import { z } from 'zod';
import { isCountryCode } from '../../domain/countries';
import { isCurrencyCode } from '../../domain/currencies';
import { MAX_AMOUNT_MINOR } from '../../domain/money';
import { AWARD_METHODS, GRANT_PURPOSES } from '../../../db/schema/grants';

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

/** Money in minor units: a positive whole number. */
export const AmountMinor = z.number().int('a whole number of minor units').positive('must be more than zero').max(MAX_AMOUNT_MINOR, `at most ${MAX_AMOUNT_MINOR} minor units`);
export const CurrencyCode = z.string().refine(isCurrencyCode, 'not an ISO 4217 currency code');
export const CountryCode = z.string().refine(isCountryCode, 'not an ISO 3166 country code');

/** A new grant (saved as a draft). Amount in minor units of `currency`. */
export const CreateGrantInput = z
  .strictObject({
    reference: z.string().trim().min(1).max(40),
    title: z.string().trim().min(1).max(200),
    purpose: z.enum(GRANT_PURPOSES),
    description: z.string().trim().max(2000).optional(),
    grantorId: z.number().int().positive(),
    granteeId: z.number().int().positive(),
    country: CountryCode,
    amountMinor: AmountMinor,
    currency: CurrencyCode,
    awardMethod: z.enum(AWARD_METHODS).optional(),
    decisionDate: IsoDate.optional(),
    agreementSignedDate: IsoDate.optional(),
    /** The grantee's budget line this grant funds. */
    budgetLineId: z.number().int().positive().optional(),
    startDate: IsoDate,
    endDate: IsoDate,
  })
  .refine((g) => g.endDate >= g.startDate, { path: ['endDate'], message: 'the end date is before the start date' })
  .refine((g) => g.grantorId !== g.granteeId, { path: ['granteeId'], message: 'a grant cannot go from an organisation to itself' });

/** Replaces a grant's tranche schedule (before any money moved). */
export const SetScheduleInput = z.strictObject({
  grantId: z.number().int().positive(),
  schedule: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.enum(['monthly', 'quarterly']), count: z.number().int().min(1).max(120), firstDueDate: IsoDate, remainder: z.enum(['first', 'last']).optional() }),
    z.strictObject({ kind: z.literal('custom'), instalments: z.array(z.strictObject({ dueDate: IsoDate, amountMinor: AmountMinor })).min(1).max(120) }),
  ]),
  /** Release condition per tranche, by position; null or missing = none. */
  conditions: z.array(z.string().trim().max(300).nullable()).max(120).optional(),
});

/** Money released against a tranche, to one of the grantee's registered accounts. */
export const RecordDisbursementInput = z.strictObject({
  trancheId: z.number().int().positive(),
  paidDate: IsoDate,
  amountMinor: AmountMinor,
  currency: CurrencyCode,
  bankAccountId: z.number().int().positive(),
  bankReference: z.string().trim().max(60).optional(),
  /** Needed to release a tranche whose condition is not met yet; goes into the audit entry. */
  overrideReason: z.string().trim().min(5).max(500).optional(),
});

/** A tranche's release condition met on a date, with what showed it. */
export const ConditionMetInput = z.strictObject({
  trancheId: z.number().int().positive(),
  metDate: IsoDate,
  note: z.string().trim().max(500).optional(),
});

/**
 * An amendment of an approved grant's amount, period, grantee or currency; the reason is required
 * and audited. A new currency needs the amount in it (minor units of the new currency).
 */
export const AmendGrantInput = z.strictObject({
  id: z.number().int().positive(),
  amountMinor: AmountMinor.optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  granteeId: z.number().int().positive().optional(),
  currency: CurrencyCode.optional(),
  reason: z.string().trim().min(5, 'say why, in a few words').max(500),
});

/** Withholding, resuming or cancelling one tranche: which, and why (required, goes into the audit entry). */
export const TrancheActionInput = z.strictObject({
  id: z.number().int().positive(),
  reason: z.string().trim().min(1, 'say why').max(500),
});
