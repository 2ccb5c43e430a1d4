import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { formatAmountIn, formatMoneyIn } from '../../core/domain/locale-format';
import { asSession, signInAs } from '../support/demo-core';
import { GrantsPage } from './pages/grants-page';
import { ReconciliationPage } from './pages/reconciliation-page';
import { startApp, type E2eApp } from './support/app';

let app: E2eApp;
let core: Core;
const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const call = <T>(name: string, input: unknown): T => {
  const r = core.call(name as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};

beforeAll(async () => {
  app = await startApp({ signInAs: 'coordinator' });
  core = asSession(app.core, signInAs(app.core, 'coordinator'));
  await new GrantsPage(app.page).waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('matching a receipt to a disbursement by hand, in Chromium', () => {
  it('matches a receipt the automatic matching left open, and its discrepancy goes away', async () => {
    const today = call<{ today: string }>('app.info', {}).today;
    // A fresh disbursement on an active grant (every demo one has been received), then a receipt
    // with an amount no open payment has left and another reference, so the automatic matching
    // leaves the receipt open.
    const t = one<{ trancheId: number; grantId: number; reference: string; currency: string; account: number }>(
      `SELECT t.id AS trancheId, g.id AS grantId, g.reference, g.currency,
              t.amount_minor - COALESCE((SELECT SUM(d.grant_amount_minor) FROM disbursements d WHERE d.tranche_id = t.id), 0) AS trancheLeft,
              g.amount_minor - COALESCE((SELECT SUM(d.grant_amount_minor) FROM disbursements d WHERE d.grant_id = g.id), 0) AS grantLeft,
              (SELECT b.id FROM bank_accounts b WHERE b.organisation_id = g.grantee_id AND b.valid_from <= ? AND (b.valid_to IS NULL OR b.valid_to >= ?) ORDER BY b.id LIMIT 1) AS account
         FROM tranches t JOIN grants g ON g.id = t.grant_id
        WHERE g.status = 'active' AND t.status NOT IN ('withheld', 'cancelled') AND g.start_date <= ?
          AND trancheLeft > 100000 AND grantLeft > 100000 AND account IS NOT NULL
        ORDER BY t.id LIMIT 1`,
      today,
      today,
      today,
    );
    expect(t).toBeDefined();
    const paidMinor = 100_000;
    const d = call<{ id: number; grantAmountMinor: number }>('disbursements.record', {
      trancheId: t.trancheId,
      paidDate: today,
      amountMinor: paidMinor,
      currency: t.currency,
      bankAccountId: t.account,
      bankReference: 'E2E-PAID-1',
      overrideReason: 'End-to-end test of manual matching',
    });
    const amountMinor = d.grantAmountMinor - 7;
    const receipt = call<{ id: number; matches: unknown[] }>('receipts.record', { grantId: t.grantId, receivedDate: today, amountMinor, currency: t.currency, bankReference: 'E2E-MANUAL-1' });
    expect(receipt.matches).toEqual([]);
    const shown = formatMoneyIn({ amountMinor, currency: t.currency }, 'en');
    const unmatchedText = `${shown} was received but matches no disbursement.`;

    const recon = new ReconciliationPage(app.page);
    await recon.navLink.click();
    await expect.poll(() => recon.cellText(0, 'reference')).not.toBe('');
    await recon.floatingFilter('reference').fill(t.reference);
    await expect.poll(() => recon.cellText(0, 'reference')).toBe(t.reference);
    await expect.poll(() => recon.cell(1, 'reference').count()).toBe(0);
    await recon.cell(0, 'grantee').click();
    await recon.detail.waitFor();
    const discrepancies = recon.detail.getByTestId('discrepancy');
    await expect.poll(() => discrepancies.filter({ hasText: unmatchedText }).count()).toBe(1);

    const line = recon.detail.getByTestId('unmatched-receipt').filter({ hasText: 'E2E-MANUAL-1' });
    await line.getByTestId('match-open').click();
    const form = recon.detail.getByTestId('match-form');
    await form.waitFor();
    await form.getByTestId('match-payment').selectOption(String(d.id));
    // The smaller of the two remainders, typed as the user would in English.
    expect(await form.getByTestId('match-amount').inputValue()).toBe(formatAmountIn({ amountMinor, currency: t.currency }, 'en'));

    // More than the receipt has left is refused at the field.
    await form.getByTestId('match-amount').fill(formatAmountIn({ amountMinor: amountMinor + 100, currency: t.currency }, 'en'));
    await form.getByTestId('match-save').click();
    await expect.poll(() => form.getByTestId('match-amount-error').textContent()).toContain('At most');
    await app.screenshot('reconciliation-match-error');

    await form.getByTestId('match-amount').fill(formatAmountIn({ amountMinor, currency: t.currency }, 'en'));
    await app.screenshot('reconciliation-match-form');
    await form.getByTestId('match-save').click();
    await recon.detail.getByTestId('match-result').waitFor();
    await expect.poll(() => discrepancies.filter({ hasText: unmatchedText }).count()).toBe(0);
    expect(await recon.detail.getByTestId('unmatched-receipt').filter({ hasText: 'E2E-MANUAL-1' }).count()).toBe(0);
    const m = one<{ amountMinor: number; method: string }>('SELECT amount_minor AS amountMinor, method FROM receipt_matches WHERE receipt_id = ?', receipt.id);
    expect(m).toEqual({ amountMinor, method: 'manual' });
    await app.screenshot('reconciliation-matched');
  });
});
