// Writes a large, realistic database through the real core: every grant, schedule, disbursement,
// approval and receipt is an API call as a signed-in user would make it (validation, roles, FX
// conversion, automatic matching, audit chain). Starts from the demo world (funders, NGOs and their
// accounts in the seven countries, monthly FX rates 2018-2026) and adds grants until the wanted
// number of disbursements has been recorded. Deterministic for a given seed and size.
import { fixedClock } from '../../core/api/define';
import { createCore, type Core } from '../../core/create-core';
import { FUNDERS, NATIONAL_CURRENCY } from '../../core/demo/organisations';
import { createRng, type Rng } from '../../core/demo/random';
import { REGION_COUNTRIES, type RegionCountry } from '../../core/domain/countries';
import { signInAs } from '../support/demo-core';

/** "Today" for the generated world: the same instant the tests use. */
export const SCALE_NOW = '2026-11-24T12:00:00Z';
const TODAY = SCALE_NOW.slice(0, 10);
const FIRST_START = '2018-02-01';
const LAST_START = '2026-06-01';
const PURPOSES = ['shelter', 'hotline', 'legal_aid', 'reintegration', 'prevention', 'awareness', 'capacity_building'] as const;

/** `audit`: at least this many audit entries too (more grants and payments are added until both are reached). */
export type ScaleOptions = { dbPath: string; disbursements: number; audit?: number; seed: number; onProgress?: (done: number, total: number, phase: string) => void };
export type ScaleSummary = { grants: number; tranches: number; disbursements: number; approvals: number; receipts: number; auditEntries: number; ms: number };

type Org = { id: number; name: string; kind: string; country: string | null };
type Account = { id: number; validFrom: string; validTo: string | null };

function call<T>(core: Core, session: string, name: string, input: unknown): T {
  const r = core.call(name, input, session);
  if (!r.ok) throw new Error(`${name} failed: ${r.error.message} ${JSON.stringify(input)}`);
  return r.value as T;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function randomStart(rng: Rng): string {
  const from = Date.parse(`${FIRST_START}T00:00:00Z`);
  const to = Date.parse(`${LAST_START}T00:00:00Z`);
  const d = new Date(from + Math.floor(rng.next() * ((to - from) / 86_400_000)) * 86_400_000);
  return `${d.toISOString().slice(0, 8)}01`;
}

/** Generates the database at `dbPath` (which must not exist yet). */
export function generateScaleData(o: ScaleOptions): ScaleSummary {
  const started = performance.now();
  const rng = createRng(o.seed);
  const core = createCore({ dbPath: o.dbPath, whenNew: 'demo', clock: fixedClock(SCALE_NOW) });
  try {
    const coordinator = signInAs(core, 'coordinator');
    const finance = signInAs(core, 'finance');
    const finance2 = signInAs(core, 'finance2');
    const orgs = call<Org[]>(core, coordinator, 'organisations.options', {});
    const ngosBy = new Map<RegionCountry, Org[]>(REGION_COUNTRIES.map((c) => [c, orgs.filter((x) => x.kind === 'ngo' && x.country === c)]));
    const funders = orgs.filter((x) => x.kind !== 'ngo' && x.kind !== 'other');
    const specOf = (org: Org) => FUNDERS.find((f) => f.name === org.name);
    const accounts = new Map<number, Account[]>();
    const accountOn = (orgId: number, date: string): number => {
      let list = accounts.get(orgId);
      if (!list) accounts.set(orgId, (list = call<Account[]>(core, finance, 'organisations.accounts', { organisationId: orgId })));
      const ok = list.find((a) => a.validFrom <= date && (a.validTo === null || a.validTo >= date));
      if (!ok) throw new Error(`organisation ${orgId} has no account valid on ${date}`);
      return ok.id;
    };

    const s: ScaleSummary = { grants: 0, tranches: 0, disbursements: 0, approvals: 0, receipts: 0, auditEntries: 0, ms: 0 };
    const auditCount = () => core.ctx.db.$client.prepare('SELECT COALESCE(MAX(seq), 0) FROM audit_entries').pluck().get() as number;
    // Past the wanted payments, whole grants are added until the audit log is long enough.
    while (s.disbursements < o.disbursements || auditCount() < (o.audit ?? 0)) {
      const filling = s.disbursements < o.disbursements;
      const funder = rng.pick(funders);
      const spec = specOf(funder);
      const country = rng.pick(spec?.covers.length ? spec.covers : REGION_COUNTRIES);
      const grantee = rng.pick(ngosBy.get(country)!);
      const currency = spec?.kind === 'government' || !spec ? NATIONAL_CURRENCY[country] : rng.weighted(spec.currencies);
      const monthly = rng.chance(0.7);
      const count = monthly ? rng.int(12, 48) : rng.int(4, 16);
      const step = monthly ? 1 : 3;
      const start = randomStart(rng);
      const end = addDays(addMonths(start, count * step), -1);
      // Per month roughly EUR 1,000-25,000; national currencies scaled by a typical rate.
      const perMonthEur = rng.int(1_000, 25_000);
      const scale = { EUR: 1, USD: 1.1, ALL: 100, BAM: 2, MKD: 61.5, RSD: 117 }[currency as 'EUR'] ?? 1;
      const amountMinor = Math.round(perMonthEur * scale * count * step) * 100 + rng.int(0, 99);
      const ref = `SC-${country}-${start.slice(0, 4)}-${String(s.grants + 1).padStart(6, '0')}`;
      const { id: grantId } = call<{ id: number }>(core, coordinator, 'grants.create', {
        reference: ref,
        title: `${rng.pick(['Shelter operations', 'National hotline', 'Legal aid for survivors', 'Reintegration support', 'Outreach and prevention'])} ${start.slice(0, 4)}`,
        purpose: rng.pick(PURPOSES),
        grantorId: funder.id,
        granteeId: grantee.id,
        country,
        amountMinor,
        currency,
        awardMethod: rng.pick(['open', 'restricted', 'direct'] as const),
        decisionDate: addDays(start, -rng.int(20, 60)),
        startDate: start,
        endDate: end,
      });
      const conditions = Array.from({ length: count }, (_, k) => (k > 0 && k % 4 === 0 ? `Narrative report for period ${k / 4} received` : null));
      const schedule = call<{ tranches: { seq: number; dueDate: string; amountMinor: number }[] }>(core, coordinator, 'grants.setSchedule', {
        grantId,
        schedule: { kind: monthly ? 'monthly' : 'quarterly', count, firstDueDate: start },
        conditions,
      });
      call(core, coordinator, 'grants.transition', { id: grantId, to: 'approved' });
      call(core, coordinator, 'grants.transition', { id: grantId, to: 'active' });
      s.grants++;
      s.tranches += count;
      const detail = call<{ tranches: { id: number; seq: number }[] }>(core, coordinator, 'grants.get', { id: grantId });
      const idOf = new Map(detail.tranches.map((t) => [t.seq, t.id]));
      // The funder's payment run for this grant goes in as one import; approvals and receipts follow one by one.
      const rows = [];
      for (const t of schedule.tranches) {
        if (filling && s.disbursements + rows.length >= o.disbursements) break;
        const paidDate = addDays(t.dueDate, rng.int(0, 20));
        if (paidDate > TODAY) break;
        const trancheId = idOf.get(t.seq)!;
        if (conditions[t.seq - 1]) call(core, coordinator, 'tranches.conditionMet', { trancheId, metDate: addDays(t.dueDate, -rng.int(1, 10)), note: 'Report accepted' });
        rows.push({ trancheId, paidDate, amountMinor: t.amountMinor, currency, bankAccountId: accountOn(grantee.id, paidDate), bankReference: `TRN-${grantId}-${t.seq}` });
      }
      if (rows.length === 0) continue;
      const imported = call<{ firstId: number }>(core, finance, 'disbursements.import', { rows });
      rows.forEach((r, k) => {
        const id = imported.firstId + k;
        if (r.amountMinor * (currency === 'EUR' ? 1 : 1 / scale) >= 1_000_000) {
          call(core, finance2, 'disbursements.approve', { id });
          s.approvals++;
        }
        // Most payments arrive within ten days; a few never do, or arrive with another reference.
        if (rng.chance(0.95)) {
          const receivedDate = addDays(r.paidDate, rng.int(1, 10));
          if (receivedDate <= TODAY) {
            call(core, finance2, 'receipts.record', { grantId, receivedDate, amountMinor: r.amountMinor, currency, bankReference: rng.chance(0.9) ? r.bankReference : `IN-${grantId}-${k + 1}` });
            s.receipts++;
          }
        }
      });
      s.disbursements += rows.length;
      o.onProgress?.(s.disbursements, Math.max(o.disbursements, s.disbursements), filling ? 'disbursements' : 'more audit entries');
    }
    o.onProgress?.(s.disbursements, o.disbursements, 'disbursements');
    s.auditEntries = (core.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM audit_entries').get() as { n: number }).n;
    s.ms = Math.round(performance.now() - started);
    return s;
  } finally {
    core.close();
  }
}
