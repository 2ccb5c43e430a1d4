import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import {
  auditSize,
  chainRows,
  clearAuditContext,
  sealedHead,
  sealStatement,
  setAuditContext,
  stateMismatches,
  unsealedEntries,
  type StateMismatch,
} from '../../db/queries/audit';

/** The hash every chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);
// Domain separation: a hash made for anything else can never pass for an audit link.
const DOMAIN = 'tranche-audit-v1\n';

/** SHA-256 of the previous hash and an entry's canonical form, as lowercase hex. */
export function linkHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(DOMAIN).update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Runs `write` with the audit context set, then seals what the triggers logged. Call inside a transaction. */
export function audited<T>(sqlite: Database.Database, ctx: { userId: number | null; at: string; reason: string | null }, write: () => T): T {
  setAuditContext(sqlite, ctx);
  const result = write();
  sealAuditEntries(sqlite);
  clearAuditContext(sqlite);
  return result;
}

/** Gives every unsealed entry its link to the one before; returns how many were sealed. */
export function sealAuditEntries(sqlite: Database.Database): number {
  let prev = sealedHead(sqlite)?.hash ?? GENESIS_HASH;
  const rows = [...unsealedEntries(sqlite)];
  const seal = sealStatement(sqlite);
  for (const [seq, canonical] of rows) {
    const hash = linkHash(prev, canonical);
    seal.run(prev, hash, seq);
    prev = hash;
  }
  return rows.length;
}

export type ChainBreak = {
  seq: number;
  kind: 'gap' | 'broken_link' | 'edited' | 'unsealed';
  detail: string;
};

export type VerifyResult =
  | { ok: true; count: number; head: string; checkedState: boolean }
  | { ok: false; count: number; head: string | null; chainBreak?: ChainBreak; stateMismatches?: StateMismatch[] };

/** Walks the chain from the first entry; the first break found, or the count and head hash. */
export function verifyChain(sqlite: Database.Database): { ok: true; count: number; head: string } | { ok: false; count: number; chainBreak: ChainBreak } {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  for (const [seq, prevHash, hash, canonical] of chainRows(sqlite)) {
    count++;
    if (seq !== expectedSeq) {
      return { ok: false, count, chainBreak: { seq, kind: 'gap', detail: `entry ${expectedSeq}${seq > expectedSeq + 1 ? `..${seq - 1}` : ''} is missing` } };
    }
    if (hash === null || prevHash === null) {
      return { ok: false, count, chainBreak: { seq, kind: 'unsealed', detail: `entry ${seq} was written without Tranche sealing it` } };
    }
    if (prevHash !== prev) {
      return { ok: false, count, chainBreak: { seq, kind: 'broken_link', detail: `entry ${seq} does not follow entry ${seq - 1} (moved, inserted or a predecessor changed)` } };
    }
    if (linkHash(prevHash, canonical) !== hash) {
      return { ok: false, count, chainBreak: { seq, kind: 'edited', detail: `entry ${seq} was changed after it was sealed` } };
    }
    prev = hash;
    expectedSeq++;
  }
  return { ok: true, count, head: prev };
}

/**
 * Verifies the chain and then that every audited row equals the after-image of its last entry.
 * The second step is what catches a change made directly in the file with the triggers off.
 */
export function verifyAudit(sqlite: Database.Database, options: { state?: boolean } = {}): VerifyResult {
  const chain = verifyChain(sqlite);
  if (!chain.ok) return { ok: false, count: auditSize(sqlite).count, head: null, chainBreak: chain.chainBreak };
  if (options.state === false) return { ...chain, checkedState: false };
  const mismatches = stateMismatches(sqlite);
  if (mismatches.length > 0) return { ok: false, count: chain.count, head: chain.head, stateMismatches: mismatches };
  return { ...chain, checkedState: true };
}
