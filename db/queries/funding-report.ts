import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';

/** Money per country, year and grant currency, in minor units of that currency. */
export type FundingReportRow = {
  country: string;
  year: string;
  currency: string;
  committedMinor: number;
  disbursedMinor: number;
  receivedMinor: number;
  outstandingMinor: number;
};

/**
 * Committed is what the schedules of approved grants put in that year (tranches by due date,
 * cancelled ones left out); disbursed and received go by payment and receipt date; outstanding is
 * committed less disbursed. Kept per grant currency: summing across currencies needs a rate choice
 * the caller makes. Each part reads one covering index, not the tables.
 */
export const FUNDING_REPORT_SQL: SQL = sql`
  SELECT g.country AS country, x.year AS year, g.currency AS currency,
         SUM(x.committed) AS committedMinor, SUM(x.disbursed) AS disbursedMinor, SUM(x.received) AS receivedMinor,
         SUM(x.committed) - SUM(x.disbursed) AS outstandingMinor
  FROM (
    SELECT t.grant_id AS grant_id, substr(t.due_date, 1, 4) AS year, SUM(t.amount_minor) AS committed, 0 AS disbursed, 0 AS received
      FROM tranches t WHERE t.status <> 'cancelled' GROUP BY t.grant_id, year
    UNION ALL
    SELECT d.grant_id, substr(d.paid_date, 1, 4), 0, SUM(d.grant_amount_minor), 0 FROM disbursements d GROUP BY d.grant_id, 2
    UNION ALL
    SELECT r.grant_id, substr(r.received_date, 1, 4), 0, 0, SUM(r.grant_amount_minor) FROM receipts r GROUP BY r.grant_id, 2
  ) AS x
  JOIN grants g ON g.id = x.grant_id
  WHERE g.status NOT IN ('draft', 'cancelled')
  GROUP BY g.country, x.year, g.currency
  ORDER BY g.country, x.year, g.currency`;

export function fundingReport(db: Db): FundingReportRow[] {
  return db.all<FundingReportRow>(FUNDING_REPORT_SQL);
}
