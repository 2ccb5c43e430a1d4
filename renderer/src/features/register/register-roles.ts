import type { SignedInUser } from '../auth/current-user';

type Role = SignedInUser['role'];

/** Who keeps the register: organisations, people, roles, ties, budget lines (as the API allows). */
export function canManageRegister(role: Role): boolean {
  return role === 'administrator' || role === 'coordinator';
}

/** Who may add or close an organisation's bank account: finance officers only for grantees. */
export function canManageAccounts(role: Role, side: string): boolean {
  return canManageRegister(role) || (role === 'finance_officer' && side !== 'funder');
}
