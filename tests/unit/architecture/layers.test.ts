import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Proves the layer rules in eslint.config.js fire, so a refactor of the config cannot silently
// turn them off while `npm run lint` keeps passing.
const eslint = new ESLint();

async function ruleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('layer rules', () => {
  it('keep core/domain free of Node and of the database', async () => {
    expect(await ruleMessages('core/domain/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await ruleMessages('core/domain/probe.ts', "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n")).toHaveLength(1);
    expect(await ruleMessages('core/domain/probe.ts', "import { minorUnitsOf } from './currencies';\nexport const a = minorUnitsOf;\n")).toHaveLength(0);
  });

  it('keep db below the core', async () => {
    expect(await ruleMessages('db/queries/probe.ts', "import { AppError } from '../../core/api/errors';\nexport const a = AppError;\n")).toHaveLength(1);
  });

  it('let the renderer import the API contract as types only', async () => {
    expect(await ruleMessages('renderer/src/probe.ts', "import { dispatch } from '../../core/api/dispatch';\nexport const a = dispatch;\n")).toHaveLength(1);
    expect(await ruleMessages('renderer/src/probe.ts', "import type { Result } from '../../core/api/errors';\nexport type A = Result;\n")).toHaveLength(0);
    expect(await ruleMessages('renderer/src/probe.ts', "import { GrantsPageInput } from '../../core/api/schemas/grants';\nexport const a = GrantsPageInput;\n")).toHaveLength(0);
    expect(await ruleMessages('renderer/src/probe.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n")).toHaveLength(1);
  });

  it('keep hosts away from services and the database', async () => {
    expect(await ruleMessages('electron/main/probe.ts', "import { listGrants } from '../../core/services/grants';\nexport const a = listGrants;\n")).toHaveLength(1);
    expect(await ruleMessages('webhost/probe.ts', "import { openDatabase } from '../db/open';\nexport const a = openDatabase;\n")).toHaveLength(1);
    expect(await ruleMessages('webhost/probe.ts', "import { registerIpc } from '../electron/main/ipc';\nexport const a = registerIpc;\n")).toHaveLength(1);
    expect(await ruleMessages('webhost/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../electron/shared/csp';\nexport const a = CONTENT_SECURITY_POLICY;\n")).toHaveLength(0);
    expect(await ruleMessages('electron/shared/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });

  it('keep the core\'s threads on the API, away from services, the database and the hosts', async () => {
    expect(await ruleMessages('core/host/probe.ts', "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;\n")).toHaveLength(1);
    expect(await ruleMessages('core/host/probe.ts', "import { verifyAudit } from '../services/audit';\nexport const a = verifyAudit;\n")).toHaveLength(1);
    expect(await ruleMessages('core/host/probe.ts', "import { startWebHost } from '../../webhost/server';\nexport const a = startWebHost;\n")).toHaveLength(1);
    expect(await ruleMessages('core/host/probe.ts', "import { dispatchAsync } from '../api/dispatch';\nexport const a = dispatchAsync;\n")).toHaveLength(0);
    expect(await ruleMessages('webhost/probe.ts', "import { startCoreThread } from '../core/host/core-client';\nexport const a = startCoreThread;\n")).toHaveLength(0);
  });
});
