// npm run bench figure "plans_overview": plans.overview over `plans` plans of five years with ten
// pledges a year (1,000 plans, 50,000 pledges; --smoke: 50 and 2,500), in five currencies, a fifth
// linked to grants of the scale dataset, against a raw-SQLite peer that sums the same pledges and
// linked payments per plan and year without converting anything.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { createRng } from '../../core/demo/random';
import { audited } from '../../core/services/audit';
import { insertFundingPlan, insertFundingPlanYear, insertPledge, replaceCostLines } from '../../db/repositories/plans';
import { signInAs } from '../support/demo-core';
import { SCALE_NOW } from './scale-data';

const round = (ms: number) => Math.round(ms * 100) / 100;
function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]!) };
}

const CURRENCIES: [string, number][] = [['EUR', 1], ['USD', 1], ['RSD', 117], ['MKD', 61], ['ALL', 100]];

/** Writes the plans into a copy of the dataset, audited like any write (not timed). */
export function seedPlans(core: Core, plans: number): number {
  const db = core.ctx.db;
  const sqlite = db.$client;
  const rng = createRng('bench:plans');
  const grants = sqlite.prepare("SELECT id, grantor_id AS grantorId, country, CAST(substr(start_date, 1, 4) AS INTEGER) AS year FROM grants WHERE status IN ('active', 'closed') ORDER BY id").all() as { id: number; grantorId: number; country: string; year: number }[];
  const owners = sqlite.prepare("SELECT id, country FROM organisations WHERE kind = 'ngo' ORDER BY id").all() as { id: number; country: string }[];
  const funders = sqlite.prepare("SELECT id FROM organisations WHERE kind <> 'ngo' ORDER BY id").pluck().all() as number[];
  let pledges = 0;
  audited(sqlite, { userId: null, at: SCALE_NOW, reason: 'benchmark plans' }, () =>
    sqlite.transaction(() => {
      const linked = new Set<string>();
      for (let k = 0; k < plans; k++) {
        const owner = owners[k % owners.length]!;
        const startYear = 2022 + (k % 6);
        const planId = insertFundingPlan(db, { title: `Bench plan ${k}`, programme: 'national_hotline', country: owner.country, organisationId: owner.id, startYear, endYear: startYear + 4, currency: 'EUR', createdAt: SCALE_NOW });
        for (let year = startYear; year <= startYear + 4; year++) {
          const need = rng.int(60, 100) * 5_000_000;
          const yearId = insertFundingPlanYear(db, { planId, year, needMinor: need });
          replaceCostLines(db, yearId, [{ kind: 'staff', headcount: 20, unitCostMinor: need / 40, amountMinor: need / 2 }, { kind: 'operating', amountMinor: need / 2 }], need);
          for (let p = 0; p < 10; p++) {
            const [currency, perEur] = rng.pick(CURRENCIES);
            // A fifth carried by a grant of the plan's country and year (its grantor is the funder).
            const carrier = p < 2 ? grants.find((g) => g.country === owner.country && g.year === year && !linked.has(`${g.id}:${planId}:${year}`)) : undefined;
            if (carrier) linked.add(`${carrier.id}:${planId}:${year}`);
            const status = rng.pick(['pledged', 'committed', 'committed', 'withdrawn'] as const);
            insertPledge(db, {
              planId, funderId: carrier?.grantorId ?? rng.pick(funders), year, amountMinor: rng.int(1, 10) * 1_000_000 * perEur, currency, status: carrier ? 'committed' : status,
              grantId: carrier?.id ?? null, pledgedDate: `${year - 1}-${String(rng.int(1, 12)).padStart(2, '0')}-15`, createdAt: SCALE_NOW,
            });
            pledges++;
          }
        }
      }
    }).immediate(),
  );
  return pledges;
}

/** The raw peer: pledges summed per plan, year, status and currency, and the linked grants' payments per year, in plain SQL. */
const PEER_SQL = `SELECT x.plan_id, x.year, x.status, x.currency, SUM(x.amount_minor),
  (SELECT SUM(d.amount_minor) FROM disbursements d WHERE d.grant_id = x.grant_id AND d.paid_date BETWEEN x.year || '-01-01' AND x.year || '-12-31')
  FROM pledges x GROUP BY x.plan_id, x.year, x.status, x.currency, x.grant_id`;

export function plansOverview(dataset: string, workDir: string, plans: number, runs: number) {
  mkdirSync(workDir, { recursive: true });
  const path = join(workDir, 'plans.sqlite');
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  copyFileSync(dataset, path);
  const core = createCore({ dbPath: path, whenNew: 'demo', clock: fixedClock(SCALE_NOW) });
  const pledges = seedPlans(core, plans);
  const session = signInAs(core, 'auditor');
  const apiMs: number[] = [];
  let rows = 0;
  for (let k = 0; k < runs + 2; k++) {
    const t0 = performance.now();
    const r = core.call('plans.overview', {}, session);
    if (!r.ok) throw new Error(r.error.message);
    if (k >= 2) apiMs.push(performance.now() - t0); // two warm-up calls fill the statement cache
    rows = (r.value as unknown[]).length;
  }
  core.close();
  const raw = new Database(path, { readonly: true });
  const peer = raw.prepare(PEER_SQL);
  const rawMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    peer.all();
    rawMs.push(performance.now() - t0);
  }
  raw.close();
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  const a = quantiles(apiMs);
  const r = quantiles(rawMs);
  return { figure: 'plans_overview', plans: rows, pledges, runs, p50Ms: a.p50, p95Ms: a.p95, maxMs: a.max, rawP50Ms: r.p50, rawP95Ms: r.p95, ratio: round(a.p50 / r.p50), goal: 'p95 < 50 ms' };
}
