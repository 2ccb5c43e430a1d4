import type { UserRole } from '../../db/schema';
import { insertUser } from '../../db/queries/users';
import type { Db } from '../../db/open';

/**
 * The accounts of a demo database, one per role (two finance officers, to show four-eyes). Their
 * passwords are published on the sign-in screen of demo databases only; the hashes are computed
 * once with the real scrypt parameters and fixed salts, so seeding stays fast and deterministic.
 */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: string; displayName: string; role: UserRole; password: string; passwordHash: string }> = [
  { username: 'admin', displayName: 'Demo Administrator', role: 'administrator', password: 'demo-admin-pass', passwordHash: 'scrypt$15$8$1$dHJhbmNoZS1kZW1vLWFkbQ==$vkuEsT8qVHKx7wRki8xabfhQ4swNJqalGgAGUQS6HEM=' },
  { username: 'coordinator', displayName: 'Demo Coordinator', role: 'coordinator', password: 'demo-coord-pass', passwordHash: 'scrypt$15$8$1$dHJhbmNoZS1kZW1vLWNvbw==$4MAUmBXFU4G1ueILt4CGYnIjzSacSre2hz7nBbjSq4A=' },
  { username: 'finance', displayName: 'Demo Finance Officer', role: 'finance_officer', password: 'demo-finance-pass', passwordHash: 'scrypt$15$8$1$dHJhbmNoZS1kZW1vLWZpbg==$WuW1c57GBVsKRgQHf1fAjpxrVNnTJAGpGSSYS2Thlq4=' },
  { username: 'finance2', displayName: 'Demo Second Finance Officer', role: 'finance_officer', password: 'demo-finance2-pass', passwordHash: 'scrypt$15$8$1$dHJhbmNoZS1kZW1vLWZpbg==$03yUks+j8Kl/jNV89Wi2LcC4mjneGu+ZXdJe7GXAOpA=' },
  { username: 'auditor', displayName: 'Demo Funder Auditor', role: 'funder_auditor', password: 'demo-auditor-pass', passwordHash: 'scrypt$15$8$1$dHJhbmNoZS1kZW1vLWF1ZA==$MkOPNV5h/euDdm/NtlaSRgns16q9HdNK5o0nzGB9DCc=' },
];

/** Inserts the demo accounts (created at the demo's fixed time). */
export function seedDemoAccounts(db: Db, createdAt: string): void {
  for (const a of DEMO_ACCOUNTS) {
    insertUser(db, { username: a.username, displayName: a.displayName, role: a.role, passwordHash: a.passwordHash, createdAt });
  }
}
