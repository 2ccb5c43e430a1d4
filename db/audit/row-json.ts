import { REDACTED_COLUMNS } from './audited-tables';

/**
 * The SQL expression that serialises one row of `table` (as `alias`, e.g. NEW, OLD or a table
 * alias) into the JSON stored in audit entries. Triggers and the state check use this same
 * function, so a current row and its last after-image compare as equal strings.
 */
export function rowJsonSql(table: string, columns: readonly string[], alias: string): string {
  const redacted = new Set(REDACTED_COLUMNS[table] ?? []);
  const parts = columns.map((c) => {
    const v = `${alias}."${c}"`;
    return `'${c}', ${redacted.has(c) ? `CASE WHEN ${v} IS NULL THEN NULL ELSE 'redacted' END` : v}`;
  });
  return `json_object(${parts.join(', ')})`;
}
