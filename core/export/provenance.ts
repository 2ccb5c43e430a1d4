import { auditSize, sealedHead } from '../../db/queries/audit';
import { getMeta } from '../../db/queries/meta';
import type { Db } from '../../db/open';
import type { Provenance } from './table';

/** A meta key that names a database explicitly, when an administrator set one. */
export const DATABASE_ID_KEY = 'database_id';

/**
 * The database's identity: an explicit meta value, else the hash of its audit log's first entry,
 * which every later entry chains back to. Not written into meta on opening: a fresh file would
 * then differ from another made the same way, and the demo data must be identical in every file.
 */
function databaseIdOf(db: Db): string {
  const first = db.$client.prepare('SELECT hash FROM audit_entries WHERE hash IS NOT NULL ORDER BY seq LIMIT 1').get() as { hash: string } | undefined;
  return getMeta(db, DATABASE_ID_KEY) ?? first?.hash ?? 'none';
}

/**
 * The audit log's entry count and head hash, the database identity and the time: with `npm run
 * tranche -- verify` on the same file, a funder proves the records are those exported.
 */
export function provenanceOf(db: Db, exportedAt: string): Provenance {
  const head = sealedHead(db.$client);
  return {
    auditCount: auditSize(db.$client).count,
    headSeq: head?.seq ?? 0,
    headHash: head?.hash ?? null,
    databaseId: databaseIdOf(db),
    exportedAt,
  };
}
