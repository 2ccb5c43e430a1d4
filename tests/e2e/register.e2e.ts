import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { NewGrantDialog } from './pages/new-grant-dialog';
import { RegisterPage } from './pages/register-page';
import { startApp, type E2eApp } from './support/app';

const NGO = 'Udruženje Svitanje';
const DIRECTOR = 'Vesna Ilić';
const IBAN = 'RS35105008123123123173';
const REFERENCE = 'OSCE-RS-2026-E2E';

let app: E2eApp;
let organisations: RegisterPage;
let people: RegisterPage;

const one = <T>(q: string, ...args: unknown[]) => app.core.ctx.db.$client.prepare(q).get(...args) as T;
const fill = async (pairs: Record<string, string>) => {
  for (const [testId, value] of Object.entries(pairs)) await app.page.getByTestId(testId).fill(value);
};

beforeAll(async () => {
  app = await startApp({ signInAs: 'coordinator', allowConsoleErrors: [/status of 400/] });
  organisations = new RegisterPage(app.page, 'organisations');
  people = new RegisterPage(app.page, 'people');
  await new GrantsPage(app.page).waitForRows();
});
afterAll(async () => {
  await app?.close();
});

describe('the register in Chromium: a new NGO, its account and director, a grant to it and a tranche paid', () => {
  it('registers the NGO, its phone stored in E.164', async () => {
    await organisations.navLink.click();
    await organisations.waitForRows('name');
    await app.page.getByTestId('new-organisation').click();
    await app.page.getByTestId('organisation-dialog').waitFor();
    await fill({ 'org-name': NGO, 'org-registrationNumber': '28777001', 'org-registrationDate': '2020-05-11', 'org-address': 'Takovska', 'org-streetNumber': '9', 'org-postcode': '11000', 'org-city': 'Beograd', 'org-phone': '011 334 5566', 'org-email': 'info@svitanje.example' });
    await app.page.getByTestId('org-country').selectOption('RS');
    await app.page.getByTestId('organisation-dialog-save').click();
    await expect.poll(() => app.page.getByTestId('organisation-dialog').count()).toBe(0);
    expect(one('SELECT kind, side, phone, email FROM organisations WHERE name = ?', NGO)).toEqual({ kind: 'ngo', side: 'grantee', phone: '+381113345566', email: 'info@svitanje.example' });
  });

  it('refuses a mistyped IBAN at its field, then registers the account', async () => {
    await organisations.open(NGO, 'name');
    await app.page.getByTestId('organisation-detail').waitFor();
    await app.page.getByTestId('account-add').click();
    await fill({ 'account-iban': 'RS35 1050 0812 3123 1231 74', 'account-bankName': 'AIK Banka', 'account-validFrom': '2020-06-01', 'account-reason': 'Account confirmed by the bank in writing' });
    await app.page.getByTestId('account-currency').selectOption('EUR');
    await app.page.getByTestId('account-save').click();
    await app.page.getByTestId('account-iban-error').waitFor();
    expect(await app.page.getByTestId('account-iban-error').textContent()).toContain('check digits');
    expect(one<{ n: number }>('SELECT COUNT(*) AS n FROM bank_accounts WHERE iban LIKE ?', 'RS351050081231231231%').n).toBe(0);
    await fill({ 'account-iban': 'rs35 1050 0812 3123 1231 73' });
    await app.page.getByTestId('account-save').click();
    await expect.poll(() => app.page.getByTestId('account-row').count()).toBe(1);
    expect(await app.page.getByTestId('account-row').textContent()).toContain(IBAN);
    await app.page.getByTestId('budget-line-add').click();
    await fill({ 'budget-line-description': 'Shelter running costs 2026', 'budget-line-start': '2026-01-01', 'budget-line-end': '2026-12-31', 'budget-line-amount': '30,000.00' });
    await app.page.getByTestId('budget-line-currency').selectOption('EUR');
    await app.page.getByTestId('budget-line-save').click();
    await expect.poll(() => app.page.getByTestId('organisation-budget-lines').textContent()).toContain('Shelter running costs 2026');
  });

  it('registers its director on the People screen', async () => {
    await people.navLink.click();
    await people.waitForRows('fullName');
    await app.page.getByTestId('new-person').click();
    await fill({ 'person-fullName': DIRECTOR, 'person-email': 'vesna.ilic@mail.example', 'person-phone': '064 555 1234' });
    await app.page.getByTestId('person-country').selectOption('RS');
    await app.page.getByTestId('person-dialog-save').click();
    await expect.poll(() => app.page.getByTestId('person-dialog').count()).toBe(0);
    await people.open(DIRECTOR, 'fullName');
    await app.page.getByTestId('person-role-add').click();
    await fill({ 'role-other': NGO, 'role-start': '2020-05-11', 'role-source': 'APR register extract' });
    await app.page.getByTestId('role-save').click();
    await expect.poll(() => app.page.getByTestId('person-roles').textContent()).toContain(NGO);
    expect(one('SELECT p.phone, r.role, r.source FROM people p JOIN person_roles r ON r.person_id = p.id WHERE p.full_name = ?', DIRECTOR)).toEqual({ phone: '+381645551234', role: 'director', source: 'APR register extract' });
  });

  it('creates a grant to it with its award details and budget line; approving records who and when', async () => {
    const grants = new GrantsPage(app.page);
    const dialog = new NewGrantDialog(app.page);
    await app.page.getByTestId('nav-grants').click();
    await grants.waitForRows();
    await dialog.open();
    await dialog.fill({ reference: REFERENCE, title: 'Shelter for survivors 2026', grantor: 'OSCE Mission to Serbia', grantee: NGO, country: 'RS', amount: '30,000.00', currency: 'EUR', startDate: '2026-02-01', endDate: '2026-12-31' });
    await app.page.getByTestId('grant-award-method').selectOption('restricted');
    await fill({ 'grant-decision-date': '2026-01-10', 'grant-signed-date': '2026-01-20' });
    await expect.poll(() => app.page.getByTestId('grant-budget-line').locator('option').count()).toBe(2);
    await app.page.getByTestId('grant-budget-line').selectOption({ index: 1 });
    await dialog.submitWithEnter();
    const panel = new GrantPanel(app.page);
    await expect.poll(() => panel.panel.textContent()).toContain(REFERENCE);
    await panel.openSchedule.click();
    await panel.scheduleKind.selectOption('quarterly');
    await panel.scheduleCount.fill('4');
    await panel.scheduleFirstDue.fill('2026-02-15');
    await expect.poll(() => panel.previewRows.count()).toBe(4);
    await panel.saveSchedule.click();
    await expect.poll(() => panel.trancheRows.count()).toBe(4);
    await panel.transition('approved').click();
    await panel.transition('active').waitFor();
    await panel.transition('active').click();
    await panel.transition('suspended').waitFor();
    await expect.poll(() => app.page.getByTestId('grant-award-approval').textContent()).toBe('Demo Coordinator, 2026-11-24');
    expect(one('SELECT award_method, decision_date, agreement_signed_date, b.description FROM grants g JOIN budget_lines b ON b.id = g.budget_line_id WHERE reference = ?', REFERENCE)).toEqual({
      award_method: 'restricted', decision_date: '2026-01-10', agreement_signed_date: '2026-01-20', description: 'Shelter running costs 2026',
    });
  });

  it('pays the first tranche to the new account, the only one offered', async () => {
    const panel = new GrantPanel(app.page);
    await panel.recordDisbursement.first().click();
    await panel.disbursementForm.waitFor();
    const options = await panel.disbursementField('account').locator('option').allTextContents();
    expect(options.filter((o) => o.includes('RS35'))).toHaveLength(1);
    const value = await panel.disbursementField('account').locator('option', { hasText: 'RS35' }).getAttribute('value');
    await panel.disbursementField('account').selectOption(value!);
    await panel.disbursementField('reference').fill('TRN-SVITANJE-01');
    await panel.disbursementField('reference').press('Enter');
    await panel.disbursementResult.waitFor();
    await expect.poll(() => panel.disbursementRows.count()).toBe(1);
    expect(
      one("SELECT d.amount_minor, d.currency, a.iban FROM disbursements d JOIN bank_accounts a ON a.id = d.bank_account_id WHERE d.bank_reference = 'TRN-SVITANJE-01'"),
    ).toEqual({ amount_minor: 750_000, currency: 'EUR', iban: IBAN });
  });

  it('filters organisations by kind, side and country from lists, and works from the keyboard', async () => {
    await organisations.navLink.click();
    await organisations.waitForRows('name');
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const inside = (testId: string) => app.page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) != null, testId);
    const expected = one<{ n: number }>("SELECT COUNT(*) AS n FROM organisations WHERE kind = 'ngo' AND side = 'grantee' AND country = 'RS'").n;
    await organisations.choiceFilter('kind').selectOption('ngo');
    await organisations.choiceFilter('side').selectOption('grantee');
    await organisations.choiceFilter('country').selectOption('RS');
    await expect.poll(() => organisations.count.textContent()).toBe(`${expected} organisations`);
    await app.page.keyboard.press('/');
    await expect.poll(focused).toBe('organisations-search');
    await app.page.keyboard.type('Svitanje');
    await expect.poll(() => organisations.count.textContent()).toBe('1 organisation');
    await organisations.cell(0, 'name').click();
    await app.page.getByTestId('organisation-detail').waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('organisation-detail').count()).toBe(0);
    await expect.poll(() => inside('organisations-grid')).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('organisation-detail').waitFor();
    // Opened from the keyboard, the panel takes focus on its heading.
    await expect.poll(() => inside('organisation-detail')).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => inside('organisations-grid')).toBe(true);
  });

  it('shows the Organisations and People screens, in English and in Serbian', async () => {
    for (const lang of ['en', 'sr-Latn']) {
      if (lang !== 'en') await app.page.getByTestId('language-select').selectOption(lang);
      await organisations.navLink.click();
      await organisations.open(NGO, 'name');
      await app.page.getByTestId('organisation-detail').waitFor();
      await expect.poll(() => app.page.getByTestId('organisation-grantsReceived').textContent()).toContain(REFERENCE);
      await app.screenshot(`register-organisations-${lang}`);
      await people.navLink.click();
      await people.open(DIRECTOR, 'fullName');
      await app.page.getByTestId('person-detail').waitFor();
      await app.screenshot(`register-people-${lang}`);
    }
    expect(await app.page.getByTestId('nav-organisations').textContent()).toBe('Organizacije');
  });
});
