import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/create-core';
import { formatMoneyIn } from '../../core/domain/locale-format';
import { money } from '../../core/domain/money';
import type { GrantRow } from '../../core/services/grants';
import { asSession, signInAs } from '../support/demo-core';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

// The header comes from the English catalogue, the amounts from the API and the app's formatter.
const en = JSON.parse(readFileSync('resources/locales/en/grants.json', 'utf8')) as Record<string, string>;
const header = (currency: string) => en['grants.column.amountEur']!.replace('{{currency}}', currency);

let app: E2eApp;
let core: Core;
let grants: GrantsPage;

beforeAll(async () => {
  app = await startApp();
  core = asSession(app.core, signInAs(app.core, 'admin'));
  grants = new GrantsPage(app.page);
  await grants.waitForRows();
});
afterAll(async () => {
  await app?.close();
});

function firstRow(reportingCurrency: string): GrantRow {
  const r = core.call('grants.page', { startRow: 0, endRow: 1, reportingCurrency });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { rows: GrantRow[] }).rows[0]!;
}

const equivalent = async () => ((await grants.cell(0, 'amountEur').textContent()) ?? '').trim();

describe('equivalents in another currency on the Grants screen, in Chromium', () => {
  it('shows EUR equivalents by default', async () => {
    const select = app.page.getByTestId('reporting-currency');
    expect(await select.inputValue()).toBe('EUR');
    expect(await grants.headerText('amountEur')).toBe(header('EUR'));
    const row = firstRow('EUR');
    expect(row.amountReportingMinor).not.toBeNull();
    await expect.poll(equivalent).toBe(formatMoneyIn(money(row.amountReportingMinor!, 'EUR'), 'en'));
  });

  it('shows USD equivalents once USD is chosen, and remembers the choice', async () => {
    const select = app.page.getByTestId('reporting-currency');
    await select.selectOption('USD');
    await expect.poll(() => grants.headerText('amountEur')).toBe(header('USD'));
    const row = firstRow('USD');
    expect(row.reportingCurrency).toBe('USD');
    expect(row.amountReportingMinor).not.toBeNull();
    expect((await grants.cell(0, 'reference').textContent())?.trim()).toBe(row.reference);
    await expect.poll(equivalent).toBe(formatMoneyIn(money(row.amountReportingMinor!, 'USD'), 'en'));
    await app.screenshot('grants-equivalents-usd');

    await app.page.reload();
    await grants.waitForRows();
    await expect.poll(() => app.page.getByTestId('reporting-currency').inputValue()).toBe('USD');
    await expect.poll(() => grants.headerText('amountEur')).toBe(header('USD'));
    await expect.poll(equivalent).toBe(formatMoneyIn(money(row.amountReportingMinor!, 'USD'), 'en'));
  });
});
