import { and, asc, eq, isNull, lte, or, gte } from 'drizzle-orm';
import type { Db } from '../open';
import { bankAccounts, organisations } from '../schema';

/** Organisations for pickers: funders and grantees not deactivated, by name. */
export function organisationOptions(db: Db) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, side: organisations.side, country: organisations.country })
    .from(organisations)
    .where(isNull(organisations.deactivatedAt))
    .orderBy(asc(organisations.name))
    .all();
}

/** An organisation's registered bank accounts, optionally only those valid on `date`. */
export function accountsOf(db: Db, organisationId: number, date?: string) {
  const valid = date ? and(lte(bankAccounts.validFrom, date), or(isNull(bankAccounts.validTo), gte(bankAccounts.validTo, date))) : undefined;
  return db
    .select({ id: bankAccounts.id, iban: bankAccounts.iban, bankName: bankAccounts.bankName, currency: bankAccounts.currency, validFrom: bankAccounts.validFrom, validTo: bankAccounts.validTo })
    .from(bankAccounts)
    .where(valid ? and(eq(bankAccounts.organisationId, organisationId), valid) : eq(bankAccounts.organisationId, organisationId))
    .orderBy(asc(bankAccounts.id))
    .all();
}
