import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { currencies } from './reference';
import { bankAccounts } from './organisations';
import { grants } from './grants';
import { users } from './users';

/** Stored tranche states; 'due' and 'overdue' are computed from the due date and today. */
export const TRANCHE_STATUSES = ['planned', 'released', 'withheld', 'cancelled'] as const;

/** A scheduled instalment of a grant, released when its condition is met. */
export const tranches = sqliteTable(
  'tranches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    seq: integer('seq').notNull(),
    dueDate: text('due_date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    releaseCondition: text('release_condition'),
    conditionMetDate: text('condition_met_date'),
    conditionNote: text('condition_note'),
    status: text('status', { enum: TRANCHE_STATUSES }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('tranches_grant_seq_idx').on(t.grantId, t.seq),
    // Covers the funding report's committed money per grant and year without reading the table.
    index('tranches_grant_due_idx').on(t.grantId, t.dueDate, t.amountMinor, t.status),
    index('tranches_due_date_idx').on(t.dueDate),
    check('tranches_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/** Money released by the funder against a tranche, to one of the grantee's registered accounts. */
export const disbursements = sqliteTable(
  'disbursements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    trancheId: integer('tranche_id').references(() => tranches.id),
    paidDate: text('paid_date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    /** The amount in the grant's currency: equal to amount_minor, or converted at fx_rate. */
    grantAmountMinor: integer('grant_amount_minor').notNull(),
    /** Units of the paid currency per unit of the grant's, when they differ (exact decimal). */
    fxRate: text('fx_rate'),
    bankAccountId: integer('bank_account_id').references(() => bankAccounts.id),
    bankReference: text('bank_reference'),
    overrideReason: text('override_reason'),
    recordedBy: integer('recorded_by').references(() => users.id),
    approvedBy: integer('approved_by').references(() => users.id),
    /**
     * Whether a second person's approval was needed when it was recorded (at or above the four-eyes
     * threshold then): a payment needing it counts as disbursed only once approved. Null only in
     * the instant between migration 0013 adding it and 0015 filling it in (SQLite cannot add a
     * NOT NULL column without a default, and a default would leave the rows unlogged).
     */
    approvalRequired: integer('approval_required', { mode: 'boolean' }),
    /** When it was approved (ISO instant). */
    approvedAt: text('approved_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // Covers the grid's per-grant currency filter and amount sort, and the funding report's sums.
    index('disbursements_grant_currency_idx').on(t.grantId, t.currency, t.amountMinor, t.paidDate, t.grantAmountMinor),
    index('disbursements_tranche_idx').on(t.trancheId),
    index('disbursements_paid_date_idx').on(t.paidDate),
    index('disbursements_amount_idx').on(t.amountMinor),
    check('disbursements_amount_positive', sql`${t.amountMinor} > 0`),
    // The few payments awaiting their second approval, for the approvers' list, without a scan.
    index('disbursements_awaiting_idx').on(t.paidDate).where(sql`${t.approvalRequired} = 1 AND ${t.approvedBy} IS NULL`),
    // Four-eyes, enforced by the database too: nobody approves a disbursement they recorded.
    check('disbursements_four_eyes', sql`${t.approvedBy} IS NULL OR ${t.approvedBy} <> ${t.recordedBy}`),
  ],
);

/** Money the grantee's finance officer records as arrived. */
export const receipts = sqliteTable(
  'receipts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    receivedDate: text('received_date').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency')
      .notNull()
      .references(() => currencies.code),
    /** The amount in the grant's currency: equal to amount_minor, or converted at fx_rate. */
    grantAmountMinor: integer('grant_amount_minor').notNull(),
    fxRate: text('fx_rate'),
    bankReference: text('bank_reference'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // Covers the funding report's received money per grant and year.
    index('receipts_grant_date_idx').on(t.grantId, t.receivedDate, t.grantAmountMinor),
    index('receipts_received_date_idx').on(t.receivedDate),
    check('receipts_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/** Links a receipt to the disbursement(s) it settles, possibly in part. */
export const receiptMatches = sqliteTable(
  'receipt_matches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    disbursementId: integer('disbursement_id')
      .notNull()
      .references(() => disbursements.id),
    amountMinor: integer('amount_minor').notNull(),
    method: text('method', { enum: ['automatic', 'manual'] }).notNull(),
    matchedAt: text('matched_at').notNull(),
  },
  (t) => [index('receipt_matches_receipt_idx').on(t.receiptId), index('receipt_matches_disbursement_idx').on(t.disbursementId)],
);

export const PAYMENT_DIFFERENCE_KINDS = ['exchange_difference', 'bank_charge'] as const;

/**
 * The part of a payment that will never arrive as such, recorded by a person with a reason: an
 * exchange difference (the bank converted at another rate) or a bank charge. It settles that part
 * of the payment the way a receipt does, so the reconciliation closes. Amount in the grant's currency.
 */
export const paymentDifferences = sqliteTable(
  'payment_differences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    disbursementId: integer('disbursement_id')
      .notNull()
      .references(() => disbursements.id),
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    kind: text('kind', { enum: PAYMENT_DIFFERENCE_KINDS }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    reason: text('reason').notNull(),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('payment_differences_disbursement_idx').on(t.disbursementId),
    index('payment_differences_grant_idx').on(t.grantId),
    check('payment_differences_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

/** Exchange rate: 1 unit of base = rate units of quote, on rate_date; rate is an exact decimal string. */
export const fxRates = sqliteTable(
  'fx_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    base: text('base')
      .notNull()
      .references(() => currencies.code),
    quote: text('quote')
      .notNull()
      .references(() => currencies.code),
    rateDate: text('rate_date').notNull(),
    rate: text('rate').notNull(),
    source: text('source'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('fx_rates_pair_date_idx').on(t.base, t.quote, t.rateDate)],
);


/**
 * Money paid and received per grant, kept by triggers on disbursements and receipts (migration
 * 0006): a derived read model, not a record, so it is not audited and can be rebuilt from the
 * payments at any time. The Grants grid sorts by these sums through their indexes instead of
 * summing every grant's payments for each page.
 */
export const grantTotals = sqliteTable(
  'grant_totals',
  {
    grantId: integer('grant_id')
      .primaryKey()
      .references(() => grants.id),
    /** Approved payments and those that needed no approval. */
    disbursedMinor: integer('disbursed_minor').notNull().default(0),
    receivedMinor: integer('received_minor').notNull().default(0),
    /** Payments still awaiting their second approval (not yet disbursed). */
    awaitingMinor: integer('awaiting_minor').notNull().default(0),
  },
  (t) => [index('grant_totals_disbursed_idx').on(t.disbursedMinor), index('grant_totals_received_idx').on(t.receivedMinor)],
);

/**
 * Money per grant and calendar year: committed (tranches by due date, cancelled ones left out),
 * disbursed (by payment date) and received (by receipt date), kept by triggers (migration 0009).
 * A read model for the funding report like grant_totals: not audited, rebuilt by its migration.
 */
export const grantYearTotals = sqliteTable(
  'grant_year_totals',
  {
    grantId: integer('grant_id')
      .notNull()
      .references(() => grants.id),
    year: text('year').notNull(),
    committedMinor: integer('committed_minor').notNull().default(0),
    disbursedMinor: integer('disbursed_minor').notNull().default(0),
    receivedMinor: integer('received_minor').notNull().default(0),
    /** Payments made that year still awaiting their second approval. */
    awaitingMinor: integer('awaiting_minor').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.grantId, t.year] })],
);

/**
 * Set (one row) only while a trigger that keeps grant_totals or grant_year_totals writes to them:
 * the guard triggers refuse any other write to the read models (migration 0012), so sums cannot
 * be edited in the file without leaving the records they are derived from; verify recomputes them.
 */
export const readModelGuard = sqliteTable('read_model_guard', {
  id: integer('id').primaryKey(),
});
