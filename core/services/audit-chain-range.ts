import type Database from 'better-sqlite3';
import { chainRows } from '../../db/queries/audit';
import { GENESIS_HASH, linkHash } from '../../db/audit/chain-hash';

export { GENESIS_HASH, linkHash };

export type ChainBreak = { seq: number; kind: 'gap' | 'broken_link' | 'edited' | 'unsealed'; detail: string };

/** What one stretch of the chain says about itself; stretches are joined by their end hashes. */
export type RangeResult =
  | { ok: true; count: number; firstPrev: string | null; lastHash: string | null; lastSeq: number; toSeq: number }
  /** firstPrev is the link into the range when its first entry was read, so a seam break is still found first. */
  | { ok: false; count: number; chainBreak: ChainBreak; firstPrev: string | null };

/**
 * Verifies entries fromSeq < seq <= toSeq: contiguous numbers, each linked to the one before it
 * in the range, each re-hashing to its stored hash. The link into the range (its first prev_hash)
 * is returned for the caller to check against the previous range's last hash.
 */
/** How often (in entries) a range reports progress. */
export const PROGRESS_EVERY = 16_384;

export function verifyRange(sqlite: Database.Database, fromSeq: number, toSeq: number, onProgress?: (count: number) => void): RangeResult {
  let expectedSeq = fromSeq + 1;
  let prev: string | null = null;
  let firstPrev: string | null = null;
  let count = 0;
  for (const [seq, prevHash, stored, canonical] of chainRows(sqlite, fromSeq, toSeq)) {
    count++;
    if (onProgress && count % PROGRESS_EVERY === 0) onProgress(count);
    if (seq !== expectedSeq) {
      const missing = seq > expectedSeq + 1 ? `${expectedSeq}..${seq - 1} are` : `${expectedSeq} is`;
      return { ok: false, count, firstPrev, chainBreak: { seq, kind: 'gap', detail: `entry ${missing} missing` } };
    }
    if (stored === null || prevHash === null) {
      return { ok: false, count, firstPrev, chainBreak: { seq, kind: 'unsealed', detail: `entry ${seq} was written without Tranche sealing it` } };
    }
    if (prev === null) firstPrev = prevHash;
    else if (prevHash !== prev) {
      return { ok: false, count, firstPrev, chainBreak: { seq, kind: 'broken_link', detail: `entry ${seq} does not follow entry ${seq - 1} (moved, inserted or a predecessor changed)` } };
    }
    if (linkHash(prevHash, canonical) !== stored) {
      return { ok: false, count, firstPrev, chainBreak: { seq, kind: 'edited', detail: `entry ${seq} was changed after it was sealed` } };
    }
    prev = stored;
    expectedSeq++;
  }
  return { ok: true, count, firstPrev, lastHash: prev, lastSeq: expectedSeq - 1, toSeq };
}
