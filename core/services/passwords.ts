import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt is memory-hard: N = 2^15, r = 8 needs 32 MiB per guess, which is what slows an attacker
// with the database file down. Parameters are stored with each hash so they can be raised later.
const LOG_N = 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const MAXMEM = 64 * 1024 * 1024;

/** Shortest password accepted for a new account. */
export const MIN_PASSWORD_LENGTH = 10;

/** A self-describing scrypt hash: scrypt$logN$r$p$salt$key (base64). Never the password. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const key = scryptSync(password.normalize('NFC'), salt, KEY_BYTES, { N: 2 ** LOG_N, r: R, p: P, maxmem: MAXMEM });
  return ['scrypt', LOG_N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `password` matches `stored`; compares in constant time. */
export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logN, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (!Number.isInteger(logN) || logN < 10 || logN > 20 || expected.length === 0) return false;
  const key = scryptSync(password.normalize('NFC'), salt, expected.length, { N: 2 ** logN, r, p, maxmem: MAXMEM });
  return timingSafeEqual(key, expected);
}
