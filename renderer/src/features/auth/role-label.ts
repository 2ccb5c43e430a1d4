import type { TFunction } from 'i18next';
import type { Output } from '../../../../core/api/handlers';
import type { TextKey } from '../../i18n/keys';

export type Role = Output<'auth.signIn'>['user']['role'];

// Each role with its catalogue key written out: a new role cannot go unlabelled, and the
// catalogue tests see every key in use.
const ROLE_KEYS = {
  administrator: 'role.administrator',
  coordinator: 'role.coordinator',
  finance_officer: 'role.finance_officer',
  funder_auditor: 'role.funder_auditor',
} as const satisfies Record<Role, TextKey>;

/** A role's name in the interface language ('finance_officer' → "Finance officer"); an unknown code as stored. */
export function roleLabel(t: TFunction, role: string): string {
  return Object.hasOwn(ROLE_KEYS, role) ? t(ROLE_KEYS[role as Role]) : role;
}
