import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { countries, currencies } from './reference';
import { organisations } from './organisations';
import { grants } from './grants';
import { users } from './users';

/** What a plan funds: the two kinds the source report plans five years ahead, and anything else. */
export const PLAN_PROGRAMMES = ['national_hotline', 'shelter_network', 'other'] as const;
export type PlanProgramme = (typeof PLAN_PROGRAMMES)[number];

/**
 * A multi-year funding plan, e.g. a national hotline's five-year plan. start_year is the first
 * year and end_year the last (length = end - start + 1); `revision` counts saved changes, whose
 * earlier figures stay in the audit log.
 */
export const fundingPlans = sqliteTable(
  'funding_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    programme: text('programme', { enum: PLAN_PROGRAMMES }).notNull().default('other'),
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
    revision: integer('revision').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at'),
  },
  (t) => [index('funding_plans_country_idx').on(t.country)],
);

/**
 * What a plan needs in one year, in minor units of the plan's currency: the sum of the year's cost
 * lines, kept here by the service that writes them so the log shows each year's need as it changed.
 */
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

export const COST_LINE_KINDS = ['staff', 'call_specialists', 'victim_services', 'operating', 'awareness', 'other'] as const;
export type CostLineKind = (typeof COST_LINE_KINDS)[number];

/**
 * One line of a plan year's need. Staff and call specialists are headcount × yearly cost per
 * person (call specialists also their initial training: hours each × cost per hour); the other
 * kinds are an amount. amount_minor is the line's total, computed by core/domain/plan-costs.ts.
 */
export const planCostLines = sqliteTable(
  'plan_cost_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planYearId: integer('plan_year_id')
      .notNull()
      .references(() => fundingPlanYears.id),
    kind: text('kind', { enum: COST_LINE_KINDS }).notNull(),
    label: text('label'),
    headcount: integer('headcount'),
    unitCostMinor: integer('unit_cost_minor'),
    trainingHours: integer('training_hours'),
    trainingHourCostMinor: integer('training_hour_cost_minor'),
    amountMinor: integer('amount_minor').notNull(),
  },
  (t) => [
    index('plan_cost_lines_year_idx').on(t.planYearId),
    check('plan_cost_lines_headcount', sql`${t.headcount} IS NULL OR ${t.headcount} >= 0`),
    check('plan_cost_lines_unit_cost', sql`${t.unitCostMinor} IS NULL OR ${t.unitCostMinor} >= 0`),
    check('plan_cost_lines_training', sql`(${t.trainingHours} IS NULL OR ${t.trainingHours} >= 0) AND (${t.trainingHourCostMinor} IS NULL OR ${t.trainingHourCostMinor} >= 0)`),
    check('plan_cost_lines_amount', sql`${t.amountMinor} >= 0`),
  ],
);

export const PLEDGE_STATUSES = ['pledged', 'committed', 'withdrawn'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/**
 * A funder's promise towards a plan year: pledged, then committed (usually when a grant is
 * signed), or withdrawn. Linked to the grant that carries it, its paid amount is that grant's
 * disbursements in the plan year, never typed here.
 */
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
    committedDate: text('committed_date'),
    withdrawnDate: text('withdrawn_date'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('pledges_plan_idx').on(t.planId, t.year), index('pledges_funder_idx').on(t.funderId), index('pledges_grant_idx').on(t.grantId)],
);

export const INDICATORS = ['hotline_calls', 'calls_by_purpose', 'cases_recorded', 'tips_to_perpetrators', 'prosecutions', 'victims_referred', 'staff_trained'] as const;
export type Indicator = (typeof INDICATORS)[number];
/** Why people call a hotline, for "calls by purpose". */
export const CALL_PURPOSES = ['information', 'report_case', 'ask_help', 'other'] as const;
export type CallPurpose = (typeof CALL_PURPOSES)[number];

/**
 * One impact indicator of a plan or of a grant (exactly one of the two) for a year or one quarter
 * of it: the target and what was achieved, entered by the NGO side.
 */
export const impactIndicators = sqliteTable(
  'impact_indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id').references(() => fundingPlans.id),
    grantId: integer('grant_id').references(() => grants.id),
    indicator: text('indicator', { enum: INDICATORS }).notNull(),
    purpose: text('purpose', { enum: CALL_PURPOSES }),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    target: integer('target'),
    actual: integer('actual'),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('impact_indicators_plan_idx').on(t.planId, t.year),
    index('impact_indicators_grant_idx').on(t.grantId, t.year),
    check('impact_indicators_owner', sql`(${t.planId} IS NULL) <> (${t.grantId} IS NULL)`),
    check('impact_indicators_quarter', sql`${t.quarter} IS NULL OR ${t.quarter} BETWEEN 1 AND 4`),
    check('impact_indicators_counts', sql`(${t.target} IS NULL OR ${t.target} >= 0) AND (${t.actual} IS NULL OR ${t.actual} >= 0)`),
    check('impact_indicators_purpose', sql`(${t.purpose} IS NULL) = (${t.indicator} <> 'calls_by_purpose')`),
  ],
);
