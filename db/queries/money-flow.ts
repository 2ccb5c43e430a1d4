import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { bankAccounts, currencies, disbursements, grantAmendments, grants, organisations, receipts, tranches } from '../schema';

export function organisationExists(db: Db, id: number): boolean {
  return db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id)).get() !== undefined;
}

export function grantByReference(db: Db, reference: string) {
  return db.select({ id: grants.id }).from(grants).where(eq(grants.reference, reference)).get();
}

export function insertGrant(db: Db, v: typeof grants.$inferInsert): number {
  return db.insert(grants).values(v).returning({ id: grants.id }).get().id;
}

/** A grant with what schedules and payments need to know. */
export function grantForMoney(db: Db, id: number) {
  return db
    .select({ id: grants.id, reference: grants.reference, status: grants.status, grantorId: grants.grantorId, granteeId: grants.granteeId, amountMinor: grants.amountMinor, currency: grants.currency, minorUnits: currencies.minorUnits, startDate: grants.startDate, endDate: grants.endDate })
    .from(grants)
    .innerJoin(currencies, eq(currencies.code, grants.currency))
    .where(eq(grants.id, id))
    .get();
}

export function disbursementCount(db: Db, grantId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(disbursements).where(eq(disbursements.grantId, grantId)).get()?.n ?? 0;
}

export function receiptCount(db: Db, grantId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(receipts).where(eq(receipts.grantId, grantId)).get()?.n ?? 0;
}

/** How many disbursements were recorded against one tranche. */
export function trancheDisbursementCount(db: Db, trancheId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(disbursements).where(eq(disbursements.trancheId, trancheId)).get()?.n ?? 0;
}

/** Moves a tranche from one stored status to another; false when it was no longer in `from`. */
export function setTrancheStatus(db: Db, id: number, from: (typeof tranches.$inferSelect)['status'], to: (typeof tranches.$inferSelect)['status']): boolean {
  return db.update(tranches).set({ status: to }).where(and(eq(tranches.id, id), eq(tranches.status, from))).run().changes === 1;
}

export function replaceTranches(db: Db, grantId: number, rows: Omit<typeof tranches.$inferInsert, 'grantId'>[]): void {
  db.delete(tranches).where(eq(tranches.grantId, grantId)).run();
  for (const r of rows) db.insert(tranches).values({ ...r, grantId }).run();
}

export function trancheById(db: Db, id: number) {
  return db.select().from(tranches).where(eq(tranches.id, id)).get();
}

/** Sums already paid, in the grant's currency: against one tranche, and against the whole grant. */
export function paidSoFar(db: Db, grantId: number, trancheId: number): { tranche: number; grant: number } {
  const r = db.get<{ tranche: number; grant: number }>(sql`
    SELECT COALESCE(SUM(CASE WHEN tranche_id = ${trancheId} THEN grant_amount_minor END), 0) AS tranche,
           COALESCE(SUM(grant_amount_minor), 0) AS grant
    FROM disbursements WHERE grant_id = ${grantId}`);
  return r ?? { tranche: 0, grant: 0 };
}

export function bankAccountOf(db: Db, id: number) {
  return db.select().from(bankAccounts).where(eq(bankAccounts.id, id)).get();
}

export function currencyMinorUnits(db: Db, code: string): number | undefined {
  return db.select({ mu: currencies.minorUnits }).from(currencies).where(eq(currencies.code, code)).get()?.mu;
}

export function insertDisbursementRow(db: Db, v: typeof disbursements.$inferInsert): number {
  return db.insert(disbursements).values(v).returning({ id: disbursements.id }).get().id;
}

export function markTrancheReleased(db: Db, id: number): void {
  db.update(tranches).set({ status: 'released' }).where(and(eq(tranches.id, id), eq(tranches.status, 'planned'))).run();
}

export function setConditionMet(db: Db, id: number, metDate: string, note: string | null): void {
  db.update(tranches).set({ conditionMetDate: metDate, conditionNote: note }).where(eq(tranches.id, id)).run();
}

/** A grant's tranches, last first, with what has been paid against each (grant currency). */
export function tranchesWithPaid(db: Db, grantId: number) {
  return db.all<{ id: number; seq: number; dueDate: string; amountMinor: number; status: string; paid: number }>(sql`
    SELECT t.id AS id, t.seq AS seq, t.due_date AS dueDate, t.amount_minor AS amountMinor, t.status AS status,
           COALESCE((SELECT SUM(d.grant_amount_minor) FROM disbursements d WHERE d.tranche_id = t.id), 0) AS paid
    FROM tranches t WHERE t.grant_id = ${grantId} ORDER BY t.seq DESC`);
}

export function setTrancheAmount(db: Db, id: number, amountMinor: number): void {
  db.update(tranches).set({ amountMinor }).where(eq(tranches.id, id)).run();
}

export function deleteTranche(db: Db, id: number): void {
  db.delete(tranches).where(eq(tranches.id, id)).run();
}

export function addTranche(db: Db, v: typeof tranches.$inferInsert): void {
  db.insert(tranches).values(v).run();
}

/** A tranche re-denominated: its amount in the grant's new currency. */
export function setTrancheAmountAndCurrency(db: Db, id: number, amountMinor: number, currency: string): void {
  db.update(tranches).set({ amountMinor, currency }).where(eq(tranches.id, id)).run();
}

export function updateGrantTerms(
  db: Db,
  id: number,
  v: { amountMinor: number; endDate: string; startDate: string; granteeId: number; currency: string; updatedAt: string },
): void {
  db.update(grants).set(v).where(eq(grants.id, id)).run();
}

export function insertAmendment(db: Db, v: typeof grantAmendments.$inferInsert): void {
  db.insert(grantAmendments).values(v).run();
}
