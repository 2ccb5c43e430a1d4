/** The register's stored codes in the user's words: every key written out, so the catalogue test finds them. */
import type { TFunction } from 'i18next';
import type { TextKey } from '../../i18n/keys';

const KIND = {
  ngo: 'register.kind.ngo',
  government: 'register.kind.government',
  international: 'register.kind.international',
  embassy: 'register.kind.embassy',
  development_agency: 'register.kind.development_agency',
  foundation: 'register.kind.foundation',
  company: 'register.kind.company',
  other: 'register.kind.other',
} as const satisfies Record<string, TextKey>;

const SIDE = { funder: 'register.side.funder', grantee: 'register.side.grantee', both: 'register.side.both' } as const satisfies Record<string, TextKey>;

const ROLE = {
  director: 'register.role.director',
  board_member: 'register.role.board_member',
  treasurer: 'register.role.treasurer',
  founder: 'register.role.founder',
  staff: 'register.role.staff',
  volunteer: 'register.role.volunteer',
  official: 'register.role.official',
} as const satisfies Record<string, TextKey>;

const RELATION = {
  spouse: 'register.relation.spouse',
  partner: 'register.relation.partner',
  parent: 'register.relation.parent',
  child: 'register.relation.child',
  sibling: 'register.relation.sibling',
  grandparent: 'register.relation.grandparent',
  grandchild: 'register.relation.grandchild',
  in_law: 'register.relation.in_law',
  business: 'register.relation.business',
  other: 'register.relation.other',
} as const satisfies Record<string, TextKey>;

// A tie recorded from the other person's side reads the other way round ("parent" seen from the child).
const INVERSE: Readonly<Record<string, keyof typeof RELATION>> = { parent: 'child', child: 'parent', grandparent: 'grandchild', grandchild: 'grandparent' };

const ACCOUNT_KIND = { iban: 'register.accountKind.iban', other: 'register.accountKind.other' } as const satisfies Record<string, TextKey>;
const STATUS = { active: 'register.status.active', deactivated: 'register.status.deactivated' } as const satisfies Record<string, TextKey>;
const FIELD = {
  registrationNumber: 'register.lookAlike.registrationNumber',
  iban: 'register.lookAlike.iban',
  phone: 'register.lookAlike.phone',
  email: 'register.lookAlike.email',
  address: 'register.lookAlike.address',
} as const satisfies Record<string, TextKey>;

const TABLES = { kind: KIND, side: SIDE, role: ROLE, relation: RELATION, accountKind: ACCOUNT_KIND, status: STATUS, lookAlikeField: FIELD } as const;
export type RegisterCodeTable = keyof typeof TABLES;

export const ORGANISATION_KINDS = Object.keys(KIND) as (keyof typeof KIND)[];
export const ORGANISATION_SIDES = Object.keys(SIDE) as (keyof typeof SIDE)[];
export const PERSON_ROLES = Object.keys(ROLE) as (keyof typeof ROLE)[];
export const RELATION_TYPES = Object.keys(RELATION) as (keyof typeof RELATION)[];
export const ACCOUNT_KINDS = Object.keys(ACCOUNT_KIND) as (keyof typeof ACCOUNT_KIND)[];

/** A stored code in words; an unknown code as stored. */
export function registerLabel(t: TFunction, table: RegisterCodeTable, code: string): string {
  const keys: Readonly<Record<string, TextKey>> = TABLES[table];
  return Object.hasOwn(keys, code) ? t(keys[code]!) : code;
}

/** A relationship as seen from the person whose panel shows it. */
export function relationLabel(t: TFunction, type: string, inverse: boolean): string {
  return registerLabel(t, 'relation', inverse && Object.hasOwn(INVERSE, type) ? INVERSE[type]! : type);
}

/** The list choices of a code table, for a list filter or a select. */
export function registerChoices(t: TFunction, table: RegisterCodeTable): { value: string; label: string }[] {
  return Object.keys(TABLES[table]).map((value) => ({ value, label: registerLabel(t, table, value) }));
}
