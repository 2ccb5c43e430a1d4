import { GENESIS_HASH, LINK_FUNCTION } from './chain-hash';
import { AUDITED_TABLES } from './audited-tables';
import { rowJsonSql } from './row-json';

// Who, when and why come from the one-row audit_context, read once per entry by a join (three
// scalar subqueries cost a quarter of the trigger's time); no row means a change outside a command.
const NOW = `COALESCE(c.at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const HEAD = `COALESCE((SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1), '${GENESIS_HASH}')`;
const CANONICAL_OF_E = `json_array(e.at, e.user_id, e.action, e.table_name, e.record_id, e.before_json, e.after_json, e.reason)`;

/**
 * One audit entry, linked to the newest entry as it is written: the hash covers the same canonical
 * form that verification rebuilds (see db/queries/audit.ts). Hashing here, in the statement that
 * writes the entry, costs a fraction of reading every entry back and updating it afterwards.
 */
function entry(table: string, action: string, key: string, before: string, after: string): string {
  return `INSERT INTO audit_entries (at, user_id, action, table_name, record_id, before_json, after_json, reason, prev_hash, hash)
    SELECT e.at, e.user_id, e.action, e.table_name, e.record_id, e.before_json, e.after_json, e.reason, e.prev, ${LINK_FUNCTION}(e.prev, ${CANONICAL_OF_E})
    FROM (SELECT ${NOW} AS at, c.user_id AS user_id, '${action}' AS action, '${table}' AS table_name, CAST(${key} AS TEXT) AS record_id,
                 ${before} AS before_json, ${after} AS after_json, c.reason AS reason, ${HEAD} AS prev
          FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1) e;`;
}

/** CREATE TRIGGER statements that log every insert, update and delete on one table. */
export function tableTriggersSql(table: string, columns: readonly string[], key: string): string[] {
  const oldJson = rowJsonSql(table, columns, 'OLD');
  const newJson = rowJsonSql(table, columns, 'NEW');
  return [
    `DROP TRIGGER IF EXISTS audit_${table}_insert`,
    `CREATE TRIGGER audit_${table}_insert AFTER INSERT ON ${table} BEGIN
  ${entry(table, 'insert', `NEW."${key}"`, 'NULL', newJson)}
END`,
    `DROP TRIGGER IF EXISTS audit_${table}_update`,
    // An update that changes nothing is not a change.
    `CREATE TRIGGER audit_${table}_update AFTER UPDATE ON ${table} WHEN ${oldJson} IS NOT ${newJson} BEGIN
  ${entry(table, 'update', `NEW."${key}"`, oldJson, newJson)}
END`,
    `DROP TRIGGER IF EXISTS audit_${table}_delete`,
    `CREATE TRIGGER audit_${table}_delete AFTER DELETE ON ${table} BEGIN
  ${entry(table, 'delete', `OLD."${key}"`, oldJson, 'NULL')}
END`,
  ];
}

/**
 * Statements that log the current shape of every row of `table` as an update entry with `reason`,
 * for a migration that changes how rows are written to the log (a new column, a new way of
 * redacting one): without it, state verification would compare each row with an image in the old
 * shape. The before image is the row's last logged after-image. A helper trigger writes one chained
 * entry per row as a no-op update passes over it, then goes; the regular update trigger sees no
 * change and writes nothing.
 */
export function relogRowsSql(table: string, columns: readonly string[], key: string, reason: string): string[] {
  const helper = `audit_${table}_relog`;
  const last = `(SELECT a.after_json FROM audit_entries a WHERE a.table_name = '${table}' AND a.record_id = CAST(NEW."${key}" AS TEXT) ORDER BY a.seq DESC LIMIT 1)`;
  return [
    `INSERT OR REPLACE INTO audit_context (id, user_id, at, reason) VALUES (1, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '${reason.replace(/'/g, "''")}')`,
    `CREATE TRIGGER ${helper} AFTER UPDATE OF "${key}" ON ${table} WHEN ${last} IS NOT ${rowJsonSql(table, columns, 'NEW')} BEGIN
  ${entry(table, 'update', `NEW."${key}"`, last, rowJsonSql(table, columns, 'NEW'))}
END`,
    `UPDATE ${table} SET "${key}" = "${key}"`,
    `DROP TRIGGER ${helper}`,
    'DELETE FROM audit_context',
  ];
}

/** Triggers that keep the log append-only: no delete, no change of any kind. */
export function appendOnlyTriggersSql(): string[] {
  return [
    'DROP TRIGGER IF EXISTS audit_entries_no_delete',
    `CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be deleted');
END`,
    // Entries are linked as they are written, so nothing is left to seal afterwards.
    'DROP TRIGGER IF EXISTS audit_entries_unsealed_insert',
    'DROP TRIGGER IF EXISTS audit_entries_seal_only',
    'DROP TRIGGER IF EXISTS audit_entries_no_update',
    `CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be changed');
END`,
  ];
}

/** All audit triggers for the given table columns (as PRAGMA table_info reports them). */
export function allAuditTriggersSql(columnsOf: (table: string) => readonly string[]): string[] {
  const out: string[] = [];
  for (const [table, key] of Object.entries(AUDITED_TABLES)) out.push(...tableTriggersSql(table, columnsOf(table), key));
  out.push(...appendOnlyTriggersSql());
  return out;
}
