import type Database from 'better-sqlite3';

// Plain prepared statements for importing many disbursements in one transaction: the statement
// cache in db/open.ts compiles each once, and no query builder runs per row.

export type ImportGrant = { id: number; reference: string; status: string; granteeId: number; startDate: string; amountMinor: number; currency: string; minorUnits: number };
export type ImportTranche = { id: number; grantId: number; seq: number; amountMinor: number; status: string; releaseCondition: string | null; conditionMetDate: string | null };
export type ImportAccount = { organisationId: number; validFrom: string; validTo: string | null };

export function importLookups(sqlite: Database.Database) {
  const tranche = sqlite.prepare(
    `SELECT id, grant_id AS grantId, seq, amount_minor AS amountMinor, status, release_condition AS releaseCondition, condition_met_date AS conditionMetDate
     FROM tranches WHERE id = ?`,
  );
  const grant = sqlite.prepare(
    `SELECT g.id, g.reference, g.status, g.grantee_id AS granteeId, g.start_date AS startDate, g.amount_minor AS amountMinor, g.currency, c.minor_units AS minorUnits
     FROM grants g JOIN currencies c ON c.code = g.currency WHERE g.id = ?`,
  );
  const account = sqlite.prepare('SELECT organisation_id AS organisationId, valid_from AS validFrom, valid_to AS validTo FROM bank_accounts WHERE id = ?');
  const paidTranche = sqlite.prepare('SELECT COALESCE(SUM(grant_amount_minor), 0) FROM disbursements WHERE tranche_id = ?').pluck();
  const paidGrant = sqlite.prepare('SELECT COALESCE(SUM(grant_amount_minor), 0) FROM disbursements WHERE grant_id = ?').pluck();
  const minorUnits = sqlite.prepare('SELECT minor_units FROM currencies WHERE code = ?').pluck();
  const rate = sqlite.prepare("SELECT rate FROM fx_rates WHERE base = 'EUR' AND quote = ? AND rate_date <= ? ORDER BY rate_date DESC LIMIT 1").pluck();
  return {
    tranche: (id: number) => tranche.get(id) as ImportTranche | undefined,
    grant: (id: number) => grant.get(id) as ImportGrant | undefined,
    account: (id: number) => account.get(id) as ImportAccount | undefined,
    paidOnTranche: (id: number) => paidTranche.get(id) as number,
    paidOnGrant: (id: number) => paidGrant.get(id) as number,
    minorUnits: (code: string) => minorUnits.get(code) as number | undefined,
    /** Units of `currency` per EUR on or before `date`, as stored (exact decimal string). */
    perEur: (currency: string, date: string) => rate.get(currency, date) as string | undefined,
  };
}

export type DisbursementRow = {
  grantId: number;
  trancheId: number;
  paidDate: string;
  amountMinor: number;
  currency: string;
  grantAmountMinor: number;
  fxRate: string | null;
  bankAccountId: number;
  bankReference: string | null;
  overrideReason: string | null;
  recordedBy: number;
  /** 1 when a second approval is needed (at or above the four-eyes threshold), else 0. */
  approvalRequired: 0 | 1;
  createdAt: string;
};

export function importWriters(sqlite: Database.Database) {
  const insert = sqlite.prepare(
    `INSERT INTO disbursements (grant_id, tranche_id, paid_date, amount_minor, currency, grant_amount_minor, fx_rate, bank_account_id, bank_reference, override_reason, recorded_by, approved_by, approval_required, created_at)
     VALUES (@grantId, @trancheId, @paidDate, @amountMinor, @currency, @grantAmountMinor, @fxRate, @bankAccountId, @bankReference, @overrideReason, @recordedBy, NULL, @approvalRequired, @createdAt)`,
  );
  const release = sqlite.prepare("UPDATE tranches SET status = 'released' WHERE id = ? AND status = 'planned'");
  return {
    insert: (r: DisbursementRow) => Number(insert.run(r).lastInsertRowid),
    markReleased: (trancheId: number) => void release.run(trancheId),
  };
}
