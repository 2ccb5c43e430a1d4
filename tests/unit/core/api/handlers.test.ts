import { describe, expect, it } from 'vitest';
import { appApi } from '../../../../core/api/app.api';
import { auditApi } from '../../../../core/api/audit.api';
import { authApi } from '../../../../core/api/auth.api';
import { backupsApi } from '../../../../core/api/backups.api';
import { usersApi } from '../../../../core/api/users.api';
import { disbursementsApi } from '../../../../core/api/disbursements.api';
import { fxApi } from '../../../../core/api/fx.api';
import { grantsApi } from '../../../../core/api/grants.api';
import { jobsApi } from '../../../../core/api/jobs.api';
import { organisationsApi } from '../../../../core/api/organisations.api';
import { receiptsApi } from '../../../../core/api/receipts.api';
import { reportsApi } from '../../../../core/api/reports.api';
import { reconciliationApi } from '../../../../core/api/reconciliation.api';
import { settingsApi } from '../../../../core/api/settings.api';
import { tranchesApi } from '../../../../core/api/tranches.api';
import { handlers, METHOD_NAMES } from '../../../../core/api/handlers';

// Every area file that handlers.ts spreads; a spread would silently let a later name win.
const AREAS: Record<string, object> = { app: appApi, audit: auditApi, auth: authApi, backups: backupsApi, disbursements: disbursementsApi, fx: fxApi, grants: grantsApi, jobs: jobsApi, organisations: organisationsApi, receipts: receiptsApi, reconciliation: reconciliationApi, reports: reportsApi, settings: settingsApi, tranches: tranchesApi, users: usersApi };

describe('the handler table', () => {
  it('defines each method name once, under its own area prefix', () => {
    const seen = new Map<string, string>();
    for (const [area, table] of Object.entries(AREAS)) {
      for (const name of Object.keys(table)) {
        expect(seen.has(name), `${name} is defined in ${seen.get(name)} and ${area}`).toBe(false);
        seen.set(name, area);
        expect(name.startsWith(`${area}.`), `${name} belongs under ${area}.`).toBe(true);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('gives every method a zod input schema and a kind', () => {
    for (const [name, h] of Object.entries(handlers)) {
      expect(['query', 'command', 'job'], name).toContain(h.kind);
      // A job says whether it writes (then it holds the one write transaction) and what it is called.
      if (h.kind === 'job') expect(typeof h.write === 'boolean' && h.label.length > 0, name).toBe(true);
      // Only signing in and first-run setup may answer without a session.
      if (h.access === 'public') expect(['auth.status', 'auth.signIn', 'auth.setup'], name).toContain(name);
      expect(typeof h.input.safeParse, name).toBe('function');
    }
  });
});
