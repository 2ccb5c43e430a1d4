import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { containsAny, orderBy, whereForFilters, type ColumnSpec, type GridPageQuery } from './grid-sql';

/** One row of the People grid: the person and how many roles and ties the register holds for them. */
export type PersonRow = {
  id: number;
  fullName: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  /** The person's roles that have not ended, as "role@organisation" joined by "; ". */
  currentRoles: string | null;
  relations: number;
};

const COLUMNS: Record<string, ColumnSpec> = {
  id: { type: 'number', expr: sql`p.id` },
  fullName: { type: 'text', expr: sql`p.full_name`, notNull: true },
  email: { type: 'text', expr: sql`p.email` },
  phone: { type: 'text', expr: sql`p.phone` },
  city: { type: 'text', expr: sql`p.city` },
  country: { type: 'text', expr: sql`p.country`, normalise: (s) => s.trim().toUpperCase(), code: true },
};

export function peoplePageSql(q: GridPageQuery): { page: SQL; count: SQL } {
  const conds = whereForFilters(COLUMNS, q.filterModel);
  if (q.search) conds.push(containsAny([sql`p.full_name`, sql`p.email`, sql`p.phone`], q.search));
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const order = orderBy(COLUMNS, q.sortModel.length ? q.sortModel : [{ colId: 'fullName', sort: 'asc' }], sql`p.id`);
  // The roles and ties of the page's rows only, through the person indexes of both tables.
  return {
    page: sql`SELECT p.id AS id, p.full_name AS fullName, p.email AS email, p.phone AS phone, p.city AS city, p.country AS country,
                     (SELECT group_concat(r.role || '@' || o.name, '; ') FROM person_roles r JOIN organisations o ON o.id = r.organisation_id
                       WHERE r.person_id = p.id AND r.end_date IS NULL) AS currentRoles,
                     (SELECT COUNT(*) FROM person_relations x WHERE x.person_id = p.id) + (SELECT COUNT(*) FROM person_relations x WHERE x.relative_id = p.id) AS relations
              FROM people p
              WHERE p.id IN (SELECT p.id FROM people p ${where} ORDER BY ${order} LIMIT ${q.endRow - q.startRow} OFFSET ${q.startRow})
              ORDER BY ${order}`,
    count: sql`SELECT COUNT(*) AS n FROM people p ${where}`,
  };
}

export function peoplePage(db: Db, q: GridPageQuery): { rows: PersonRow[]; lastRow: number } {
  const { page, count } = peoplePageSql(q);
  return { rows: db.all<PersonRow>(page), lastRow: db.get<{ n: number }>(count)?.n ?? 0 };
}
