import { z } from 'zod';
import { CurrencyCode, IsoDate } from './money-flow';

/** An exact decimal rate: units of quote per one unit of base. */
export const DecimalRate = z.string().trim().regex(/^\d{1,12}(\.\d{1,12})?$/, 'a decimal number such as 117.1754').refine((s) => !/^0+(\.0+)?$/.test(s), 'must be more than zero');

/** One rate typed by hand. */
export const SetRateInput = z
  .strictObject({ base: CurrencyCode, quote: CurrencyCode, rateDate: IsoDate, rate: DecimalRate })
  .refine((r) => r.base !== r.quote, { path: ['quote'], message: 'base and quote are the same currency' });

/** Rates from a CSV file's text (date,base,quote,rate); all or nothing. */
export const ImportRatesInput = z.strictObject({ csv: z.string().min(1).max(5_000_000), source: z.string().trim().max(120).default('CSV import') });

/** The rates of one pair. */
export const RatesOfInput = z.strictObject({ base: CurrencyCode, quote: CurrencyCode, limit: z.number().int().min(1).max(1000).default(100) });

/** One currency pair. */
export const PairInput = z
  .strictObject({ base: CurrencyCode, quote: CurrencyCode })
  .refine((r) => r.base !== r.quote, { path: ['quote'], message: 'base and quote are the same currency' });

/** An administrator's plausible range for one pair's rates, with the reason (audited). */
export const SetPlausibleRangeInput = z
  .strictObject({ base: CurrencyCode, quote: CurrencyCode, min: DecimalRate, max: DecimalRate, reason: z.string().trim().min(5, 'say why, in a few words').max(500) })
  .refine((r) => r.base !== r.quote, { path: ['quote'], message: 'base and quote are the same currency' });
