import { and, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '../open';
import { fxRates } from '../schema';

/** The newest rate of base→quote dated on or before `date`, as its exact decimal string. */
export function rateOnOrBefore(db: Db, base: string, quote: string, date: string): { rate: string; rateDate: string } | undefined {
  return db
    .select({ rate: fxRates.rate, rateDate: fxRates.rateDate })
    .from(fxRates)
    .where(and(eq(fxRates.base, base), eq(fxRates.quote, quote), lte(fxRates.rateDate, date)))
    .orderBy(desc(fxRates.rateDate))
    .limit(1)
    .get();
}
