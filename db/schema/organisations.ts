import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { countries, currencies } from './reference';
import { people } from './people';

export const ORGANISATION_KINDS = [
  'ngo',
  'government',
  'international',
  'embassy',
  'development_agency',
  'foundation',
  'company',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which side of the money an organisation stands on: it gives grants, receives them, or both. */
export const ORGANISATION_SIDES = ['funder', 'grantee', 'both'] as const;
export type OrganisationSide = (typeof ORGANISATION_SIDES)[number];

/**
 * Funders and grantees alike: one table, so the same body can give and receive. `country` is the
 * country of registration; `address` is the street (kept under its first name so old files keep it).
 */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    side: text('side', { enum: ORGANISATION_SIDES }).notNull().default('grantee'),
    country: text('country')
      .notNull()
      .references(() => countries.code),
    registrationNumber: text('registration_number'),
    registrationDate: text('registration_date'),
    iatiIdentifier: text('iati_identifier'),
    address: text('address'),
    streetNumber: text('street_number'),
    unit: text('unit'),
    postcode: text('postcode'),
    city: text('city'),
    addressCountry: text('address_country').references(() => countries.code),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    notes: text('notes'),
    /** Set when the organisation is deactivated; it is never deleted once referenced. */
    deactivatedAt: text('deactivated_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('organisations_name_idx').on(t.name),
    // The grid's list filters (kind, side, country, in any combination) and its name order, covered.
    index('organisations_country_idx').on(t.country, t.name),
    index('organisations_kind_idx').on(t.kind, t.country, t.name),
    index('organisations_side_idx').on(t.side, t.country, t.name),
    index('organisations_phone_idx').on(t.phone),
    index('organisations_email_idx').on(t.email),
    uniqueIndex('organisations_iati_identifier_idx').on(t.iatiIdentifier),
    // NULLs are distinct in a SQLite unique index, so organisations without a number are not in conflict.
    uniqueIndex('organisations_registration_idx').on(t.country, t.registrationNumber),
    check(
      'organisations_kind_check',
      sql`${t.kind} in ('ngo','government','international','embassy','development_agency','foundation','company','other')`,
    ),
    check('organisations_side_check', sql`${t.side} in ('funder','grantee','both')`),
  ],
);

export const BANK_ACCOUNT_KINDS = ['iban', 'other'] as const;
export type BankAccountKind = (typeof BANK_ACCOUNT_KINDS)[number];

/**
 * A registered bank account of an organisation or of a person, over the period it is linked to
 * them; disbursements may only go to an account of the grantee valid on the payment date. `iban`
 * holds the IBAN normalised (kind `iban`) or the account number as the bank writes it (kind `other`).
 */
export const bankAccounts = sqliteTable(
  'bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').references(() => organisations.id),
    personId: integer('person_id').references((): AnySQLiteColumn => people.id),
    kind: text('kind', { enum: BANK_ACCOUNT_KINDS }).notNull().default('iban'),
    iban: text('iban').notNull(),
    bankName: text('bank_name').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    holderName: text('holder_name').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('bank_accounts_organisation_idx').on(t.organisationId),
    index('bank_accounts_person_idx').on(t.personId),
    index('bank_accounts_iban_idx').on(t.iban),
    check('bank_accounts_one_owner', sql`(${t.organisationId} IS NULL) <> (${t.personId} IS NULL)`),
    check('bank_accounts_kind_check', sql`${t.kind} in ('iban','other')`),
    check('bank_accounts_period_order', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);
