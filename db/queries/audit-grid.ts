import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { orderBy, whereForFilters, type ColumnSpec, type GridPageQuery } from './grid-sql';

export type AuditRow = {
  seq: number;
  at: string;
  userId: number | null;
  /** The acting user's display name; null for changes made by the system (no user) or a user since removed. */
  userName: string | null;
  action: 'insert' | 'update' | 'delete';
  tableName: string;
  recordId: string;
  reason: string | null;
  hash: string | null;
};

/** The acting user's display name, looked up per entry (users are few; the log is long). */
const USER_NAME = sql`(SELECT u.display_name FROM users u WHERE u.id = audit_entries.user_id)`;

const COLUMNS: Record<string, ColumnSpec> = {
  seq: { type: 'number', expr: sql`seq` },
  at: { type: 'date', expr: sql`substr(at, 1, 10)` },
  userId: { type: 'number', expr: sql`user_id` },
  userName: { type: 'text', expr: USER_NAME },
  action: { type: 'text', expr: sql`action`, normalise: (s) => s.toLowerCase(), code: true },
  // Table names are lower-case identifiers: compared exactly, so the (table_name, ...) index serves the filter.
  tableName: { type: 'text', expr: sql`table_name`, normalise: (s) => s.toLowerCase(), code: true },
  recordId: { type: 'text', expr: sql`record_id` },
  reason: { type: 'text', expr: sql`reason` },
};

export type AuditPageQuery = GridPageQuery;

const COLUMNS_SQL = sql`seq, at, user_id AS userId, ${USER_NAME} AS userName, action, table_name AS tableName, record_id AS recordId, reason, hash`;

/** The SQL of one page and of its row count, for the grid and for the benchmark's raw peer. */
export function auditPageSql(q: AuditPageQuery): { page: SQL; count: SQL } {
  const bySeq = q.sortModel.length === 0 || (q.sortModel.length === 1 && q.sortModel[0]!.colId === 'seq');
  if (bySeq && !q.search && Object.keys(q.filterModel).length === 0) {
    // The whole log in sequence order: entries are numbered 1..n without gaps (a gap is a deleted
    // entry, which verification reports), so a page is a range of seq and the count is the top seq.
    // OFFSET would walk the table's pages up to the offset.
    const n = q.endRow - q.startRow;
    const asc = q.sortModel[0]?.sort === 'asc';
    return {
      page: asc
        ? sql`SELECT ${COLUMNS_SQL} FROM audit_entries WHERE seq > ${q.startRow} ORDER BY seq ASC LIMIT ${n}`
        : sql`SELECT ${COLUMNS_SQL} FROM audit_entries WHERE seq <= (SELECT COALESCE(MAX(seq), 0) FROM audit_entries) - ${q.startRow} ORDER BY seq DESC LIMIT ${n}`,
      count: sql`SELECT COALESCE(MAX(seq), 0) AS n FROM audit_entries`,
    };
  }
  const conds = whereForFilters(COLUMNS, q.filterModel);
  if (q.search) {
    const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(sql`(table_name LIKE ${like} ESCAPE '\\' OR record_id LIKE ${like} ESCAPE '\\' OR reason LIKE ${like} ESCAPE '\\' OR ${USER_NAME} LIKE ${like} ESCAPE '\\')`);
  }
  const where = conds.length ? sql`WHERE ${sql.join(conds, sql` AND `)}` : sql``;
  const order = orderBy(COLUMNS, q.sortModel, sql`seq DESC`);
  return {
    page: sql`SELECT ${COLUMNS_SQL} FROM audit_entries ${where} ORDER BY ${order} LIMIT ${q.endRow - q.startRow} OFFSET ${q.startRow}`,
    count: sql`SELECT COUNT(*) AS n FROM audit_entries ${where}`,
  };
}

/** A page of audit entries, newest first unless sorted otherwise, with the matching count. */
export function auditPage(db: Db, q: AuditPageQuery): { rows: AuditRow[]; lastRow: number } {
  const { page, count } = auditPageSql(q);
  return { rows: db.all<AuditRow>(page), lastRow: db.get<{ n: number }>(count)?.n ?? 0 };
}

export type HistoryEntry = AuditRow & { before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** Every entry about one record, oldest first, with its before and after images. */
export function recordHistory(db: Db, tableName: string, recordId: string): HistoryEntry[] {
  const rows = db.all<AuditRow & { beforeJson: string | null; afterJson: string | null }>(sql`
    SELECT seq, at, user_id AS userId, ${USER_NAME} AS userName, action, table_name AS tableName, record_id AS recordId, reason, hash,
           before_json AS beforeJson, after_json AS afterJson
    FROM audit_entries WHERE table_name = ${tableName} AND record_id = ${recordId} ORDER BY seq`);
  return rows.map(({ beforeJson, afterJson, ...r }) => ({
    ...r,
    before: beforeJson === null ? null : (JSON.parse(beforeJson) as Record<string, unknown>),
    after: afterJson === null ? null : (JSON.parse(afterJson) as Record<string, unknown>),
  }));
}
