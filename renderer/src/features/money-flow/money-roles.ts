import type { SignedInUser } from '../auth/current-user';

type Role = SignedInUser['role'];

/** Who may create grants, set schedules and move grants along their lifecycle (as the API allows). */
export function canManageGrants(role: Role): boolean {
  return role === 'administrator' || role === 'coordinator';
}

/** Who may record disbursements and receipts: not administrators (separation of duties), not auditors. */
export function canRecordMoney(role: Role): boolean {
  return role === 'coordinator' || role === 'finance_officer';
}

/** Who may mark a tranche's release condition met (as the API allows). */
export function canMarkConditions(role: Role): boolean {
  return role === 'administrator' || role === 'coordinator' || role === 'finance_officer';
}
