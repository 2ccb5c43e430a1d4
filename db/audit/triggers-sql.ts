import { AUDITED_TABLES } from './audited-tables';
import { rowJsonSql } from './row-json';

const CONTEXT = (col: string) => `(SELECT ${col} FROM audit_context WHERE id = 1)`;
const NOW = `COALESCE(${CONTEXT('at')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

function entry(table: string, action: string, key: string, before: string, after: string): string {
  return `INSERT INTO audit_entries (at, user_id, action, table_name, record_id, before_json, after_json, reason)
    VALUES (${NOW}, ${CONTEXT('user_id')}, '${action}', '${table}', CAST(${key} AS TEXT), ${before}, ${after}, ${CONTEXT('reason')});`;
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

/** Triggers that keep the log append-only: no delete, no forged hash, no edit but sealing. */
export function appendOnlyTriggersSql(): string[] {
  const fixed = ['seq', 'at', 'user_id', 'action', 'table_name', 'record_id', 'before_json', 'after_json', 'reason'];
  return [
    'DROP TRIGGER IF EXISTS audit_entries_no_delete',
    `CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN
  SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be deleted');
END`,
    'DROP TRIGGER IF EXISTS audit_entries_unsealed_insert',
    `CREATE TRIGGER audit_entries_unsealed_insert BEFORE INSERT ON audit_entries WHEN NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'audit entries are sealed by Tranche, not inserted with a hash');
END`,
    'DROP TRIGGER IF EXISTS audit_entries_seal_only',
    `CREATE TRIGGER audit_entries_seal_only BEFORE UPDATE ON audit_entries
  WHEN OLD.hash IS NOT NULL OR ${fixed.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')} BEGIN
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
