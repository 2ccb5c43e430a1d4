import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fixedClock } from '../../../core/api/define';
import { createCore, type Core } from '../../../core/create-core';
import { DEMO_ACCOUNTS } from '../../../core/demo/accounts';
import { startWebHost, type WebHost } from '../../../webhost/server';
import { TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';
import { SignInPage } from '../pages/sign-in-page';
import { launchChromium } from './chromium';

/** Where screenshots go: kept as CI artifacts, ignored by git. */
export const ARTIFACTS = resolve('test-results', 'e2e');

export type E2eApp = {
  host: WebHost;
  /**
   * A second, in-process core over the same file, for what a test sets up and reads directly
   * (synchronously). Its sessions are its own: the page's session lives in the host's core thread.
   */
  core: Core;
  browser: Browser;
  page: Page;
  /** The page's session token (null when started signed out), for calls the test makes to host.core. */
  session: string | null;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
};

/** Where the renderer keeps its session token (renderer/src/api/session.ts). */
const SESSION_KEY = 'tranche.session';

export type StartOptions = {
  /** The demo account the page signs in as, through the sign-in form (default the administrator); null: left signed out. */
  signInAs?: string | null;
  /** What a new database starts with: the demo data and accounts (default), or nothing (no accounts either). */
  whenNew?: 'demo' | 'empty';
  /** Console errors the test expects, e.g. Chromium's line about a refused (403) sign-in request. */
  allowConsoleErrors?: readonly RegExp[];
};

/** Signs the page in through the real form as a demo account; returns the session the page holds. */
async function signInThroughForm(page: Page, username: string): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  const form = new SignInPage(page);
  await form.signIn(username, account.password);
  await form.userMenu.waitFor();
  const session = await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);
  if (!session) throw new Error(`signed in as ${username}, but the page holds no session`);
  return session;
}

/** The web host over a fresh database (demo data unless told), and a Chromium page opened on it. */
export async function startApp({ signInAs: username = 'admin', whenNew = 'demo', allowConsoleErrors = [] }: StartOptions = {}): Promise<E2eApp> {
  if (whenNew === 'empty' && username !== null) throw new Error('an empty database has no accounts to sign in with: pass signInAs: null');
  const rendererDir = resolve('dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('dist/renderer is missing: run `npx vite build` (npm test does)');
  const tmp = makeTmpDir('tranche-e2e-');
  const dbPath = join(tmp.dir, 'tranche.sqlite');
  const host = await startWebHost({ dbPath, rendererDir, whenNew, fixedNow: TEST_NOW });
  const core = createCore({ dbPath, clock: fixedClock(TEST_NOW) });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !allowConsoleErrors.some((r) => r.test(m.text()))) errors.push(m.text());
  });
  await page.goto(host.url);
  const session = username === null ? null : await signInThroughForm(page, username);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    host,
    core,
    browser,
    page,
    session,
    screenshot: async (name) => {
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: async () => {
      await browser.close();
      await host.close();
      core.close();
      tmp.cleanup();
      if (errors.length) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
    },
  };
}
