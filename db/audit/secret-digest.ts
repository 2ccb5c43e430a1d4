import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** Name of the SQL function the audit triggers call for a column whose value never enters the log. */
export const DIGEST_FUNCTION = 'tranche_secret_digest';
// Domain separation: this digest can never pass for an audit link or any other hash.
const DOMAIN = 'tranche-secret-v1\n';

/**
 * What the log keeps of a secret (a password hash): a SHA-256 digest, so a changed secret changes
 * the logged image, and state verification sees a secret swapped in the file, without the log
 * holding the secret. The secrets redacted today are scrypt hashes that carry their own random
 * salt, so the digest of one cannot be matched against guessed passwords without that salt.
 */
export function secretDigest(value: string): string {
  return `sha256:${hash('sha256', DOMAIN + value)}`;
}

/** Lets this connection's audit triggers and state checks compute secret digests. */
export function registerDigestFunction(sqlite: Database.Database): void {
  sqlite.function(DIGEST_FUNCTION, { deterministic: true }, (value: unknown) => {
    if (value === null) return null;
    if (typeof value !== 'string') throw new TypeError(`${DIGEST_FUNCTION} takes a string`);
    return secretDigest(value);
  });
}
