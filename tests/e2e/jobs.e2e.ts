import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audited } from '../../core/services/audit';
import { buildResources, interpolate, resolveText, type CatalogueFiles } from '../../core/domain/catalogues';
import type { UiLocale } from '../../core/domain/locales';
import { AuditLogPage } from './pages/audit-page';
import { GrantsPage } from './pages/grants-page';
import { JobTray } from './pages/job-tray';
import { startApp, type E2eApp } from './support/app';

const files: CatalogueFiles = Object.fromEntries(
  readdirSync('resources/locales').map((folder) => [folder, { app: JSON.parse(readFileSync(join('resources/locales', folder, 'app.json'), 'utf8')) }]),
);
const resources = buildResources(files, ['app']);
const text = (locale: UiLocale, key: string) => interpolate(resolveText(resources, locale, 'app', key) ?? `?${key}`, {});

/** Entries the log gets on top of the demo's, so that verifying takes seconds, as on a real file. */
const EXTRA_ENTRIES = 250_000;

let app: E2eApp;
let audit: AuditLogPage;
let tray: JobTray;

beforeAll(async () => {
  // A cancelled job's call answers 409 'cancelled', which Chromium logs as a failed request.
  app = await startApp({ signInAs: 'auditor', allowConsoleErrors: [/status of 409 \(Conflict\)/] });
  audit = new AuditLogPage(app.page);
  tray = new JobTray(app.page);
  // Real audited changes, each linked into the chain by the triggers (a counter updated many times).
  const sqlite = app.core.ctx.db.$client;
  const up = sqlite.prepare("INSERT INTO meta (key, value) VALUES ('e2e.counter', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  sqlite.transaction(() => audited(sqlite, { userId: null, at: '2026-11-24T12:00:00.000Z', reason: 'e2e load' }, () => {
    for (let i = 0; i < EXTRA_ENTRIES; i++) up.run(String(i));
  })).immediate();
  await app.page.getByTestId('grants-grid').waitFor();
});
afterAll(async () => {
  await app?.close();
});

describe('long work as a job, in Chromium', () => {
  it('shows Verify with a progress bar, elapsed time and Cancel, and cancels it', async () => {
    await audit.navLink.click();
    await audit.waitForRows();
    await audit.verifyButton.click();
    const job = tray.job('audit.verify');
    await job.waitFor();
    expect(await job.locator('.job-label').textContent()).toBe(text('en', 'jobs.label.verify'));
    expect(await tray.bar('audit.verify').getAttribute('max')).toBe('100');
    expect(await job.getByTestId('job-elapsed').textContent()).toMatch(/^\d+ s$/);
    await app.screenshot('job-verify-progress');
    await tray.cancel('audit.verify').click();
    await expect.poll(() => audit.verifyResult.getAttribute('data-ok'), { timeout: 30_000 }).toBe('error');
    expect(await audit.verifyResult.textContent()).toContain(text('en', 'error.cancelled'));
    expect(await tray.tray.count()).toBe(0);
    await app.screenshot('job-verify-cancelled');
  });

  it('keeps the window usable while it verifies: another screen pages its grid, and the result waits', async () => {
    await app.page.getByTestId('language-select').selectOption('sq');
    await audit.verifyButton.click();
    await tray.job('audit.verify').waitFor();
    await expect.poll(() => tray.job('audit.verify').getByTestId('job-phase').textContent(), { timeout: 30_000 }).not.toBe(text('sq', 'jobs.phase.starting'));
    await app.screenshot('job-verify-progress-sq');
    // Another screen, while the job runs: its grid pages from the core as usual.
    const grants = new GrantsPage(app.page);
    await app.page.getByTestId('nav-grants').click();
    await grants.waitForRows();
    expect((await grants.columnTexts('reference')).length).toBeGreaterThan(10);
    // The job was still running when the grid had its rows.
    expect(await tray.job('audit.verify').count()).toBe(1);
    await app.screenshot('job-verify-other-screen-sq');
    await tray.tray.waitFor({ state: 'detached', timeout: 60_000 });
    // Back on the Audit log, the finished verification is there.
    await audit.navLink.click();
    await expect.poll(() => audit.verifyResult.getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
    await app.screenshot('job-verify-done-sq');
  });
});
