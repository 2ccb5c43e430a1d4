import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { countries, currencies } from './reference';
import { organisations } from './organisations';
import { users } from './users';

export const GRANT_STATUSES = ['draft', 'approved', 'active', 'closed', 'suspended', 'cancelled'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const GRANT_PURPOSES = [
  'shelter',
  'hotline',
  'legal_aid',
  'reintegration',
  'prevention',
  'awareness',
  'capacity_building',
] as const;
export type GrantPurpose = (typeof GRANT_PURPOSES)[number];

export const AWARD_METHODS = ['open', 'restricted', 'direct'] as const;

/**
 * What a grantee declared it needs: a purpose over a period, for an amount. A grant says which
 * budget line it funds.
 */
export const budgetLines = sqliteTable(
  'budget_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    purpose: text('purpose', { enum: GRANT_PURPOSES }).notNull(),
    description: text('description').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('budget_lines_organisation_idx').on(t.organisationId, t.startDate),
    check('budget_lines_amount_positive', sql`${t.amountMinor} > 0`),
    check('budget_lines_period_order', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** A grant from a grantor to a grantee; amount_minor is in minor units of currency. */
export const grants = sqliteTable(
  'grants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    title: text('title').notNull(),
    purpose: text('purpose', { enum: GRANT_PURPOSES }).notNull(),
    description: text('description'),
    grantorId: integer('grantor_id')
      .notNull()
      .references(() => organisations.id),
    granteeId: integer('grantee_id')
      .notNull()
      .references(() => organisations.id),
    country: text('country')
      .notNull()
      .references(() => countries.code),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    status: text('status', { enum: GRANT_STATUSES }).notNull(),
    awardMethod: text('award_method', { enum: AWARD_METHODS }),
    decisionDate: text('decision_date'),
    agreementSignedDate: text('agreement_signed_date'),
    /** Who approved the award and when: the approval record of the decision. */
    awardApprovedBy: integer('award_approved_by').references(() => users.id),
    awardApprovedAt: text('award_approved_at'),
    budgetLineId: integer('budget_line_id').references(() => budgetLines.id),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('grants_reference_idx').on(t.reference),
    index('grants_grantor_idx').on(t.grantorId),
    index('grants_grantee_idx').on(t.granteeId),
    index('grants_country_idx').on(t.country),
    index('grants_amount_idx').on(t.amountMinor),
    index('grants_start_date_idx').on(t.startDate),
    index('grants_end_date_idx').on(t.endDate),
    index('grants_status_idx').on(t.status),
    index('grants_budget_line_idx').on(t.budgetLineId),
    check('grants_amount_positive', sql`${t.amountMinor} > 0`),
    check('grants_period_order', sql`${t.endDate} >= ${t.startDate}`),
  ],
);

/** A change to an approved grant's terms: what changed, from what to what, who and why. */
export const grantAmendments = sqliteTable(
  'grant_amendments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    reason: text('reason').notNull(),
    madeBy: integer('made_by').references(() => users.id),
    approvedBy: integer('approved_by').references(() => users.id),
    madeAt: text('made_at').notNull(),
  },
  (t) => [index('grant_amendments_grant_idx').on(t.grantId)],
);
