import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { bankAccounts, countries, currencies, disbursements, grantAmendments, grants, organisations, receipts, tranches, users } from '../schema';

/** A grant with its parties, as stored. */
export function grantById(db: Db, id: number) {
  const grantor = alias(organisations, 'grantor');
  const grantee = alias(organisations, 'grantee');
  return db
    .select({
      id: grants.id,
      reference: grants.reference,
      title: grants.title,
      purpose: grants.purpose,
      description: grants.description,
      grantorId: grants.grantorId,
      grantor: grantor.name,
      granteeId: grants.granteeId,
      grantee: grantee.name,
      country: grants.country,
      countryName: countries.name,
      amountMinor: grants.amountMinor,
      currency: grants.currency,
      minorUnits: currencies.minorUnits,
      status: grants.status,
      awardMethod: grants.awardMethod,
      decisionDate: grants.decisionDate,
      agreementSignedDate: grants.agreementSignedDate,
      awardApprovedAt: grants.awardApprovedAt,
      awardApprovedBy: sql<string | null>`(SELECT display_name FROM users WHERE id = ${grants.awardApprovedBy})`,
      budgetLineId: grants.budgetLineId,
      budgetLine: sql<string | null>`(SELECT description FROM budget_lines WHERE id = ${grants.budgetLineId})`,
      startDate: grants.startDate,
      endDate: grants.endDate,
    })
    .from(grants)
    .innerJoin(grantor, eq(grantor.id, grants.grantorId))
    .innerJoin(grantee, eq(grantee.id, grants.granteeId))
    .innerJoin(countries, eq(countries.code, grants.country))
    .innerJoin(currencies, eq(currencies.code, grants.currency))
    .where(eq(grants.id, id))
    .get();
}

/** A grant's tranches in schedule order. */
export function tranchesOfGrant(db: Db, grantId: number) {
  return db
    .select({
      id: tranches.id,
      seq: tranches.seq,
      dueDate: tranches.dueDate,
      amountMinor: tranches.amountMinor,
      currency: tranches.currency,
      releaseCondition: tranches.releaseCondition,
      conditionMetDate: tranches.conditionMetDate,
      status: tranches.status,
    })
    .from(tranches)
    .where(eq(tranches.grantId, grantId))
    .orderBy(asc(tranches.seq))
    .all();
}

/** A grant's disbursements by payment date, with the payee account. */
export function disbursementsOfGrant(db: Db, grantId: number) {
  return db
    .select({
      id: disbursements.id,
      trancheId: disbursements.trancheId,
      paidDate: disbursements.paidDate,
      amountMinor: disbursements.amountMinor,
      currency: disbursements.currency,
      grantAmountMinor: disbursements.grantAmountMinor,
      recordedBy: disbursements.recordedBy,
      approvedBy: disbursements.approvedBy,
      storedApprovalRequired: disbursements.approvalRequired,
      approvedAt: disbursements.approvedAt,
      iban: bankAccounts.iban,
      bankName: bankAccounts.bankName,
      bankReference: disbursements.bankReference,
    })
    .from(disbursements)
    .leftJoin(bankAccounts, eq(bankAccounts.id, disbursements.bankAccountId))
    .where(eq(disbursements.grantId, grantId))
    .orderBy(asc(disbursements.paidDate), asc(disbursements.id))
    .all();
}

/** A grant's receipts by date received. */
export function receiptsOfGrant(db: Db, grantId: number) {
  return db
    .select({
      id: receipts.id,
      receivedDate: receipts.receivedDate,
      amountMinor: receipts.amountMinor,
      currency: receipts.currency,
      grantAmountMinor: receipts.grantAmountMinor,
      bankReference: receipts.bankReference,
    })
    .from(receipts)
    .where(eq(receipts.grantId, grantId))
    .orderBy(asc(receipts.receivedDate), asc(receipts.id))
    .all();
}

/** A grant's amendments, oldest first, with who made them. */
export function amendmentsOfGrant(db: Db, grantId: number) {
  return db
    .select({ id: grantAmendments.id, field: grantAmendments.field, oldValue: grantAmendments.oldValue, newValue: grantAmendments.newValue, reason: grantAmendments.reason, madeAt: grantAmendments.madeAt, madeBy: users.displayName })
    .from(grantAmendments)
    .leftJoin(users, eq(users.id, grantAmendments.madeBy))
    .where(eq(grantAmendments.grantId, grantId))
    .orderBy(asc(grantAmendments.id))
    .all();
}
