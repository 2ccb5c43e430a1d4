import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResources, interpolate, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import { formatIntegerIn, formatMoneyIn } from '../../core/domain/locale-format';
import type { UiLocale } from '../../core/domain/locales';
import { money } from '../../core/domain/money';
import { AuditLogPage } from './pages/audit-page';
import { startApp, type E2eApp } from './support/app';
import { signInAs } from '../support/demo-core';

// Expected texts come from the catalogue files, so a translation can change without this test,
// but a missing or unapplied one cannot.
const files: CatalogueFiles = Object.fromEntries(
  readdirSync('resources/locales').map((folder) => [
    folder,
    Object.fromEntries(['app', 'audit'].map((ns) => [ns, JSON.parse(readFileSync(join('resources/locales', folder, `${ns}.json`), 'utf8'))])),
  ]),
);
const resources = buildResources(files, ['app', 'audit']);
/** A text of the audit catalogue in `locale`, with its placeholders filled (counts as the app formats them). */
function text(locale: UiLocale, key: string, params: Record<string, string | number> = {}): string {
  const count = params.count;
  const plural = typeof count === 'number' ? `${key}_${new Intl.PluralRules(locale === 'en' ? 'en' : locale).select(count)}` : key;
  const source = resolveText(resources, locale, 'audit', plural) ?? resolveText(resources, locale, 'app', key);
  if (source === undefined) throw new Error(`no text ${key} in ${locale}`);
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatIntegerIn(v, locale) : v]));
  return interpolate(source, shown);
}

type Head = { count: number; headSeq: number; head: string | null };
type PageRow = { seq: number; tableName: string; recordId: string; reason: string | null; hash: string | null };
type HistoryEntry = { seq: number; action: string; after: Record<string, unknown> | null };

let app: E2eApp;
let audit: AuditLogPage;

/** A read through the test's own core over the page's file, as the administrator the page signed in as. */
let adminSession: string;
function call<T>(name: string, input: unknown): T {
  const r = app.core.call(name, input, adminSession);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

const grantsOnly = { tableName: { filterType: 'text', type: 'equals', filter: 'grants' } };

beforeAll(async () => {
  app = await startApp();
  adminSession = signInAs(app.core, 'admin');
  audit = new AuditLogPage(app.page);
  await app.page.getByTestId('grants-grid').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('the Audit log in Chromium', () => {
  it('is in the navigation and opens from the keyboard, with its heading focused', async () => {
    await audit.navLink.focus();
    await app.page.keyboard.press('Enter');
    await audit.waitForRows();
    expect(await audit.navLink.getAttribute('aria-current')).toBe('page');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('audit-title');
    expect((await audit.title.textContent())?.trim()).toBe(text('en', 'audit.title'));
  });

  it('shows every entry newest first, and the count and head hash of audit.head', async () => {
    const head = call<Head>('audit.head', {});
    expect(head.count).toBeGreaterThan(1000);
    await expect.poll(() => audit.count.textContent()).toBe(text('en', 'audit.status.count', { count: head.count }));
    await expect.poll(() => audit.matches.textContent()).toBe(text('en', 'audit.matches', { count: head.count }));
    expect(await audit.head.textContent()).toContain(`${head.head!.slice(0, 16)}…`);
    expect(await audit.head.getAttribute('title')).toContain(head.head!);

    const newest = call<{ rows: PageRow[] }>('audit.page', { startRow: 0, endRow: 1 }).rows[0]!;
    expect((await audit.cell(0, 'seq').textContent())?.trim()).toBe(String(newest.seq)); // an identifier: no grouping
    expect((await audit.cell(0, 'at').textContent())?.trim()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect((await audit.cell(0, 'hash').textContent())?.trim()).toBe(newest.hash!.slice(0, 12));
    expect((await audit.cell(0, 'userName').textContent())?.trim()).toBe(text('en', 'audit.user.system'));
    expect(await audit.headerText('tableName')).toBe(text('en', 'audit.column.tableName'));
    await app.screenshot('audit-log');
  });

  it('filtering by record type "grants" narrows the grid to grants', async () => {
    const grants = call<{ lastRow: number }>('audit.page', { startRow: 0, endRow: 1, filterModel: grantsOnly }).lastRow;
    await audit.choiceFilter('tableName').selectOption('grants');
    await expect.poll(() => audit.matches.textContent()).toBe(text('en', 'audit.matches', { count: grants }));
    await expect.poll(async () => new Set(await audit.columnTexts('tableName'))).toEqual(new Set([text('en', 'audit.recordType.grants')]));
    await app.screenshot('audit-filtered-grants');
  });

  it("opening a grant's entry shows its history with the insert, money in the grant's currency", async () => {
    const recordId = (await audit.cell(0, 'recordId').textContent())!.trim();
    const history = call<HistoryEntry[]>('audit.history', { tableName: 'grants', recordId });
    const inserted = history[0]!.after!;
    await audit.cell(0, 'reason').click();
    await audit.history.waitFor();
    await expect.poll(() => audit.history.locator('h2').textContent()).toBe(`${text('en', 'audit.recordType.grants')} ${recordId}`);
    await expect.poll(() => audit.historyEntries.count()).toBe(history.length);
    const first = audit.historyEntries.first();
    expect(await first.locator('.pill').textContent()).toBe(text('en', 'audit.action.insert'));
    expect(await first.locator('tr[data-field="reference"] td').textContent()).toBe(inserted.reference);
    expect(await first.locator('tr[data-field="amount_minor"] td').textContent()).toBe(
      formatMoneyIn(money(inserted.amount_minor as number, inserted.currency as string), 'en'),
    );
    await app.screenshot('audit-history');

    await app.page.keyboard.press('Escape');
    await expect.poll(() => audit.history.count()).toBe(0);
    expect(await app.page.evaluate(() => !!document.activeElement?.closest('[data-testid="audit-grid"]'))).toBe(true);
    // Enter on the focused row opens it again, with focus in the panel.
    await app.page.keyboard.press('Enter');
    await audit.history.waitFor();
    await expect.poll(() => app.page.evaluate(() => !!document.activeElement?.closest('[data-testid="audit-history"]'))).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => audit.history.count()).toBe(0);
    await audit.choiceFilter('tableName').selectOption('');
  });

  it('Verify, from the keyboard, says the log is intact', async () => {
    const head = call<Head>('audit.head', {});
    await audit.verifyButton.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => audit.verifyResult.getAttribute('data-ok')).toBe('true');
    expect(await audit.verifyResult.locator('strong').textContent()).toBe(
      text('en', 'audit.verify.intact', { count: head.count, head: head.head!.slice(0, 16) }),
    );
    expect(await audit.verifyResult.textContent()).toContain(head.head!);
    await app.screenshot('audit-verify-intact');
  });

  it('shows a change by a signed-in user, in Serbian Cyrillic', async () => {
    // Choosing a language stores it on the account: an audited change, by the user, to show.
    await app.page.getByTestId('language-select').selectOption('sr-Cyrl');
    await expect.poll(() => audit.headerText('tableName')).toBe(text('sr-Cyrl', 'audit.column.tableName'));
    const head = call<Head>('audit.head', {});
    await expect.poll(() => audit.count.textContent()).toBe(text('sr-Cyrl', 'audit.status.count', { count: head.count }));
    // The result of the earlier check still shows, marked as older than the log.
    expect(await audit.verifyResult.getByTestId('audit-verify-stale').textContent()).toBe(text('sr-Cyrl', 'audit.verify.stale'));
    await audit.waitForRows();
    expect((await audit.cell(0, 'userName').textContent())?.trim()).toBe('Demo Administrator');
    expect((await audit.cell(0, 'tableName').textContent())?.trim()).toBe(text('sr-Cyrl', 'audit.recordType.users'));
    expect((await audit.cell(0, 'action').textContent())?.trim()).toBe(text('sr-Cyrl', 'audit.action.update'));
    await app.screenshot('audit-sr-Cyrl');

    await audit.cell(0, 'reason').click();
    await audit.history.waitFor();
    const change = audit.historyEntries.last();
    await expect.poll(() => change.locator('tr[data-field="locale"] td').last().textContent()).toBe('sr-Cyrl');
    expect(await change.locator('thead').textContent()).toContain(text('sr-Cyrl', 'audit.diff.before'));
    await app.screenshot('audit-sr-Cyrl-history');
    await app.page.keyboard.press('Escape');

    await audit.verifyButton.click();
    await expect.poll(() => audit.verifyResult.getAttribute('data-ok')).toBe('true');
    expect(await audit.verifyResult.locator('strong').textContent()).toBe(
      text('sr-Cyrl', 'audit.verify.intact', { count: head.count, head: head.head!.slice(0, 16) }),
    );
    await app.screenshot('audit-sr-Cyrl-verify');

    await app.page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => audit.headerText('tableName')).toBe(text('en', 'audit.column.tableName'));
  });

  it('after a row is changed behind Tranche, Verify lists the record and opens its history', async () => {
    const attacker = new Database(app.host.dbPath);
    try {
      attacker.exec('DROP TRIGGER audit_grants_update');
      attacker.prepare('UPDATE grants SET amount_minor = amount_minor + 100 WHERE id = 2').run();
    } finally {
      attacker.close();
    }
    await audit.verifyButton.click();
    await expect.poll(() => audit.verifyResult.getAttribute('data-ok')).toBe('false');
    const row = audit.verifyResult.getByTestId('audit-mismatch');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toBe(`${text('en', 'audit.recordType.grants')}2${text('en', 'audit.mismatch.changed_row')}`);
    await app.screenshot('audit-verify-mismatch');

    const button = row.getByRole('button');
    await button.click();
    await audit.history.waitFor();
    await expect.poll(() => audit.history.locator('h2').textContent()).toBe(`${text('en', 'audit.recordType.grants')} 2`);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => audit.history.count()).toBe(0);
    expect(await app.page.evaluate(() => document.activeElement?.closest('[data-testid="audit-mismatch"]') !== null)).toBe(true);
  });

  it('after a grant\'s kept sums are edited in the file, Verify says they differ from its payments', async () => {
    const attacker = new Database(app.host.dbPath);
    try {
      // Past the guard the triggers keep (issue 16): the shell's plain UPDATE is refused.
      expect(() => attacker.prepare('UPDATE grant_totals SET disbursed_minor = 99900000 WHERE grant_id = 3').run()).toThrow(/kept by triggers/);
      attacker.exec('INSERT INTO read_model_guard (id) VALUES (1); UPDATE grant_totals SET disbursed_minor = 99900000, received_minor = 0 WHERE grant_id = 3; DELETE FROM read_model_guard;');
    } finally {
      attacker.close();
    }
    await audit.verifyButton.click();
    const rows = audit.verifyResult.getByTestId('audit-mismatch');
    // Verify runs as a job: its result replaces the last one when it ends.
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
    expect(await rows.nth(1).textContent()).toBe(`${text('en', 'audit.recordType.grants')}3${text('en', 'audit.mismatch.totals_differ')}`);
    await app.screenshot('audit-verify-totals');
    await app.page.getByTestId('language-select').selectOption('sq');
    await audit.verifyButton.click();
    await expect.poll(() => rows.nth(1).textContent(), { timeout: 20_000 }).toBe(`${text('sq', 'audit.recordType.grants')}3${text('sq', 'audit.mismatch.totals_differ')}`);
    await app.page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => audit.headerText('tableName')).toBe(text('en', 'audit.column.tableName'));
  });

  it('after an entry is edited in the file, Verify names the broken entry and shows it', async () => {
    const attacker = new Database(app.host.dbPath);
    let seq: number;
    try {
      seq = (attacker.prepare("SELECT seq FROM audit_entries WHERE table_name = 'grants' AND record_id = '1'").get() as { seq: number }).seq;
      attacker.exec('DROP TRIGGER audit_entries_no_update');
      attacker.prepare("UPDATE audit_entries SET reason = 'edited outside Tranche' WHERE seq = ?").run(seq);
    } finally {
      attacker.close();
    }
    await audit.verifyButton.click();
    const broken = audit.verifyResult.getByTestId('audit-verify-break');
    await expect.poll(() => broken.getAttribute('data-seq')).toBe(String(seq));
    expect(await broken.textContent()).toContain(text('en', 'audit.verify.broken', { seq: String(seq), kind: text('en', 'audit.break.edited') }));
    await app.screenshot('audit-verify-broken');

    await broken.getByRole('button').click();
    await expect.poll(() => audit.matches.textContent()).toBe(text('en', 'audit.matches', { count: 1 }));
    await expect.poll(async () => (await audit.cell(0, 'seq').textContent())?.trim()).toBe(String(seq));
    expect((await audit.cell(0, 'reason').textContent())?.trim()).toBe('edited outside Tranche');
    await app.screenshot('audit-broken-entry');
  });
});
