import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations';
import { countries } from './reference';

/**
 * People whose ties to organisations and to each other feed the conflict-of-interest rules.
 * `address` is the street; the phone is stored in E.164 form.
 */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    streetNumber: text('street_number'),
    unit: text('unit'),
    postcode: text('postcode'),
    city: text('city'),
    country: text('country').references(() => countries.code),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('people_full_name_idx').on(t.fullName), index('people_phone_idx').on(t.phone), index('people_email_idx').on(t.email)],
);

export const PERSON_ROLES = ['director', 'board_member', 'treasurer', 'founder', 'staff', 'volunteer', 'official'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A person's role in an organisation over a period (open end = still holds it), and where that is known from. */
export const personRoles = sqliteTable(
  'person_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references((): AnySQLiteColumn => people.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references((): AnySQLiteColumn => organisations.id),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    source: text('source'),
  },
  (t) => [index('person_roles_person_idx').on(t.personId), index('person_roles_organisation_idx').on(t.organisationId)],
);

export const RELATION_TYPES = [
  'spouse',
  'partner',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'in_law',
  'business',
  'other',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A family or business tie between two people. */
export const personRelations = sqliteTable(
  'person_relations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    relativeId: integer('relative_id')
      .notNull()
      .references(() => people.id),
    type: text('type', { enum: RELATION_TYPES }).notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    source: text('source'),
  },
  (t) => [index('person_relations_person_idx').on(t.personId), index('person_relations_relative_idx').on(t.relativeId)],
);
