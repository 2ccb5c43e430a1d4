import { GENESIS_HASH, LINK_FUNCTION } from './chain-hash';
import { rowJsonSql } from './row-json';

/** The reason written on the entries that record a row's new shape after a schema change. */
export const NEW_SHAPE_REASON = 'schema change: new columns';

const HEAD = `COALESCE((SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')`;

/**
 * Statements that log the new shape of every row of `tables` whose JSON no longer equals the
 * after-image of its last entry (columns were added or values rewritten by a migration), so state
 * verification stays clean on an upgraded file. Each row goes through a helper table whose
 * trigger writes one linked entry per row: an INSERT … SELECT straight into audit_entries would
 * read the chain's head once for all rows.
 */
export function newShapeSql(tables: readonly { table: string; key: string; columns: readonly string[] }[]): string[] {
  const canonical = `json_array(e.at, e.user_id, e.action, e.table_name, e.record_id, e.before_json, e.after_json, e.reason)`;
  const out = [
    'CREATE TABLE audit_new_shape (table_name TEXT NOT NULL, record_id TEXT NOT NULL, before_json TEXT, after_json TEXT NOT NULL)',
    `CREATE TRIGGER audit_new_shape_log AFTER INSERT ON audit_new_shape BEGIN
  INSERT INTO audit_entries (at, user_id, action, table_name, record_id, before_json, after_json, reason, prev_hash, hash)
    SELECT e.at, e.user_id, e.action, e.table_name, e.record_id, e.before_json, e.after_json, e.reason, e.prev, ${LINK_FUNCTION}(e.prev, ${canonical})
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, NULL AS user_id, 'update' AS action, NEW.table_name AS table_name, NEW.record_id AS record_id,
                 NEW.before_json AS before_json, NEW.after_json AS after_json, '${NEW_SHAPE_REASON}' AS reason, ${HEAD} AS prev) e;
END`,
  ];
  for (const { table, key, columns } of tables) {
    const now = rowJsonSql(table, columns, 't');
    const last = `(SELECT a.after_json FROM audit_entries a WHERE a.table_name = '${table}' AND a.record_id = CAST(t."${key}" AS TEXT) ORDER BY a.seq DESC LIMIT 1)`;
    out.push(
      `INSERT INTO audit_new_shape (table_name, record_id, before_json, after_json)
  SELECT '${table}', CAST(t."${key}" AS TEXT), ${last}, ${now} FROM ${table} t WHERE ${last} IS NOT NULL AND ${last} IS NOT ${now} ORDER BY t."${key}"`,
    );
  }
  out.push('DROP TRIGGER audit_new_shape_log', 'DROP TABLE audit_new_shape');
  return out;
}
