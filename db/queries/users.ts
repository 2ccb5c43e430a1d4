import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { accessRefusals, users, type UserRole } from '../schema';

export type UserRecord = typeof users.$inferSelect;

export function userByUsername(db: Db, username: string): UserRecord | undefined {
  return db.select().from(users).where(eq(users.username, username)).get();
}

export function userById(db: Db, id: number): UserRecord | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function userCount(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
}

/** Users for lists: never the password hash. */
export function listUsers(db: Db) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, disabled: users.disabled, lockedUntil: users.lockedUntil })
    .from(users)
    .orderBy(users.username)
    .all();
}

export function insertUser(db: Db, v: { username: string; displayName: string; role: UserRole; passwordHash: string; createdAt: string }): number {
  return db.insert(users).values(v).returning({ id: users.id }).get().id;
}

export function recordSignInFailure(db: Db, id: number, failures: number, lockedUntil: string | null): void {
  db.update(users).set({ failedSignIns: failures, lockedUntil }).where(eq(users.id, id)).run();
}

export function recordSignInSuccess(db: Db, id: number): void {
  db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, id)).run();
}

export function setUserLocale(db: Db, id: number, locale: string): void {
  db.update(users).set({ locale }).where(eq(users.id, id)).run();
}

export function insertAccessRefusal(db: Db, v: { at: string; userId: number | null; role: string | null; method: string; reason: string }): void {
  db.insert(accessRefusals).values(v).run();
}

export function setUserDisabled(db: Db, id: number, disabled: boolean): void {
  db.update(users).set({ disabled }).where(eq(users.id, id)).run();
}
