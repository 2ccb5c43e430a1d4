import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { countries, currencies } from './reference';
import { organisations } from './organisations';
import { grants } from './grants';

/** A multi-year funding plan, e.g. a national hotline's five-year plan. */
export const fundingPlans = sqliteTable(
  'funding_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    country: text('country')
      .notNull()
      .references(() => countries.code),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('funding_plans_country_idx').on(t.country)],
);

/** What a plan needs in one year, in minor units of the plan's currency. */
export const fundingPlanYears = sqliteTable(
  'funding_plan_years',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => fundingPlans.id),
    year: integer('year').notNull(),
    needMinor: integer('need_minor').notNull(),
  },
  (t) => [uniqueIndex('funding_plan_years_plan_year_idx').on(t.planId, t.year)],
);

export const PLEDGE_STATUSES = ['pledged', 'committed', 'withdrawn'] as const;

/** A funder's promise towards a plan year; becomes committed when a grant is signed. */
export const pledges = sqliteTable(
  'pledges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => fundingPlans.id),
    funderId: integer('funder_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    status: text('status', { enum: PLEDGE_STATUSES }).notNull(),
    grantId: integer('grant_id').references(() => grants.id),
    pledgedDate: text('pledged_date').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pledges_plan_idx').on(t.planId, t.year), index('pledges_funder_idx').on(t.funderId)],
);
