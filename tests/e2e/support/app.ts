import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fixedClock } from '../../../core/api/define';
import { startWebHost, type WebHost } from '../../../webhost/server';
import { TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';
import { launchChromium } from './chromium';

/** Where screenshots go: kept as CI artifacts, ignored by git. */
export const ARTIFACTS = resolve('test-results', 'e2e');

export type E2eApp = { host: WebHost; browser: Browser; page: Page; screenshot(name: string): Promise<string>; close(): Promise<void> };

/** The web host over a fresh demo database, and a Chromium page opened on it. */
export async function startApp(): Promise<E2eApp> {
  const rendererDir = resolve('dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npx vite build` (npm test does)');
  const tmp = makeTmpDir('tranche-e2e-');
  const host = await startWebHost({ dbPath: join(tmp.dir, 'tranche.sqlite'), rendererDir, whenNew: 'demo', clock: fixedClock(TEST_NOW) });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(host.url);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    host,
    browser,
    page,
    screenshot: async (name) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: async () => {
      await browser.close();
      await host.close();
      tmp.cleanup();
      if (errors.length) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
    },
  };
}
