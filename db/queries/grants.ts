import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { containsAny, orderBy, whereForFilters, type ColumnSpec, type GridPageQuery } from './grid-sql';

/** One row of the Grants grid as SQLite returns it; money in minor units of `currency`. */
export type GrantRowRaw = {
  id: number;
  reference: string;
  title: string;
  grantor: string;
  grantee: string;
  country: string;
  countryName: string;
  purpose: string;
  amountMinor: number;
  currency: string;
  minorUnits: number;
  /** Units of the grant currency per 1 EUR on or before the start date, as an exact decimal string. */
  eurRate: string | null;
  disbursedMinor: number;
  receivedMinor: number;
  status: string;
  startDate: string;
  endDate: string;
};

export type GrantsPageQuery = GridPageQuery;

// The grid reads from this derived table; every column a client may sort or filter by is named here.
const BASE = sql`(
  SELECT g.id AS id, g.reference AS reference, g.title AS title,
         gr.name AS grantor, ge.name AS grantee,
         g.country AS country, co.name AS country_name, g.purpose AS purpose,
         g.amount_minor AS amount_minor, g.currency AS currency, cu.minor_units AS minor_units,
         CASE WHEN g.currency = 'EUR' THEN '1' ELSE (
           SELECT f.rate FROM fx_rates f
           WHERE f.base = 'EUR' AND f.quote = g.currency AND f.rate_date <= g.start_date
           ORDER BY f.rate_date DESC LIMIT 1) END AS eur_rate,
         gt.disbursed_minor AS disbursed_minor, gt.received_minor AS received_minor,
         g.status AS status, g.start_date AS start_date, g.end_date AS end_date
  FROM grants g
  JOIN organisations gr ON gr.id = g.grantor_id
  JOIN organisations ge ON ge.id = g.grantee_id
  JOIN countries co ON co.code = g.country
  JOIN currencies cu ON cu.code = g.currency
  JOIN grant_totals gt ON gt.grant_id = g.id
) AS b`;

const MAJOR = sql`(CASE b.minor_units WHEN 0 THEN 1.0 WHEN 1 THEN 10.0 WHEN 2 THEN 100.0 WHEN 3 THEN 1000.0 ELSE 10000.0 END)`;
// Sort key only (never shown or summed): the amount in EUR at the start-date rate, so that
// grants in different currencies rank by what they are worth.
const EUR_SORT = sql`(b.amount_minor / ${MAJOR} / CAST(b.eur_rate AS REAL))`;

const underscore = (s: string) => s.toLowerCase().replace(/\s+/g, '_');

const COLUMNS: Record<string, ColumnSpec> = {
  reference: { type: 'text', expr: sql`b.reference` },
  grantor: { type: 'text', expr: sql`b.grantor` },
  grantee: { type: 'text', expr: sql`b.grantee` },
  country: { type: 'text', expr: sql`b.country_name`, also: [sql`b.country`] },
  purpose: { type: 'text', expr: sql`b.purpose`, normalise: underscore },
  amount: { type: 'money', expr: sql`b.amount_minor`, minorUnits: sql`b.minor_units`, sortExpr: EUR_SORT },
  currency: { type: 'text', expr: sql`b.currency` },
  amountEur: { type: 'number', expr: EUR_SORT },
  disbursed: { type: 'money', expr: sql`b.disbursed_minor`, minorUnits: sql`b.minor_units` },
  received: { type: 'money', expr: sql`b.received_minor`, minorUnits: sql`b.minor_units` },
  status: { type: 'text', expr: sql`b.status`, normalise: underscore },
  startDate: { type: 'date', expr: sql`b.start_date` },
  endDate: { type: 'date', expr: sql`b.end_date` },
};

function searchCondition(search: string): SQL | undefined {
  if (!search) return undefined;
  const cols = [sql`b.reference`, sql`b.title`, sql`b.grantor`, sql`b.grantee`, sql`b.country_name`];
  // Purposes are stored as codes (legal_aid); "legal aid" as typed must find them too.
  return sql`(${containsAny(cols, search)} OR ${containsAny([sql`b.purpose`], underscore(search))})`;
}

/** The SQL of one page and of its row count, for the grid and for the benchmark's raw peer. */
export function grantsPageSql(q: GrantsPageQuery): { page: SQL; count: SQL } {
  const conds = whereForFilters(COLUMNS, q.filterModel);
  const s = searchCondition(q.search);
  if (s) conds.push(s);
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const order = orderBy(COLUMNS, q.sortModel, sql`b.start_date DESC, b.id DESC`);
  const limit = q.endRow - q.startRow;
  return {
    page: sql`
    SELECT b.id AS id, b.reference AS reference, b.title AS title, b.grantor AS grantor, b.grantee AS grantee,
           b.country AS country, b.country_name AS countryName, b.purpose AS purpose,
           b.amount_minor AS amountMinor, b.currency AS currency, b.minor_units AS minorUnits, b.eur_rate AS eurRate,
           b.disbursed_minor AS disbursedMinor, b.received_minor AS receivedMinor,
           b.status AS status, b.start_date AS startDate, b.end_date AS endDate
    FROM ${BASE} ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${q.startRow}`,
    count: sql`SELECT COUNT(*) AS n FROM ${BASE} ${where}`,
  };
}

/** A page of grants plus the total number of rows matching the filters. */
export function grantsPage(db: Db, q: GrantsPageQuery): { rows: GrantRowRaw[]; total: number } {
  const { page, count } = grantsPageSql(q);
  return { rows: db.all<GrantRowRaw>(page), total: db.get<{ n: number }>(count)?.n ?? 0 };
}
