import { integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { people } from './people';

export const USER_ROLES = ['administrator', 'coordinator', 'finance_officer', 'funder_auditor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Local accounts; password_hash holds a memory-hard KDF output, never the password. */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale'),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: text('locked_until'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    /** The person this account is, so rules can ask whether an approver is tied to a grantee. */
    personId: integer('person_id').references((): AnySQLiteColumn => people.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);

/** A call the caller's role does not allow, kept (and audited) so that refusals can be reviewed. */
export const accessRefusals = sqliteTable('access_refusals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  userId: integer('user_id').references(() => users.id),
  role: text('role'),
  method: text('method').notNull(),
  reason: text('reason').notNull(),
});
