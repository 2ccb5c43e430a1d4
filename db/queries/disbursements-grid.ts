import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { containsAny, orderBy, whereForFilters, type ColumnSpec, type GridPageQuery } from './grid-sql';

/** One row of the Disbursements grid: a payment in its own currency, with the grant it belongs to. */
export type DisbursementRow = {
  id: number;
  paidDate: string;
  /** The grant the payment belongs to, for opening it. */
  grantId: number;
  reference: string;
  grantee: string;
  country: string;
  amountMinor: number;
  currency: string;
  minorUnits: number;
  bankReference: string | null;
  approved: number;
};

export type DisbursementsPageQuery = GridPageQuery;

// Joined, not a derived table: SQLite then filters and sorts on the base tables' indexes.
const FROM = sql`disbursements d JOIN grants g ON g.id = d.grant_id JOIN organisations o ON o.id = g.grantee_id JOIN currencies cu ON cu.code = d.currency`;

const COLUMNS: Record<string, ColumnSpec> = {
  id: { type: 'number', expr: sql`d.id` },
  paidDate: { type: 'date', expr: sql`d.paid_date` },
  reference: { type: 'text', expr: sql`g.reference` },
  grantee: { type: 'text', expr: sql`o.name` },
  country: { type: 'text', expr: sql`g.country`, normalise: (s) => s.toUpperCase(), code: true },
  // Amounts sort in their own currency: filter by currency to compare like with like.
  amount: { type: 'money', expr: sql`d.amount_minor`, minorUnits: sql`cu.minor_units` },
  currency: { type: 'text', expr: sql`d.currency`, normalise: (s) => s.toUpperCase(), code: true },
  bankReference: { type: 'text', expr: sql`d.bank_reference` },
};

/** The SQL of one page and of its row count, for the grid and for the benchmark's raw peer. */
export function disbursementsPageSql(q: DisbursementsPageQuery): { page: SQL; count: SQL } {
  const conds = whereForFilters(COLUMNS, q.filterModel);
  if (q.search) conds.push(containsAny([sql`g.reference`, sql`o.name`, sql`d.bank_reference`], q.search));
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const order = orderBy(COLUMNS, q.sortModel, sql`d.id DESC`);
  // Late row lookup: the page's ids are found and sorted on covering indexes alone; only the
  // hundred rows shown are then read from the tables (sorting whole rows cost most of the time).
  return {
    page: sql`SELECT d.id AS id, d.paid_date AS paidDate, d.grant_id AS grantId, g.reference AS reference, o.name AS grantee, g.country AS country,
                     d.amount_minor AS amountMinor, d.currency AS currency, cu.minor_units AS minorUnits, d.bank_reference AS bankReference,
                     d.approved_by IS NOT NULL AS approved
              FROM ${FROM}
              WHERE d.id IN (SELECT d.id FROM ${FROM} ${where} ORDER BY ${order} LIMIT ${q.endRow - q.startRow} OFFSET ${q.startRow})
              ORDER BY ${order}`,
    count: sql`SELECT COUNT(*) AS n FROM ${FROM} ${where}`,
  };
}

/** A page of disbursements, newest first unless sorted otherwise, with the matching count. */
export function disbursementsPage(db: Db, q: DisbursementsPageQuery): { rows: DisbursementRow[]; lastRow: number } {
  const { page, count } = disbursementsPageSql(q);
  return { rows: db.all<DisbursementRow>(page), lastRow: db.get<{ n: number }>(count)?.n ?? 0 };
}
