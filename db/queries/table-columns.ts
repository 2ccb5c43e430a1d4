import type { Db } from '../open';

/** The columns a table has in this file (PRAGMA table_info), for code that must also fill older schemas. */
export function tableColumns(db: Db, table: string): Set<string> {
  return new Set((db.$client.pragma(`table_info(${JSON.stringify(table)})`) as { name: string }[]).map((c) => c.name));
}
