import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { formatIntegerIn, formatMoneyIn } from '../../core/domain/locale-format';
import { asSession, signInAs } from '../support/demo-core';
import { DisbursementsPage } from './pages/disbursements-page';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

// Expected words come from the English catalogue, amounts from the API and the app's formatter.
const catalogue = (folder: string, ns: string) => JSON.parse(readFileSync(`resources/locales/${folder}/${ns}.json`, 'utf8')) as Record<string, string>;
const en = catalogue('en', 'reports');
const countText = (n: number) => en[n === 1 ? 'disbursementList.count_one' : 'disbursementList.count_other']!.replace('{{count}}', formatIntegerIn(n, 'en'));

type Row = { id: number; paidDate: string; reference: string; grantee: string; country: string; amountMinor: number; currency: string; approved: number };
type Page = { rows: Row[]; lastRow: number };

const SERBIA_EUR = {
  country: { filterType: 'text', type: 'equals', filter: 'RS' },
  currency: { filterType: 'text', type: 'equals', filter: 'EUR' },
} as const;
const BY_AMOUNT_DESC = [{ colId: 'amount', sort: 'desc' }] as const;

let app: E2eApp;
let core: Core;
let screen: DisbursementsPage;

const call = <T>(name: string, input: unknown): T => {
  const r = core.call(name as never, input as never);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const eur = (minor: number) => formatMoneyIn({ amountMinor: minor, currency: 'EUR' }, 'en');
const focusedTestId = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const focusInGrid = () => app.page.evaluate(() => document.activeElement?.closest('[data-testid="disbursements-grid"]') != null);
/** The first rows of Serbia's EUR payments, largest first, as the API gives them. */
const serbianEur = (search = '') => call<Page>('disbursements.page', { startRow: 0, endRow: 50, sortModel: BY_AMOUNT_DESC, filterModel: SERBIA_EUR, search });

beforeAll(async () => {
  // The funder's auditor, who reads everything and changes nothing.
  app = await startApp({ signInAs: 'auditor' });
  core = asSession(app.core, signInAs(app.core, 'auditor'));
  await new GrantsPage(app.page).waitForRows();
  screen = new DisbursementsPage(app.page);
});
afterAll(async () => {
  await app?.close();
});

describe('the Disbursements screen in Chromium', () => {
  it('lists every payment, newest first', async () => {
    await screen.navLink.click();
    await screen.waitForRows();
    expect(await screen.sortOf('paidDate')).toBe('descending');
    const expected = call<Page>('disbursements.page', { startRow: 0, endRow: 20, sortModel: [{ colId: 'paidDate', sort: 'desc' }] });
    await expect.poll(() => screen.count.textContent()).toBe(countText(expected.lastRow));
    const dates = (await screen.columnTexts('paidDate')).slice(0, 10);
    expect(dates).toEqual(expected.rows.slice(0, 10).map((r) => r.paidDate));
    expect([...dates].sort().reverse()).toEqual(dates);
    const total = one<{ n: number }>('SELECT COUNT(*) AS n FROM disbursements').n;
    expect(expected.lastRow).toBe(total);
  });

  it('filters Serbia and EUR from the lists and sorts by amount, largest first', async () => {
    const expected = serbianEur();
    // Checked against the tables themselves, not only against the grid's own query.
    const sql = one<{ n: number; top: number }>(
      `SELECT COUNT(*) AS n, MAX(d.amount_minor) AS top FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE g.country = 'RS' AND d.currency = 'EUR'`,
    );
    expect(sql.n).toBeGreaterThan(1);
    expect(expected.lastRow).toBe(sql.n);
    expect(expected.rows[0]!.amountMinor).toBe(sql.top);

    await screen.choiceFilter('country').selectOption('RS');
    await screen.choiceFilter('currency').selectOption('EUR');
    await expect.poll(() => screen.count.textContent()).toBe(countText(expected.lastRow));
    await screen.clickHeader('amount'); // ascending
    await screen.clickHeader('amount'); // descending
    await expect.poll(() => screen.sortOf('amount')).toBe('descending');

    const shown = Math.min(10, expected.rows.length);
    await expect.poll(async () => (await screen.columnTexts('amount')).slice(0, shown)).toEqual(expected.rows.slice(0, shown).map((r) => eur(r.amountMinor)));
    const amounts = expected.rows.map((r) => r.amountMinor);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    expect(await screen.columnTexts('reference').then((r) => r.slice(0, shown))).toEqual(expected.rows.slice(0, shown).map((r) => r.reference));
    const countries = await screen.columnTexts('country');
    const currencies = await screen.columnTexts('currency');
    expect(countries.length).toBeGreaterThanOrEqual(shown);
    expect(new Set(countries)).toEqual(new Set([en['country.RS']]));
    expect(new Set(currencies)).toEqual(new Set(['EUR']));
    // Amounts sit at the right edge of their cells.
    expect(await screen.cell(0, 'amount').evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  });

  it('opens a payment by click and from the keyboard, and Esc closes it', async () => {
    const expected = serbianEur();
    await screen.cell(0, 'grantee').click();
    await screen.detail.waitFor();
    expect((await screen.detail.getByTestId('disbursement-detail-reference').textContent())?.trim()).toBe(expected.rows[0]!.reference);
    expect((await screen.detail.getByTestId('disbursement-detail-amount').textContent())?.trim()).toBe(eur(expected.rows[0]!.amountMinor));
    expect((await screen.detail.getByTestId('disbursement-detail-date').textContent())?.trim()).toBe(expected.rows[0]!.paidDate);
    // The grid narrows for the panel; wait until its last column's header is drawn again.
    await expect.poll(() => screen.headerText('approved')).toBe(en['disbursementList.column.approved']);
    await app.screenshot('disbursements');

    await app.page.keyboard.press('Escape');
    await expect.poll(() => screen.detail.count()).toBe(0);
    await expect.poll(focusInGrid).toBe(true);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await screen.detail.waitFor();
    await expect.poll(() => screen.detail.getByTestId('disbursement-detail-reference').textContent()).toBe(expected.rows[1]!.reference);
    // Opened from the keyboard, the panel takes focus on its heading.
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.closest('[data-testid="disbursement-detail"]') != null)).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => screen.detail.count()).toBe(0);
    await expect.poll(focusInGrid).toBe(true);
  });

  it('focuses the search with / and narrows the rows by grant reference', async () => {
    await screen.title.click();
    await app.page.keyboard.press('/');
    await expect.poll(focusedTestId).toBe('disbursements-search');
    const reference = serbianEur().rows[0]!.reference;
    await app.page.keyboard.type(reference);
    const expected = serbianEur(reference);
    expect(expected.lastRow).toBeGreaterThan(0);
    await expect.poll(() => screen.count.textContent()).toBe(countText(expected.lastRow));
    const references = new Set(expected.rows.map((r) => r.reference));
    await expect.poll(() => screen.cellText(0, 'reference')).toBe(expected.rows[0]!.reference);
    const shown = await screen.columnTexts('reference');
    expect(shown.length).toBe(Math.min(expected.lastRow, shown.length));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => references.has(r))).toBe(true);
    // Ctrl+F from anywhere else on the page comes back to it.
    await screen.title.click();
    await app.page.keyboard.press('Control+f');
    await expect.poll(focusedTestId).toBe('disbursements-search');
  });

  it('reads in Albanian: headers, yes/no and amounts formatted for Albanian', async () => {
    const sq = catalogue('sq', 'reports');
    const sqGrants = catalogue('sq', 'grants');
    // The search stays when the language changes (the column filters go with the remounted grid): clear it first.
    await screen.search.fill('');
    await app.page.getByTestId('language-select').selectOption('sq');
    await expect.poll(() => screen.headerText('amount')).toBe(sqGrants['disbursements.amount']);
    expect(await screen.headerText('approved')).toBe(sq['disbursementList.column.approved']);
    await screen.waitForRows();
    const newest = call<Page>('disbursements.page', { startRow: 0, endRow: 1, sortModel: [{ colId: 'paidDate', sort: 'desc' }] }).rows[0]!;
    await expect.poll(() => screen.cellText(0, 'amount')).toBe(formatMoneyIn({ amountMinor: newest.amountMinor, currency: newest.currency }, 'sq'));
    expect(await screen.cellText(0, 'approved')).toBe(sq[newest.approved ? 'disbursementList.approved.yes' : 'disbursementList.approved.no']);
    expect(await screen.cellText(0, 'country')).toBe(sq[`country.${newest.country}`] ?? newest.country);
    await screen.cell(0, 'grantee').click();
    await screen.detail.waitFor();
    await expect.poll(() => screen.headerText('approved')).toBe(sq['disbursementList.column.approved']);
    await app.screenshot('disbursements-sq');
    await app.page.keyboard.press('Escape');
  });
});
