import { describe, expect, it } from 'vitest';
import type { Core } from '../../../core/create-core';
import { asSession, signInAs } from '../../support/demo-core';
import { GRANTEE, GRANTOR, useMoneyWorld } from '../../support/money-world';

const w = useMoneyWorld();

/** Rows in the plan tables and the audit log: a refused call must leave them all as they were. */
function counts() {
  return Object.fromEntries(['funding_plans', 'funding_plan_years', 'plan_cost_lines', 'pledges', 'impact_indicators', 'audit_entries'].map((t) => [t, w.count(t)]));
}

function newPlan() {
  return w.value<{ id: number; startYear: number; endYear: number }>(
    w.coordinator.call('plans.create', { title: 'SOS hotline 2026–2030', programme: 'national_hotline', country: 'RS', organisationId: w.orgId(GRANTEE), firstYear: 2026, currency: 'EUR' }),
  );
}

const as = (user: string): Core => asSession(w.env.raw, signInAs(w.env.raw, user));

type Detail = {
  plan: { revision: number; startYear: number; endYear: number };
  years: { year: number; needMinor: number }[];
  costLines: { year: number; kind: string; amountMinor: number; trainingHours: number | null }[];
  coverage: { years: { year: number; needMinor: number; paidMinor: number; committedMinor: number; pledgedMinor: number; gapMinor: number; coveredBp: number }[]; total: { gapMinor: number } };
  costPerResult: { year: number; calls: number | null; costPerCallMinor: number | null }[];
};

describe('funding plans through the API', () => {
  it('builds a five-year plan whose need comes from cost lines, and keeps each revision in the audit log', () => {
    const plan = newPlan();
    expect(plan).toMatchObject({ startYear: 2026, endYear: 2030 });
    const set = w.coordinator.call('plans.setCostLines', {
      planId: plan.id,
      year: 2026,
      lines: [
        { kind: 'staff', headcount: 4, unitCostMinor: 3_000_000 },
        // 8 call specialists at 20,000.00 plus 40 training hours each at 25.00
        { kind: 'call_specialists', headcount: 8, unitCostMinor: 2_000_000, trainingHourCostMinor: 2_500 },
        { kind: 'operating', amountMinor: 5_000_000 },
      ],
    });
    expect(w.value(set)).toEqual({ planId: plan.id, year: 2026, needMinor: 12_000_000 + 16_000_000 + 800_000 + 5_000_000 });
    w.value(w.coordinator.call('plans.setCostLines', { planId: plan.id, year: 2026, lines: [{ kind: 'staff', headcount: 5, unitCostMinor: 3_000_000 }] }));
    const d = w.value<Detail>(w.coordinator.call('plans.get', { id: plan.id }));
    expect(d.plan.revision).toBe(3);
    expect(d.years).toHaveLength(5);
    expect(d.years[0]).toMatchObject({ year: 2026, needMinor: 15_000_000 });
    expect(d.costLines).toEqual([expect.objectContaining({ year: 2026, kind: 'staff', amountMinor: 15_000_000, trainingHours: null })]);
    const needs = w.sqlite().prepare("SELECT json_extract(after_json, '$.need_minor') AS need FROM audit_entries WHERE table_name = 'funding_plan_years' AND record_id = (SELECT CAST(id AS TEXT) FROM funding_plan_years WHERE plan_id = ? AND year = 2026) ORDER BY seq").pluck().all(plan.id);
    expect(needs).toEqual([0, 33_800_000, 15_000_000]);
  });

  it('derives paid from the linked grant’s disbursements in the plan year and shows coverage, what-if and cost per call', () => {
    const plan = newPlan();
    w.value(w.coordinator.call('plans.setCostLines', { planId: plan.id, year: 2026, lines: [{ kind: 'other', amountMinor: 40_000_000 }] }));
    const g = w.newGrant({ reference: 'PLAN-G-1' });
    const osce = w.orgId(GRANTOR);
    const ministry = w.one<{ id: number }>("SELECT id FROM organisations WHERE kind = 'government' AND country = 'RS' ORDER BY id LIMIT 1").id;
    const linked = w.value<{ id: number }>(w.coordinator.call('pledges.add', { planId: plan.id, funderId: osce, year: 2026, amountMinor: 10_000_000, currency: 'EUR', pledgedDate: '2025-11-01', committedDate: '2025-12-01', grantId: g.id }));
    w.value(w.coordinator.call('pledges.add', { planId: plan.id, funderId: ministry, year: 2026, amountMinor: 15_000_000, currency: 'EUR', pledgedDate: '2025-11-01' }));
    let d = w.value<Detail>(w.coordinator.call('plans.get', { id: plan.id }));
    expect(d.coverage.years[0]).toMatchObject({ paidMinor: 0, committedMinor: 10_000_000, pledgedMinor: 25_000_000, gapMinor: 15_000_000, coveredBp: 2500 });

    w.value(w.finance.call('disbursements.record', { trancheId: g.tranches[0]!, paidDate: '2026-01-20', amountMinor: 2_500_000, currency: 'EUR', bankAccountId: g.account }));
    // A tranche of the grant cancelled: the pledge still expects only what the grant still holds (75,000.00).
    w.value(w.coordinator.call('tranches.cancel', { id: g.tranches[3]!, reason: 'Funder cut the last quarter' }));
    d = w.value<Detail>(w.coordinator.call('plans.get', { id: plan.id }));
    expect(d.coverage.years[0]).toMatchObject({ paidMinor: 2_500_000, committedMinor: 7_500_000, pledgedMinor: 22_500_000, gapMinor: 17_500_000 });

    const before = counts();
    const whatIf = w.value<{ gapChangeMinor: { year: number; beforeMinor: number; afterMinor: number }[] }>(w.coordinator.call('plans.whatIf', { planId: plan.id, scenario: { kind: 'pledged_only' } }));
    expect(whatIf.gapChangeMinor[0]).toEqual({ year: 2026, beforeMinor: 17_500_000, afterMinor: 32_500_000 });
    const noOsce = w.value<{ gapChangeMinor: { afterMinor: number }[] }>(w.coordinator.call('plans.whatIf', { planId: plan.id, scenario: { kind: 'funder', funderId: osce, keepPercent: 0 } }));
    // OSCE's paid 25,000.00 stays paid.
    expect(noOsce.gapChangeMinor[0]!.afterMinor).toBe(40_000_000 - 2_500_000 - 15_000_000);
    expect(counts()).toEqual(before);

    // The finance officer enters calls for the year; cost per call = paid ÷ calls.
    w.value(w.finance.call('indicators.setActual', { planId: plan.id, indicator: 'hotline_calls', year: 2026, actual: 1_000 }));
    d = w.value<Detail>(w.coordinator.call('plans.get', { id: plan.id }));
    expect(d.costPerResult[0]).toMatchObject({ year: 2026, calls: 1_000, costPerCallMinor: 2_500 });

    // Withdrawing the linked pledge: paid is still paid, nothing more is expected of it.
    w.value(w.coordinator.call('pledges.setStatus', { id: linked.id, status: 'withdrawn', date: '2026-11-01' }));
    d = w.value<Detail>(w.coordinator.call('plans.get', { id: plan.id }));
    expect(d.coverage.years[0]).toMatchObject({ paidMinor: 2_500_000, committedMinor: 2_500_000, pledgedMinor: 17_500_000 });
    expect(w.value<{ id: number; total: { paidMinor: number } }[]>(w.coordinator.call('plans.overview', {})).find((p) => p.id === plan.id)!.total.paidMinor).toBe(2_500_000);
  });

  it('refuses every bad input of the issue with the field named, and writes nothing', () => {
    const plan = newPlan();
    const osce = w.orgId(GRANTOR);
    const otherCountry = w.one<{ id: number }>("SELECT id FROM grants WHERE country <> 'RS' ORDER BY id LIMIT 1").id;
    const otherFunder = w.one<{ id: number }>("SELECT id FROM grants WHERE country = 'RS' AND grantor_id <> ? ORDER BY id LIMIT 1", osce).id;
    const pledge = { planId: plan.id, funderId: osce, year: 2027, amountMinor: 1_000_000, currency: 'EUR', pledgedDate: '2026-01-10' };
    const cases: [string, unknown, string, string?][] = [
      ['pledges.add', { ...pledge, year: 2031 }, 'year', 'outside_plan'],
      ['pledges.add', { ...pledge, year: 2025 }, 'year', 'outside_plan'],
      ['pledges.add', { ...pledge, amountMinor: 0 }, 'amountMinor'],
      ['pledges.add', { ...pledge, amountMinor: -5 }, 'amountMinor'],
      ['pledges.add', { ...pledge, currency: 'XYZ' }, 'currency'],
      ['pledges.add', { ...pledge, grantId: otherCountry }, 'grantId', 'other_country'],
      ['pledges.add', { ...pledge, grantId: otherFunder }, 'grantId', 'other_funder'],
      ['plans.setCostLines', { planId: plan.id, year: 2026, lines: [{ kind: 'staff', headcount: -1, unitCostMinor: 100 }] }, 'lines.0.headcount'],
      ['plans.setCostLines', { planId: plan.id, year: 2035, lines: [] }, 'year', 'outside_plan'],
      ['indicators.setActual', { planId: plan.id, indicator: 'hotline_calls', year: 2027, actual: 10 }, 'year', 'not_started'],
      ['indicators.setActual', { planId: plan.id, indicator: 'cases_recorded', year: 2026, quarter: 4, actual: -1 }, 'actual'],
      ['indicators.setActual', { planId: plan.id, indicator: 'calls_by_purpose', year: 2026, actual: 10 }, 'purpose', 'purpose'],
      ['plans.create', { title: 'x', programme: 'national_hotline', country: 'RS', organisationId: w.orgId(GRANTEE), firstYear: 2026, currency: 'EURO' }, 'currency'],
    ];
    const before = counts();
    for (const [method, input, path, code] of cases) {
      const r = w.coordinator.call(method as 'pledges.add', input as never);
      expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, method).toBe('invalid_input');
      expect(r.error.issues?.[0]?.path, `${method} ${JSON.stringify(input)}`).toBe(path);
      if (code) expect(r.error.issues?.[0]?.code).toBe(code);
    }
    expect(counts()).toEqual(before);
    // A quarter that has started is accepted: 2026 Q4 began on 1 October.
    expect(w.finance.call('indicators.setActual', { planId: plan.id, indicator: 'cases_recorded', year: 2026, quarter: 4, actual: 12 }).ok).toBe(true);
  });

  it('lets coordinators and administrators edit plans and pledges, the NGO side enter actuals, and funder-auditors only read', () => {
    const plan = newPlan();
    const auditor = as('auditor');
    const pledge = { planId: plan.id, funderId: w.orgId(GRANTOR), year: 2027, amountMinor: 1_000_000, currency: 'EUR', pledgedDate: '2026-01-10' };
    expect(w.admin.call('pledges.add', pledge).ok).toBe(true);
    for (const [who, method, input] of [
      [w.finance, 'pledges.add', pledge],
      [w.finance, 'plans.setCostLines', { planId: plan.id, year: 2026, lines: [] }],
      [auditor, 'pledges.add', pledge],
      [auditor, 'indicators.setActual', { planId: plan.id, indicator: 'prosecutions', year: 2026, actual: 2 }],
      [w.admin, 'indicators.setActual', { planId: plan.id, indicator: 'prosecutions', year: 2026, actual: 2 }],
      [w.finance, 'indicators.setTarget', { planId: plan.id, indicator: 'prosecutions', year: 2027, target: 5 }],
    ] as [Core, 'pledges.add', never][]) {
      expect(who.call(method, input), method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(w.coordinator.call('indicators.setTarget', { planId: plan.id, indicator: 'prosecutions', year: 2027, target: 5 }).ok).toBe(true);
    expect(w.coordinator.call('indicators.setActual', { planId: plan.id, indicator: 'prosecutions', year: 2026, actual: 2 }).ok).toBe(true);
    expect(auditor.call('plans.get', { id: plan.id }).ok).toBe(true);
    const overview = w.value<{ id: number; country: string }[]>(auditor.call('plans.overview', {}));
    expect(overview.map((p) => p.id)).toContain(plan.id);
    expect(new Set(overview.map((p) => p.country)).size).toBeGreaterThanOrEqual(7);
  });
});
