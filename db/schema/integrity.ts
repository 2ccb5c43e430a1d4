
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { grants } from './grants';
import { users } from './users';

/**
 * Append-only, hash-chained record of every change, written by SQLite triggers (so no code path
 * can skip it) and sealed by the core at the end of each command: hash = SHA-256 over the previous
 * hash and a canonical serialisation of the entry. prev_hash and hash stay NULL until sealed.
 */
export const auditEntries = sqliteTable(
  'audit_entries',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    userId: integer('user_id'),
    action: text('action', { enum: ['insert', 'update', 'delete'] }).notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    beforeJson: text('before_json'),
    afterJson: text('after_json'),
    reason: text('reason'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_entries_record_idx').on(t.tableName, t.recordId, t.seq),
    index('audit_entries_user_idx').on(t.userId),
    // With the row id (seq) implied at its end, lists one table's entries in sequence order.
    index('audit_entries_table_idx').on(t.tableName),
  ],
);

/**
 * Who is acting, when and why, for the triggers to copy into audit entries. One row, written by
 * the core at the start of a command and cleared at its end, inside the same transaction.
 */
export const auditContext = sqliteTable('audit_context', {
  id: integer('id').primaryKey(),
  userId: integer('user_id'),
  at: text('at').notNull(),
  reason: text('reason'),
});

export const FLAG_STATUSES = ['open', 'confirmed', 'dismissed'] as const;

/** A red-flag finding: a prompt for review, never an automatic verdict. */
export const flags = sqliteTable(
  'flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ruleId: text('rule_id').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
    objectKind: text('object_kind').notNull(),
    objectId: integer('object_id').notNull(),
    grantId: integer('grant_id').references(() => grants.id),
    paramsJson: text('params_json').notNull(),
    inputsJson: text('inputs_json').notNull(),
    summary: text('summary').notNull(),
    status: text('status', { enum: FLAG_STATUSES }).notNull(),
    computedAt: text('computed_at').notNull(),
    resolvedBy: integer('resolved_by').references(() => users.id),
    resolvedAt: text('resolved_at'),
    resolutionReason: text('resolution_reason'),
  },
  (t) => [index('flags_grant_idx').on(t.grantId), index('flags_rule_idx').on(t.ruleId, t.status)],
);
