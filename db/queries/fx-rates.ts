import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { fxRates } from '../schema';

/** Inserts or replaces the rate of a pair on a date. */
export function upsertRate(db: Db, v: { base: string; quote: string; rateDate: string; rate: string; source: string; createdAt: string }): void {
  db.insert(fxRates)
    .values(v)
    .onConflictDoUpdate({ target: [fxRates.base, fxRates.quote, fxRates.rateDate], set: { rate: v.rate, source: v.source } })
    .run();
}

/** Rates of one pair, newest first. */
export function ratesOf(db: Db, base: string, quote: string, limit: number) {
  return db.select({ rateDate: fxRates.rateDate, rate: fxRates.rate, source: fxRates.source }).from(fxRates).where(and(eq(fxRates.base, base), eq(fxRates.quote, quote))).orderBy(desc(fxRates.rateDate)).limit(limit).all();
}

/** The pairs with rates, with their date range and count. */
export function ratePairs(db: Db) {
  return db.all<{ base: string; quote: string; first: string; last: string; count: number }>(sql`
    SELECT base, quote, MIN(rate_date) AS first, MAX(rate_date) AS last, COUNT(*) AS count FROM fx_rates GROUP BY base, quote ORDER BY base, quote`);
}
