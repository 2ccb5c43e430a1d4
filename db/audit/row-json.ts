import { REDACTED_COLUMNS } from './audited-tables';
import { DIGEST_FUNCTION } from './secret-digest';

/**
 * The SQL expression that serialises one row of `table` (as `alias`, e.g. NEW, OLD or a table
 * alias) into the JSON stored in audit entries. Triggers and the state check use this same
 * function, so a current row and its last after-image compare as equal strings.
 */
export function rowJsonSql(table: string, columns: readonly string[], alias: string): string {
  const redacted = new Set(REDACTED_COLUMNS[table] ?? []);
  const parts = columns.map((c) => {
    const v = `${alias}."${c}"`;
    // A secret is logged as its digest: a change shows, the value does not.
    return `'${c}', ${redacted.has(c) ? `${DIGEST_FUNCTION}(${v})` : v}`;
  });
  return `json_object(${parts.join(', ')})`;
}
