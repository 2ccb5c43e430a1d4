/** Plain writes for organisations, their bank accounts and budget lines; no business rules here. */
import type { Db } from '../open';
import { eq } from 'drizzle-orm';
import { bankAccounts, budgetLines, organisations } from '../schema';

export type NewOrganisation = typeof organisations.$inferInsert;
export type NewBankAccount = typeof bankAccounts.$inferInsert;

export function insertOrganisation(db: Db, values: NewOrganisation): number {
  return db.insert(organisations).values(values).returning({ id: organisations.id }).get().id;
}

export function insertBankAccount(db: Db, values: NewBankAccount): number {
  return db.insert(bankAccounts).values(values).returning({ id: bankAccounts.id }).get().id;
}

export function updateOrganisation(db: Db, id: number, values: Partial<NewOrganisation>): void {
  db.update(organisations).set(values).where(eq(organisations.id, id)).run();
}

/** Ends an account's link on `validTo` (the last day money may go to it). */
export function closeBankAccount(db: Db, id: number, validTo: string): void {
  db.update(bankAccounts).set({ validTo }).where(eq(bankAccounts.id, id)).run();
}

export function insertBudgetLine(db: Db, values: typeof budgetLines.$inferInsert): number {
  return db.insert(budgetLines).values(values).returning({ id: budgetLines.id }).get().id;
}
