import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';

/** Which grants a funding report covers; an empty list means "all". */
export type FundingSelection = {
  countries: readonly string[];
  years: readonly string[];
  funderIds: readonly number[];
  granteeIds: readonly number[];
  purposes: readonly string[];
};

/** One line of the selected report, in minor units of the grant currency. */
export type SelectedFundingLine = {
  country: string;
  year: string;
  currency: string;
  /** 1 when the grants of this line pass money on that came from another grant (not counted in totals). */
  passThrough: number;
  committedMinor: number;
  disbursedMinor: number;
  receivedMinor: number;
  overdueTranches: number;
  overdueMinor: number;
};

/** A grant in the selection whose funder is itself the grantee of another grant. */
export type PassThroughGrant = { grantId: number; reference: string; funder: string; grantee: string; country: string; currency: string; amountMinor: number; upstream: string };

const COUNTED = sql`g.status NOT IN ('draft', 'cancelled')`;
// A grant is pass-through when its funder received money through another counted grant: the
// money is then already in that grant, and adding both would count it twice.
const PASS_THROUGH = sql`EXISTS (SELECT 1 FROM grants up WHERE up.grantee_id = g.grantor_id AND up.id <> g.id AND up.status NOT IN ('draft', 'cancelled'))`;

function inList(expr: SQL, values: readonly (string | number)[]): SQL | undefined {
  return values.length ? sql`${expr} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})` : undefined;
}

/** The grant conditions of a selection (years apply to the dated amounts, not here). */
function grantWhere(s: FundingSelection): SQL {
  const parts = [COUNTED, inList(sql`g.country`, s.countries), inList(sql`g.grantor_id`, s.funderIds), inList(sql`g.grantee_id`, s.granteeIds), inList(sql`g.purpose`, s.purposes)].filter(
    (p): p is SQL => p !== undefined,
  );
  return sql.join(parts, sql` AND `);
}

/**
 * Committed, disbursed and received by country, year, currency and pass-through, from the
 * grant_year_totals read model, plus tranches overdue (planned, more than `graceDays` past due on
 * `today`) by the year they fell due. Amounts stay in each grant's currency.
 */
export function selectedFundingLines(db: Db, s: FundingSelection, today: string, graceDays: number): SelectedFundingLine[] {
  const where = grantWhere(s);
  const yearsY = inList(sql`y.year`, s.years);
  const yearsT = inList(sql`strftime('%Y', t.due_date)`, s.years);
  return db.all<SelectedFundingLine>(sql`
    WITH money AS (
      SELECT g.country AS country, y.year AS year, g.currency AS currency, ${PASS_THROUGH} AS pass,
             SUM(y.committed_minor) AS committed, SUM(y.disbursed_minor) AS disbursed, SUM(y.received_minor) AS received, 0 AS n_overdue, 0 AS overdue
      FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id
      WHERE ${where} ${yearsY ? sql`AND ${yearsY}` : sql``}
      GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT g.country, strftime('%Y', t.due_date), g.currency, ${PASS_THROUGH}, 0, 0, 0, COUNT(*), SUM(t.amount_minor)
      FROM tranches t JOIN grants g ON g.id = t.grant_id
      WHERE ${where} AND t.status = 'planned' AND date(t.due_date, ${`+${graceDays} days`}) < ${today} ${yearsT ? sql`AND ${yearsT}` : sql``}
      GROUP BY 1, 2, 3, 4
    )
    SELECT country, year, currency, pass AS passThrough,
           SUM(committed) AS committedMinor, SUM(disbursed) AS disbursedMinor, SUM(received) AS receivedMinor,
           SUM(n_overdue) AS overdueTranches, SUM(overdue) AS overdueMinor
    FROM money
    GROUP BY country, year, currency, pass
    HAVING SUM(committed) <> 0 OR SUM(disbursed) <> 0 OR SUM(received) <> 0 OR SUM(n_overdue) <> 0
    ORDER BY country, year, currency, pass`);
}

/** The pass-through grants of a selection, with the grants their funder was funded by. */
export function passThroughGrants(db: Db, s: FundingSelection): PassThroughGrant[] {
  return db.all<PassThroughGrant>(sql`
    SELECT g.id AS grantId, g.reference AS reference, f.name AS funder, e.name AS grantee, g.country AS country, g.currency AS currency, g.amount_minor AS amountMinor,
           (SELECT group_concat(up.reference, ' ') FROM grants up WHERE up.grantee_id = g.grantor_id AND up.id <> g.id AND up.status NOT IN ('draft', 'cancelled')) AS upstream
    FROM grants g JOIN organisations f ON f.id = g.grantor_id JOIN organisations e ON e.id = g.grantee_id
    WHERE ${grantWhere(s)} AND ${PASS_THROUGH}
    ORDER BY g.reference`);
}
