import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';

/** Money per country, year and grant currency, in minor units of that currency. */
export type FundingReportRow = {
  country: string;
  year: string;
  currency: string;
  committedMinor: number;
  disbursedMinor: number;
  /** Payments made that year still awaiting their second approval: not in disbursed. */
  awaitingApprovalMinor: number;
  receivedMinor: number;
  outstandingMinor: number;
};

/**
 * Committed is what the schedules of approved grants put in that year (tranches by due date,
 * cancelled ones left out); disbursed and received go by payment and receipt date; outstanding is
 * committed less disbursed. A payment awaiting its second approval is
 * counted apart (awaiting) and becomes disbursed once approved. Kept per grant currency: summing across currencies needs a rate choice
 * the caller makes. Read from grant_year_totals, which triggers keep per grant and year, so the
 * report reads tens of thousands of rows, not every tranche, payment and receipt.
 */
export const FUNDING_REPORT_SQL: SQL = sql`
  SELECT g.country AS country, y.year AS year, g.currency AS currency,
         SUM(y.committed_minor) AS committedMinor, SUM(y.disbursed_minor) AS disbursedMinor,
         SUM(y.awaiting_minor) AS awaitingApprovalMinor, SUM(y.received_minor) AS receivedMinor,
         SUM(y.committed_minor) - SUM(y.disbursed_minor) AS outstandingMinor
  FROM grant_year_totals y
  JOIN grants g ON g.id = y.grant_id
  WHERE g.status NOT IN ('draft', 'cancelled')
  GROUP BY g.country, y.year, g.currency
  HAVING SUM(y.committed_minor) <> 0 OR SUM(y.disbursed_minor) <> 0 OR SUM(y.awaiting_minor) <> 0 OR SUM(y.received_minor) <> 0
  ORDER BY g.country, y.year, g.currency`;

export function fundingReport(db: Db): FundingReportRow[] {
  return db.all<FundingReportRow>(FUNDING_REPORT_SQL);
}
