import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { containsAny, orderBy, whereForFilters, type ColumnSpec, type GridPageQuery } from './grid-sql';

/** One row of the Organisations grid. */
export type OrganisationRow = {
  id: number;
  name: string;
  shortName: string | null;
  kind: string;
  side: string;
  country: string;
  registrationNumber: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  status: 'active' | 'deactivated';
};

const code = (s: string) => s.trim().toLowerCase();

const COLUMNS: Record<string, ColumnSpec> = {
  id: { type: 'number', expr: sql`o.id` },
  name: { type: 'text', expr: sql`o.name`, notNull: true },
  shortName: { type: 'text', expr: sql`o.short_name` },
  kind: { type: 'text', expr: sql`o.kind`, normalise: code, code: true, notNull: true },
  side: { type: 'text', expr: sql`o.side`, normalise: code, code: true, notNull: true },
  country: { type: 'text', expr: sql`o.country`, normalise: (s) => s.trim().toUpperCase(), code: true, notNull: true },
  registrationNumber: { type: 'text', expr: sql`o.registration_number` },
  city: { type: 'text', expr: sql`o.city` },
  phone: { type: 'text', expr: sql`o.phone` },
  email: { type: 'text', expr: sql`o.email` },
  status: { type: 'text', expr: sql`(CASE WHEN o.deactivated_at IS NULL THEN 'active' ELSE 'deactivated' END)`, normalise: code, code: true },
};

/** The SQL of one page and of its count, for the grid and the benchmark's raw peer. */
export function organisationsPageSql(q: GridPageQuery): { page: SQL; count: SQL } {
  const conds = whereForFilters(COLUMNS, q.filterModel);
  if (q.search) conds.push(containsAny([sql`o.name`, sql`o.short_name`, sql`o.registration_number`, sql`o.email`, sql`o.city`], q.search));
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const order = orderBy(COLUMNS, q.sortModel.length ? q.sortModel : [{ colId: 'name', sort: 'asc' }], sql`o.id`);
  // Late row lookup, as on the Disbursements grid: ids first on the indexes, then the shown rows.
  return {
    page: sql`SELECT o.id AS id, o.name AS name, o.short_name AS shortName, o.kind AS kind, o.side AS side, o.country AS country,
                     o.registration_number AS registrationNumber, o.city AS city, o.phone AS phone, o.email AS email,
                     CASE WHEN o.deactivated_at IS NULL THEN 'active' ELSE 'deactivated' END AS status
              FROM organisations o
              WHERE o.id IN (SELECT o.id FROM organisations o ${where} ORDER BY ${order} LIMIT ${q.endRow - q.startRow} OFFSET ${q.startRow})
              ORDER BY ${order}`,
    count: sql`SELECT COUNT(*) AS n FROM organisations o ${where}`,
  };
}

export function organisationsPage(db: Db, q: GridPageQuery): { rows: OrganisationRow[]; lastRow: number } {
  const { page, count } = organisationsPageSql(q);
  return { rows: db.all<OrganisationRow>(page), lastRow: db.get<{ n: number }>(count)?.n ?? 0 };
}
