/** Plain inserts for organisations and their bank accounts; no business rules here. */
import type { Db } from '../open';
import { bankAccounts, organisations } from '../schema';

export type NewOrganisation = typeof organisations.$inferInsert;
export type NewBankAccount = typeof bankAccounts.$inferInsert;

export function insertOrganisation(db: Db, values: NewOrganisation): number {
  return db.insert(organisations).values(values).returning({ id: organisations.id }).get().id;
}

export function insertBankAccount(db: Db, values: NewBankAccount): number {
  return db.insert(bankAccounts).values(values).returning({ id: bankAccounts.id }).get().id;
}
