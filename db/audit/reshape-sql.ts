import { GENESIS_HASH, LINK_FUNCTION } from './chain-hash';
import { AUDITED_TABLES } from './audited-tables';
import { rowJsonSql } from './row-json';

/** The reason every reshape entry carries, so the log says why rows "changed" with nobody editing them. */
export const RESHAPE_REASON = 'schema upgrade: new columns recorded';

const HEAD = `COALESCE((SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')`;

/**
 * Statements that log the current shape of every row of `tables` as an update entry (before = the
 * row's last after-image), after columns were added to them: state verification compares each row
 * with its last after-image, which would otherwise lack the new columns. The entries are written
 * one per row by a helper trigger, because each must link to the entry written just before it
 * (an INSERT … SELECT would read the head once for all rows). The helper is dropped at the end.
 */
export function reshapeAuditSql(tables: readonly string[], columnsOf: (table: string) => readonly string[]): string[] {
  const out = [
    'CREATE TABLE audit_reshape (seq INTEGER PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT NOT NULL, after_json TEXT NOT NULL)',
    `CREATE TRIGGER audit_reshape_log AFTER INSERT ON audit_reshape BEGIN
  INSERT INTO audit_entries (at, user_id, action, table_name, record_id, before_json, after_json, reason, prev_hash, hash)
    SELECT e.at, NULL, 'update', e.table_name, e.record_id, e.before_json, e.after_json, '${RESHAPE_REASON}', e.prev,
           ${LINK_FUNCTION}(e.prev, json_array(e.at, NULL, 'update', e.table_name, e.record_id, e.before_json, e.after_json, '${RESHAPE_REASON}'))
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, NEW.table_name AS table_name, NEW.record_id AS record_id, NEW.after_json AS after_json,
                 (SELECT a.after_json FROM audit_entries a WHERE a.table_name = NEW.table_name AND a.record_id = NEW.record_id ORDER BY a.seq DESC LIMIT 1) AS before_json,
                 ${HEAD} AS prev) e
    WHERE e.before_json IS NOT e.after_json;
END`,
  ];
  for (const table of tables) {
    const key = AUDITED_TABLES[table];
    if (!key) throw new Error(`${table} is not an audited table`);
    out.push(`INSERT INTO audit_reshape (table_name, record_id, after_json) SELECT '${table}', CAST(r."${key}" AS TEXT), ${rowJsonSql(table, columnsOf(table), 'r')} FROM ${table} r ORDER BY r."${key}"`);
  }
  out.push('DROP TRIGGER audit_reshape_log', 'DROP TABLE audit_reshape');
  return out;
}
