import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../core/domain/locales';
import { GrantPanel } from './pages/grant-panel';
import { GrantsPage } from './pages/grants-page';
import { startApp, type E2eApp } from './support/app';

// The header and the grant panel, in every interface language at 1280 and 1440 px: nothing may be
// clipped, pushed off screen or make the page scroll sideways.
let app: E2eApp;
let grants: GrantsPage;
let panel: GrantPanel;
let reference: string;

beforeAll(async () => {
  // The coordinator sees the most: every screen of the nav, the lifecycle and tranche buttons.
  app = await startApp({ signInAs: 'coordinator' });
  grants = new GrantsPage(app.page);
  panel = new GrantPanel(app.page);
  await grants.waitForRows();
  // An active grant with tranches still to pay, so every tranche action shows.
  const active = app.core.ctx.db.$client
    .prepare("SELECT g.reference AS r FROM grants g WHERE g.status = 'active' AND EXISTS (SELECT 1 FROM tranches t WHERE t.grant_id = g.id AND t.status = 'planned') ORDER BY g.id LIMIT 1")
    .get() as { r: string };
  reference = active.r;
});
afterAll(async () => {
  await app?.close();
});

/** Elements of the header and the grant panel whose content does not fit their box, or that reach past the window. */
function overflowing(): Promise<string[]> {
  return app.page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    const roots = [document.querySelector('.app-header'), document.querySelector('[data-testid="grant-detail"]')];
    for (const root of roots) {
      if (!root) continue;
      for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
        const e = el as HTMLElement;
        if (e.closest('.visually-hidden') || e.getClientRects().length === 0) continue;
        const r = e.getBoundingClientRect();
        const name = `${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''} "${(e.textContent ?? '').trim().slice(0, 30)}"`;
        if (r.right > vw + 0.5) out.push(`${name} reaches past the window (${Math.round(r.right)} > ${vw})`);
        // Text cut off inside its own box (buttons, links, labels, cells); scrollable areas are meant to scroll.
        const style = getComputedStyle(e);
        const scrolls = /(auto|scroll)/.test(style.overflowX);
        if (!scrolls && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0) out.push(`${name} is clipped (${e.scrollWidth} > ${e.clientWidth})`);
        if (scrolls && e.scrollWidth > e.clientWidth + 1 && e.dataset.testid === 'grant-detail') out.push(`${name} scrolls sideways`);
      }
    }
    return out;
  });
}

describe('header and grant panel layout in Chromium', () => {
  it('opens an active grant with tranches to pay', async () => {
    await app.page.getByTestId('grants-search').fill(reference);
    await expect.poll(() => grants.cell(0, 'reference').textContent()).toBe(reference);
    await grants.cell(0, 'grantee').click();
    await expect.poll(() => panel.panel.textContent()).toContain(reference);
    expect(await panel.recordDisbursement.count()).toBeGreaterThan(0);
  });

  for (const width of [1280, 1440]) {
    it(`fits at ${width} px in all ${UI_LOCALES.length} languages`, async () => {
      await app.page.setViewportSize({ width, height: 900 });
      const problems: Record<string, string[]> = {};
      for (const locale of UI_LOCALES) {
        await app.page.getByTestId('language-select').selectOption(locale);
        await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe(locale);
        await panel.trancheRows.first().waitFor();
        await app.page.screenshot({ path: `test-results/e2e/layout-${width}-${locale}.png` });
        const found = await overflowing();
        if (found.length) problems[locale] = found;
      }
      expect(problems).toEqual({});
    });
  }
});
