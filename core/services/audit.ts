import type Database from 'better-sqlite3';
import {
  auditSize,
  clearAuditContext,
  hasAuditLog,
  setAuditContext,
  stateMismatches,
  type StateMismatch,
} from '../../db/queries/audit';
import type { JobControl } from '../api/jobs';
import { GENESIS_HASH, linkHash, verifyRange, type ChainBreak, type RangeResult } from './audit-chain-range';

export { GENESIS_HASH, linkHash, type ChainBreak };

/**
 * Runs `write` with the audit context set, so the triggers record who, when and why. Call inside
 * a transaction: the triggers link each entry into the chain as they write it.
 */
export function audited<T>(sqlite: Database.Database, ctx: { userId: number | null; at: string; reason: string | null }, write: () => T): T {
  setAuditContext(sqlite, ctx);
  const result = write();
  clearAuditContext(sqlite);
  return result;
}

/** A file whose audit log table was dropped: broken from the first entry on. */
export const LOG_MISSING: VerifyResult = { ok: false, count: 0, head: null, chainBreak: { seq: 1, kind: 'gap', detail: 'the audit log table (audit_entries) is missing' } };

export type VerifyResult =
  | { ok: true; count: number; head: string; checkedState: boolean }
  | { ok: false; count: number; head: string | null; chainBreak?: ChainBreak; stateMismatches?: StateMismatch[] };

/** Walks the chain from the first entry; the first break found, or the count and head hash. */
export function verifyChain(sqlite: Database.Database): ChainResult {
  return joinRanges([verifyRange(sqlite, 0, Number.MAX_SAFE_INTEGER)]);
}

export type ChainResult = { ok: true; count: number; head: string } | { ok: false; count: number; chainBreak: ChainBreak };

/** Joins consecutive range results: each range must start where the previous one ended. */
export function joinRanges(ranges: RangeResult[]): ChainResult {
  let head = GENESIS_HASH;
  let count = 0;
  let lastSeq = 0;
  for (const r of ranges) {
    if (!r.ok) {
      // The link into the range comes before any break inside it.
      const seam = lastSeq + 1;
      if (r.firstPrev !== null && r.firstPrev !== head && r.chainBreak.seq > seam) {
        return { ok: false, count: count + r.count, chainBreak: { seq: seam, kind: 'broken_link', detail: `entry ${seam} does not follow entry ${seam - 1} (moved, inserted or a predecessor changed)` } };
      }
      return { ok: false, count: count + r.count, chainBreak: r.chainBreak };
    }
    if (r.count === 0) continue;
    const firstSeq = r.lastSeq - r.count + 1;
    if (firstSeq !== lastSeq + 1) {
      const missing = firstSeq > lastSeq + 2 ? `${lastSeq + 1}..${firstSeq - 1} are` : `${lastSeq + 1} is`;
      return { ok: false, count: count + r.count, chainBreak: { seq: firstSeq, kind: 'gap', detail: `entry ${missing} missing` } };
    }
    lastSeq = r.lastSeq;
    if (r.firstPrev !== head) {
      const seq = r.lastSeq - r.count + 1;
      return { ok: false, count: count + r.count, chainBreak: { seq, kind: 'broken_link', detail: `entry ${seq} does not follow entry ${seq - 1} (moved, inserted or a predecessor changed)` } };
    }
    head = r.lastHash!;
    count += r.count;
  }
  return { ok: true, count, head };
}

/**
 * Verifies the chain and then that every audited row equals the after-image of its last entry.
 * The second step is what catches a change made directly in the file with the triggers off.
 */
export function verifyAudit(sqlite: Database.Database, options: { state?: boolean; control?: JobControl } = {}): VerifyResult {
  if (!hasAuditLog(sqlite)) return LOG_MISSING;
  const { control } = options;
  const total = control ? auditSize(sqlite).maxSeq : 0;
  control?.progress(0, total, 'chain');
  const chain = joinRanges([verifyRange(sqlite, 0, Number.MAX_SAFE_INTEGER, control && ((n) => control.progress(n, total, 'chain')))]);
  if (!chain.ok) return { ok: false, count: auditSize(sqlite).count, head: null, chainBreak: chain.chainBreak };
  if (options.state === false) return { ...chain, checkedState: false };
  const mismatches = stateMismatches(sqlite, undefined, control && ((done, n) => control.progress(done, n, 'state')));
  if (mismatches.length > 0) return { ok: false, count: chain.count, head: chain.head, stateMismatches: mismatches };
  return { ...chain, checkedState: true };
}

/** A head held outside the file: the number of entries then and the hash of the last one. */
export type Checkpoint = { seq: number; hash: string };

/**
 * Whether the file still holds the history a checkpoint saw: entry `seq` exists and has `hash`.
 * This is what catches a truncated tail (rows rolled back to match), an old backup put back, or a
 * history rewritten with Tranche's own code, which all verify clean on their own (design 3.5, 3.6).
 */
export function checkpointMismatch(sqlite: Database.Database, cp: Checkpoint): string | null {
  const row = sqlite.prepare('SELECT hash FROM audit_entries WHERE seq = ?').get(cp.seq) as { hash: string | null } | undefined;
  if (!row) return `the log has ${auditSize(sqlite).count} entries, fewer than the ${cp.seq} of the checkpoint (truncated, or an older copy)`;
  if (row.hash !== cp.hash) return `entry ${cp.seq} has hash ${row.hash ?? 'none'}, not the checkpoint's ${cp.hash} (the history was rewritten)`;
  return null;
}
