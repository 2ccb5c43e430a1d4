import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { formatMoneyIn } from '../../core/domain/locale-format';
import type { UiLocale } from '../../core/domain/locales';
import { asSession, signInAs } from '../support/demo-core';
import { startApp, type E2eApp } from './support/app';

const OWNER = 'Centar za zaštitu i podršku Oaza';
const OSCE = 'OSCE Mission to Serbia';
const eur = (major: number, locale: UiLocale = 'en') => formatMoneyIn({ amountMinor: major * 100, currency: 'EUR' }, locale);

let app: E2eApp;
let coordinator: Core;
let finance: Core;
let grantId: number;
let ministry: string;
let third: string;

function value<T>(r: ReturnType<Core['call']>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
const name = (sql: string, ...args: unknown[]) => (app.core.ctx.db.$client.prepare(sql).get(...args) as { name: string }).name;

beforeAll(async () => {
  app = await startApp({ signInAs: 'coordinator' });
  coordinator = asSession(app.core, signInAs(app.core, 'coordinator'));
  finance = asSession(app.core, signInAs(app.core, 'finance'));
  const org = (n: string) => (app.core.ctx.db.$client.prepare('SELECT id FROM organisations WHERE name = ?').get(n) as { id: number }).id;
  // The grant that will carry OSCE's pledge: 100,000.00 EUR in four quarterly tranches of 2026, 25,000.00 paid in January.
  grantId = value<{ id: number }>(coordinator.call('grants.create', { reference: 'E2E-PLAN-1', title: 'Hotline 2026', purpose: 'hotline', grantorId: org(OSCE), granteeId: org(OWNER), country: 'RS', amountMinor: 10_000_000, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31' })).id;
  value(coordinator.call('grants.setSchedule', { grantId, schedule: { kind: 'quarterly', count: 4, firstDueDate: '2026-01-15' } }));
  value(coordinator.call('grants.transition', { id: grantId, to: 'approved' }));
  value(coordinator.call('grants.transition', { id: grantId, to: 'active' }));
  const db = app.core.ctx.db.$client;
  const tranche = db.prepare('SELECT id FROM tranches WHERE grant_id = ? ORDER BY seq LIMIT 1').pluck().get(grantId) as number;
  const account = db.prepare('SELECT id FROM bank_accounts WHERE organisation_id = ? AND valid_to IS NULL ORDER BY id LIMIT 1').pluck().get(org(OWNER)) as number;
  value(finance.call('disbursements.record', { trancheId: tranche, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: account }));
  ministry = name("SELECT name FROM organisations WHERE kind = 'government' AND country = 'RS' ORDER BY id LIMIT 1");
  third = name("SELECT name FROM organisations WHERE kind IN ('international', 'bilateral') AND name NOT IN (?, ?) ORDER BY id LIMIT 1", OSCE, ministry);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const page = () => app.page;
const gapCells = () => page().locator('[data-testid="coverage-row"] [data-col="gap"]').allTextContents();
const whatIfAfter = () => page().locator('[data-testid="what-if-row"] [data-col="after"]').allTextContents();

async function costLine(kind: string, fields: Record<string, string>) {
  await page().getByTestId('cost-add').click();
  const line = page().getByTestId('cost-line').last();
  await line.getByTestId('cost-kind').selectOption(kind);
  for (const [key, v] of Object.entries(fields)) await line.getByTestId(`cost-${key}`).fill(v);
}

async function pledge(funder: string, year: string, amount: string, pledgedDate: string, committedDate: string, grant?: number) {
  const form = page().getByTestId('pledge-form');
  await form.getByTestId('pledge-funder').selectOption({ label: funder });
  await form.getByTestId('pledge-year').selectOption(year);
  await form.getByTestId('pledge-amount').fill(amount);
  await form.getByTestId('pledge-date').fill(pledgedDate);
  await form.getByTestId('pledge-committed').fill(committedDate);
  if (grant !== undefined) {
    await expect.poll(() => form.getByTestId('pledge-grant').locator(`option[value="${grant}"]`).count()).toBe(1);
    await form.getByTestId('pledge-grant').selectOption(String(grant));
  }
  const before = await page().getByTestId('pledge-row').count();
  await form.getByTestId('pledge-save').click();
  await expect.poll(() => page().getByTestId('pledge-row').count()).toBe(before + 1);
}

describe('funding plans in Chromium', () => {
  it('builds a five-year plan from cost lines, takes pledges from three funders, and shows each year’s gap in chart, table and what-if', async () => {
    await page().getByTestId('nav-plans').click();
    await page().getByTestId('plans-overview').waitFor();
    expect(await page().getByTestId('plans-row').count()).toBe(7);

    await page().getByTestId('plan-new').click();
    await page().getByTestId('plan-title').fill('SOS hotline 2026–2030');
    await page().getByTestId('plan-country').selectOption('RS');
    await page().getByTestId('plan-organisation').selectOption({ label: OWNER });
    await page().getByTestId('plan-first-year').fill('2026');
    await page().getByTestId('plan-save').click();
    await page().getByTestId('plan-detail').waitFor();
    expect(await page().getByTestId('coverage-row').count()).toBe(5);

    // 2026: 4 staff at 30,000; 6 call specialists at 20,000 with 40 training hours at 25; operating 54,000 = 300,000.
    await page().getByTestId('year-tab-2026').click();
    await costLine('staff', { headcount: '4', unitCost: '30000' });
    await costLine('call_specialists', { headcount: '6', unitCost: '20000', trainingHourCost: '25' });
    expect(await page().getByTestId('cost-line').last().getByTestId('cost-trainingHours').inputValue()).toBe('40');
    await costLine('operating', { amount: '54000' });
    await expect.poll(() => page().getByTestId('cost-need').textContent()).toBe(eur(300_000));
    await page().getByTestId('cost-save').click();
    await expect.poll(() => page().getByTestId('year-tab-2026').textContent()).toContain(eur(300_000));
    for (const year of ['2027', '2028', '2029', '2030']) {
      await page().getByTestId(`year-tab-${year}`).click();
      await page().locator(`[data-testid="cost-lines"][data-year="${year}"]`).waitFor();
      await costLine('operating', { amount: '300000' });
      await page().getByTestId('cost-save').click();
      await expect.poll(() => page().getByTestId(`year-tab-${year}`).textContent()).toContain(eur(300_000));
    }

    await pledge(OSCE, '2026', '100000', '2025-12-01', '2026-01-05', grantId);
    await pledge(ministry, '2026', '50000', '2026-02-01', '');
    await pledge(third, '2026', '60000', '2026-02-10', '2026-03-01');
    await pledge(third, '2027', '80000', '2026-06-01', '');

    // 2026: paid 25,000 (the grant's January payment), committed 160,000, pledged 210,000, gap 90,000.
    await expect.poll(gapCells).toEqual([eur(90_000), eur(220_000), eur(300_000), eur(300_000), eur(300_000)]);
    const row2026 = page().locator('[data-testid="coverage-row"][data-year="2026"] td');
    expect(await row2026.allTextContents()).toEqual(expect.arrayContaining([eur(300_000), eur(210_000), eur(160_000), eur(25_000), eur(90_000)]));
    const chart = page().getByTestId('coverage-chart');
    // paid / committed-not-paid / pledged-not-committed / gap per year, in minor units.
    expect(await chart.getAttribute('data-stacks')).toBe('2500000/13500000/5000000/9000000 0/0/8000000/22000000 0/0/0/30000000 0/0/0/30000000 0/0/0/30000000');
    expect(await chart.locator('svg path').count()).toBeGreaterThan(10);
    expect(await page().locator('[data-testid="pledge-row"]').first().textContent()).toContain('E2E-PLAN-1');

    // What if: pledges not yet committed never come; then the third funder gives nothing; then OSCE (whose 25,000 stay paid).
    await expect.poll(whatIfAfter).toEqual([eur(140_000), eur(300_000), eur(300_000), eur(300_000), eur(300_000)]);
    await page().getByTestId('what-if-choice').selectOption({ label: `${third} gives less` });
    await page().getByTestId('what-if-keep').fill('0');
    await expect.poll(whatIfAfter).toEqual([eur(150_000), eur(300_000), eur(300_000), eur(300_000), eur(300_000)]);
    await page().getByTestId('what-if-choice').selectOption({ label: `${OSCE} gives less` });
    await expect.poll(whatIfAfter).toEqual([eur(165_000), eur(220_000), eur(300_000), eur(300_000), eur(300_000)]);
    // Nothing was written by the what-if panel: the table still shows the real gaps.
    expect(await gapCells()).toEqual([eur(90_000), eur(220_000), eur(300_000), eur(300_000), eur(300_000)]);
    await app.screenshot('plans-en');
  }, 120_000);

  it('shows the same plan in Macedonian, figures formatted for it', async () => {
    await page().getByTestId('language-select').selectOption('mk');
    await expect.poll(gapCells).toEqual([eur(90_000, 'mk'), eur(220_000, 'mk'), eur(300_000, 'mk'), eur(300_000, 'mk'), eur(300_000, 'mk')]);
    await expect.poll(() => page().getByTestId('nav-plans').textContent()).toBe('Планови за финансирање');
    await app.screenshot('plans-mk');
    await page().getByTestId('language-select').selectOption('en');
  }, 60_000);
});
