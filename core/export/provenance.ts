import { randomUUID } from 'node:crypto';
import { auditSize, sealedHead } from '../../db/queries/audit';
import { getMeta, setMeta } from '../../db/queries/meta';
import type { Db } from '../../db/open';
import type { Provenance } from './table';

/** The meta key naming this database file, written once (audited like every meta row). */
export const DATABASE_ID_KEY = 'database_id';

/** Gives a database its identity if it has none yet; call inside an audited transaction. */
export function ensureDatabaseId(db: Db): void {
  if (getMeta(db, DATABASE_ID_KEY) === undefined) setMeta(db, DATABASE_ID_KEY, randomUUID());
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
    // A file opened read-only before it got an identity (an old copy) is named as such.
    databaseId: getMeta(db, DATABASE_ID_KEY) ?? 'none',
    exportedAt,
  };
}
