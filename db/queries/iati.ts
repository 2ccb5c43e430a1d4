import { sql } from 'drizzle-orm';
import type { Db } from '../open';

export type IatiGrant = {
  id: number;
  reference: string;
  title: string;
  description: string | null;
  purpose: string;
  status: string;
  country: string;
  currency: string;
  amountMinor: number;
  decisionDate: string | null;
  agreementSignedDate: string | null;
  startDate: string;
  endDate: string;
  updatedAt: string;
  funderId: number;
  funder: string;
  funderKind: string;
  funderIati: string | null;
  granteeId: number;
  grantee: string;
  granteeKind: string;
  granteeIati: string | null;
};

export type IatiMoney = { grantId: number; id: number; date: string; amountMinor: number; currency: string };
export type IatiYear = { grantId: number; year: string; committedMinor: number };

/** Every grant past draft, with its funder and grantee, by id. */
export function iatiGrants(db: Db): IatiGrant[] {
  return db.all<IatiGrant>(sql`
    SELECT g.id, g.reference, g.title, g.description, g.purpose, g.status, g.country, g.currency, g.amount_minor AS amountMinor,
           g.decision_date AS decisionDate, g.agreement_signed_date AS agreementSignedDate, g.start_date AS startDate, g.end_date AS endDate, g.updated_at AS updatedAt,
           f.id AS funderId, f.name AS funder, f.kind AS funderKind, f.iati_identifier AS funderIati,
           e.id AS granteeId, e.name AS grantee, e.kind AS granteeKind, e.iati_identifier AS granteeIati
    FROM grants g JOIN organisations f ON f.id = g.grantor_id JOIN organisations e ON e.id = g.grantee_id
    WHERE g.status <> 'draft' ORDER BY g.id`);
}

/** Payments, in grant order then date, streamed (the large set has hundreds of thousands). */
export function iatiDisbursements(db: Db): IterableIterator<IatiMoney> {
  return db.$client
    .prepare(`SELECT d.grant_id AS grantId, d.id, d.paid_date AS date, d.amount_minor AS amountMinor, d.currency FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.status <> 'draft' ORDER BY d.grant_id, d.paid_date, d.id`)
    .iterate() as IterableIterator<IatiMoney>;
}

export function iatiReceipts(db: Db): IterableIterator<IatiMoney> {
  return db.$client
    .prepare(`SELECT r.grant_id AS grantId, r.id, r.received_date AS date, r.amount_minor AS amountMinor, r.currency FROM receipts r JOIN grants g ON g.id = r.grant_id WHERE g.status <> 'draft' ORDER BY r.grant_id, r.received_date, r.id`)
    .iterate() as IterableIterator<IatiMoney>;
}

export function iatiYears(db: Db): IatiYear[] {
  return db.all<IatiYear>(sql`SELECT grant_id AS grantId, year, committed_minor AS committedMinor FROM grant_year_totals WHERE committed_minor > 0 ORDER BY grant_id, year`);
}
