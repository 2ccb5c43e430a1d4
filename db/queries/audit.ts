import type Database from 'better-sqlite3';
import { AUDITED_TABLES } from '../audit/audited-tables';
import { rowJsonSql } from '../audit/row-json';
import { readModelMismatches } from './read-models';

// The canonical form of an entry that its hash covers. Built by SQLite in both sealing and
// verification, so the two can never disagree on escaping. The sequence number is left out on
// purpose: order is proven by the links, so a moved entry shows as a broken link, not an edit.
const CANONICAL = `json_array(at, user_id, action, table_name, record_id, before_json, after_json, reason)`;

/** Sets who is acting, when and why, for the triggers of the current transaction. */
export function setAuditContext(sqlite: Database.Database, ctx: { userId: number | null; at: string; reason: string | null }): void {
  sqlite.prepare('INSERT OR REPLACE INTO audit_context (id, user_id, at, reason) VALUES (1, ?, ?, ?)').run(ctx.userId, ctx.at, ctx.reason);
}

/** Clears the context, so that a change made outside Tranche is not attributed to the last user. */
export function clearAuditContext(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM audit_context').run();
}

/** The newest sealed entry: its sequence number and hash, or undefined for an empty log. */
export function sealedHead(sqlite: Database.Database): { seq: number; hash: string } | undefined {
  return sqlite.prepare('SELECT seq, hash FROM audit_entries WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
}

/** Every entry in sequence order as [seq, prev_hash, hash, canonical], streamed. */
export function chainRows(sqlite: Database.Database, fromSeq = 0, toSeq = Number.MAX_SAFE_INTEGER): IterableIterator<[number, string | null, string | null, string]> {
  return sqlite
    .prepare(`SELECT seq, prev_hash, hash, ${CANONICAL} FROM audit_entries WHERE seq > ? AND seq <= ? ORDER BY seq`)
    .raw()
    .iterate(fromSeq, toSeq) as IterableIterator<[number, string | null, string | null, string]>;
}

/** Whether the file still has its audit log table at all. */
export function hasAuditLog(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_entries'").get() !== undefined;
}

/** Number of entries and the highest sequence number. */
export function auditSize(sqlite: Database.Database): { count: number; maxSeq: number } {
  const r = sqlite.prepare('SELECT COUNT(*) AS count, COALESCE(MAX(seq), 0) AS maxSeq FROM audit_entries').get() as { count: number; maxSeq: number };
  return r;
}

export type StateMismatch = {
  table: string;
  recordId: string;
  /** The row against its last entry, or (for a grant) its kept sums against its records. */
  kind: 'unlogged_row' | 'changed_row' | 'deleted_row' | 'totals_differ' | 'year_totals_differ';
};

/**
 * Rows whose current content differs from the after-image of their last audit entry: a change
 * made with the triggers switched off (or dropped) shows up here even though the chain is intact.
 * Then grants whose kept sums (grant_totals, grant_year_totals) differ from their records.
 */
export function stateMismatches(sqlite: Database.Database, limit = 20, onTable?: (done: number, total: number) => void): StateMismatch[] {
  const out: StateMismatch[] = [];
  const tables = Object.entries(AUDITED_TABLES);
  for (const [i, [table, key]] of tables.entries()) {
    onTable?.(i, tables.length);
    if (out.length >= limit) break;
    const info = sqlite.pragma(`table_info(${table})`) as { name: string; type: string }[];
    if (info.length === 0) {
      // The table itself was dropped: every record the log says exists is gone.
      const gone = sqlite
        .prepare(`SELECT a.record_id AS id FROM (SELECT MAX(seq) AS seq FROM audit_entries WHERE table_name = ? GROUP BY record_id) l JOIN audit_entries a ON a.seq = l.seq WHERE a.action <> 'delete' LIMIT ?`)
        .all(table, limit - out.length) as { id: string }[];
      for (const r of gone) out.push({ table, recordId: r.id, kind: 'deleted_row' });
      continue;
    }
    const columns = info.map((c) => c.name);
    const now = rowJsonSql(table, columns, 't');
    const last = `(SELECT a.after_json FROM audit_entries a WHERE a.table_name = '${table}' AND a.record_id = CAST(t."${key}" AS TEXT) ORDER BY a.seq DESC LIMIT 1)`;
    const changed = sqlite
      .prepare(`SELECT CAST(t."${key}" AS TEXT) AS id, ${last} IS NULL AS unlogged FROM ${table} t WHERE ${last} IS NOT ${now} LIMIT ?`)
      .all(limit - out.length) as { id: string; unlogged: number }[];
    for (const r of changed) out.push({ table, recordId: r.id, kind: r.unlogged ? 'unlogged_row' : 'changed_row' });
    // A row whose last entry is not a delete must still exist. Each record's last entry comes from
    // one ordered pass over the (table_name, record_id, seq) index, and the key is compared in the
    // row's own type so the lookup uses the table's key (a CAST on the table side read the whole
    // table for every entry: minutes on 200,000 payments).
    const keyType = info.find((c) => c.name === key)?.type.toUpperCase();
    const asKey = keyType === 'INTEGER' ? 'CAST(a.record_id AS INTEGER)' : 'a.record_id';
    const gone = sqlite
      .prepare(
        `SELECT a.record_id AS id
         FROM (SELECT MAX(seq) AS seq FROM audit_entries WHERE table_name = ? GROUP BY record_id) l
         JOIN audit_entries a ON a.seq = l.seq
         WHERE a.action <> 'delete' AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE t."${key}" = ${asKey}) LIMIT ?`,
      )
      .all(table, limit - out.length) as { id: string }[];
    for (const r of gone) out.push({ table, recordId: r.id, kind: 'deleted_row' });
  }
  // The read models are not audited: recomputed from the records, they must agree with them.
  if (out.length < limit) {
    for (const m of readModelMismatches(sqlite, limit - out.length)) {
      out.push({ table: 'grants', recordId: String(m.grantId), kind: m.model === 'grant_totals' ? 'totals_differ' : 'year_totals_differ' });
    }
  }
  return out;
}
