import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations';

/** People whose ties to organisations and to each other feed the conflict-of-interest rules. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fullName: text('full_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('people_full_name_idx').on(t.fullName)],
);

export const PERSON_ROLES = ['director', 'board_member', 'founder', 'treasurer', 'staff', 'volunteer', 'official'] as const;

/** A person's role in an organisation over a period (open end = still holds it). */
export const personRoles = sqliteTable(
  'person_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role', { enum: PERSON_ROLES }).notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    source: text('source'),
  },
  (t) => [index('person_roles_person_idx').on(t.personId), index('person_roles_organisation_idx').on(t.organisationId)],
);

export const RELATION_TYPES = ['spouse', 'partner', 'parent', 'child', 'sibling', 'in_law', 'other_family', 'business'] as const;

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
