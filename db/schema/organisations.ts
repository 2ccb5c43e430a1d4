import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { countries, currencies } from './reference';

export const ORGANISATION_KINDS = [
  'government',
  'international',
  'ngo',
  'foundation',
  'bilateral',
  'private_donor',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Funders and grantees alike: one table, so the same body can give and receive. */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    country: text('country')
      .notNull()
      .references(() => countries.code),
    registrationNumber: text('registration_number'),
    registrationDate: text('registration_date'),
    iatiIdentifier: text('iati_identifier'),
    address: text('address'),
    city: text('city'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('organisations_name_idx').on(t.name),
    index('organisations_country_idx').on(t.country),
    uniqueIndex('organisations_iati_identifier_idx').on(t.iatiIdentifier),
    check('organisations_kind_check', sql`${t.kind} in ('government','international','ngo','foundation','bilateral','private_donor')`),
  ],
);

/** An organisation's registered bank accounts; disbursements may only go to one of these. */
export const bankAccounts = sqliteTable(
  'bank_accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
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
  (t) => [index('bank_accounts_organisation_idx').on(t.organisationId), index('bank_accounts_iban_idx').on(t.iban)],
);
