import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTmpDir } from '../../support/tmp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const scan = (args: string[] = []) => spawnSync(process.execPath, [resolve('scripts/electronegativity.mjs'), ...args], { encoding: 'utf8' });

describe('the Electronegativity check CI runs', () => {
  it('passes on the app: nothing above informational that docs/SECURITY.md does not justify', () => {
    const r = scan();
    expect(r.stdout).toMatch(/0 above informational and not justified/);
    expect(r.status).toBe(0);
  }, 60_000);

  it('fails on a window that turns context isolation and the sandbox off', () => {
    const t = makeTmpDir();
    cleanups.push(t.cleanup);
    mkdirSync(join(t.dir, 'main'));
    writeFileSync(
      join(t.dir, 'main', 'window.ts'),
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nvoid w.loadURL('https://example.org/');\n",
    );
    const r = scan(['--app', t.dir]);
    expect(r.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK .*not justified/);
    expect(r.status).toBe(1);
  }, 60_000);
});
