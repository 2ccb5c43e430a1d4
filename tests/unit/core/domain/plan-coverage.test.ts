import { describe, expect, it } from 'vitest';
import { minorUnitsOf } from '../../../../core/domain/currencies';
import { costLineAmount, yearNeed } from '../../../../core/domain/plan-costs';
import { MissingRateError, planCoverage, riskFromDate, type CoverageInput, type CoveragePledge, type GrantYear } from '../../../../core/domain/plan-coverage';
import { whatIfCoverage } from '../../../../core/domain/plan-what-if';

/** EUR-based rates by date, as fx_rates holds them: units of the currency per EUR. */
const RATES: Record<string, [string, string][]> = {
  USD: [['2025-10-01', '1.0850'], ['2026-03-15', '1.1000']],
  ALL: [['2025-10-01', '98.50']],
  MKD: [['2025-10-01', '61.50']],
};
const rate = (currency: string, date: string) => {
  if (currency === 'EUR') return '1';
  return (RATES[currency] ?? []).filter(([d]) => d <= date).at(-1)?.[1];
};

const MINISTRY = 1;
const US_EMBASSY = 2;
const ALBANIA_FUND = 3;

function pledge(p: Partial<CoveragePledge> & Pick<CoveragePledge, 'id' | 'funderId' | 'amountMinor' | 'currency'>): CoveragePledge {
  return { year: 2026, status: 'committed', pledgedDate: '2025-10-01', grantId: null, ...p };
}

function input(over: Partial<CoverageInput> = {}): CoverageInput {
  return {
    plan: { currency: 'EUR', startYear: 2026, endYear: 2026 },
    years: [{ year: 2026, needMinor: 100_000_000 }],
    pledges: [
      // 217,000.00 USD at 1.0850 = 200,000.00 EUR
      pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 21_700_000, currency: 'USD' }),
      // 9,850,000.00 ALL at 98.50 = 100,000.00 EUR, only pledged
      pledge({ id: 2, funderId: ALBANIA_FUND, amountMinor: 985_000_000, currency: 'ALL', status: 'pledged' }),
      // 30,750,000.00 MKD at 61.50 = 500,000.00 EUR
      pledge({ id: 3, funderId: MINISTRY, amountMinor: 3_075_000_000, currency: 'MKD' }),
    ],
    grantYears: [],
    minorUnits: minorUnitsOf,
    rate,
    today: '2025-11-01',
    ...over,
  };
}

describe('cost lines', () => {
  it('staff are headcount × cost; call specialists add forty training hours each unless told otherwise', () => {
    expect(costLineAmount({ kind: 'staff', headcount: 12, unitCostMinor: 2_400_000 })).toBe(28_800_000);
    expect(costLineAmount({ kind: 'call_specialists', headcount: 10, unitCostMinor: 1_800_000, trainingHourCostMinor: 1_500 })).toBe(18_000_000 + 600_000);
    expect(costLineAmount({ kind: 'call_specialists', headcount: 10, unitCostMinor: 1_800_000, trainingHours: 60, trainingHourCostMinor: 1_500 })).toBe(18_000_000 + 900_000);
    expect(costLineAmount({ kind: 'operating', amountMinor: 5_000_000, headcount: 99 })).toBe(5_000_000);
    expect(yearNeed([{ kind: 'staff', headcount: 2, unitCostMinor: 100 }, { kind: 'awareness', amountMinor: 50 }])).toBe(250);
  });
});

describe('plan coverage', () => {
  it('converts USD, ALL and MKD pledges into a EUR plan at the pledge date and nests paid ⊆ committed ⊆ pledged', () => {
    const c = planCoverage(input());
    expect(c.pledges.map((p) => p.amountMinor)).toEqual([20_000_000, 10_000_000, 50_000_000]);
    expect(c.years[0]).toMatchObject({ year: 2026, needMinor: 100_000_000, paidMinor: 0, committedMinor: 70_000_000, pledgedMinor: 80_000_000, gapMinor: 20_000_000, excessMinor: 0, coveredBp: 7000 });
  });

  it('rounds a conversion once, half away from zero', () => {
    // 100.01 USD / 1.0850 = 92.1751… EUR
    const c = planCoverage(input({ pledges: [pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 10_001, currency: 'USD' })] }));
    expect(c.pledges[0]!.amountMinor).toBe(9_218);
  });

  it('takes paid from the linked grant’s disbursements in the plan year, at each payment date’s rate', () => {
    const grant: GrantYear = {
      grantId: 7, year: 2026, status: 'active', currency: 'USD', scheduledMinor: 21_700_000,
      // 108,500.00 USD on 2026-03-15 at 1.1000 = 98,636.36 EUR
      disbursements: [{ paidDate: '2026-03-15', amountMinor: 10_850_000, currency: 'USD' }],
    };
    const c = planCoverage(input({ grantYears: [grant], pledges: [pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 21_700_000, currency: 'USD', grantId: 7 })] }));
    expect(c.pledges[0]).toMatchObject({ amountMinor: 20_000_000, paidMinor: 9_863_636, openMinor: 10_136_364 });
    expect(c.years[0]).toMatchObject({ paidMinor: 9_863_636, committedMinor: 20_000_000, pledgedMinor: 20_000_000, gapMinor: 80_000_000 });

    // A second payment, in EUR this time, is added as paid.
    const more = { ...grant, disbursements: [...grant.disbursements, { paidDate: '2026-06-01', amountMinor: 1_000_000, currency: 'EUR' }] };
    expect(planCoverage(input({ grantYears: [more], pledges: [pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 21_700_000, currency: 'USD', grantId: 7 })] })).years[0]!.paidMinor).toBe(10_863_636);
  });

  it('follows the grant when a tranche of the year is cancelled, the grant is cut by an amendment, or cancelled', () => {
    const linked = [pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 21_700_000, currency: 'USD', grantId: 7 })];
    const base: GrantYear = { grantId: 7, year: 2026, status: 'active', currency: 'USD', scheduledMinor: 21_700_000, disbursements: [{ paidDate: '2026-03-15', amountMinor: 10_850_000, currency: 'USD' }] };
    // Second tranche of 108,500.00 cancelled: 108,500 USD left scheduled = 100,000.00 EUR at the pledge date.
    const cancelledTranche = planCoverage(input({ pledges: linked, grantYears: [{ ...base, scheduledMinor: 10_850_000 }] }));
    expect(cancelledTranche.pledges[0]).toMatchObject({ paidMinor: 9_863_636, openMinor: 136_364 });
    expect(cancelledTranche.years[0]!.committedMinor).toBe(10_000_000);
    // An amendment raising the grant does not raise the pledge: open stays what the pledge still promises.
    const raised = planCoverage(input({ pledges: linked, grantYears: [{ ...base, scheduledMinor: 43_400_000 }] }));
    expect(raised.pledges[0]!.openMinor).toBe(10_136_364);
    // A cancelled grant pays nothing more; what it paid stays paid.
    const cancelled = planCoverage(input({ pledges: linked, grantYears: [{ ...base, status: 'cancelled' }] }));
    expect(cancelled.years[0]).toMatchObject({ paidMinor: 9_863_636, committedMinor: 9_863_636, gapMinor: 90_136_364 });
  });

  it('counts a payment beyond the pledge as paid, and pledges beyond the need as excess, not as another year’s cover', () => {
    const c = planCoverage(input({
      plan: { currency: 'EUR', startYear: 2026, endYear: 2027 },
      years: [{ year: 2026, needMinor: 10_000_000 }, { year: 2027, needMinor: 10_000_000 }],
      pledges: [pledge({ id: 1, funderId: MINISTRY, amountMinor: 5_000_000, currency: 'EUR', grantId: 9 }), pledge({ id: 2, funderId: MINISTRY, amountMinor: 15_000_000, currency: 'EUR' })],
      grantYears: [{ grantId: 9, year: 2026, status: 'active', currency: 'EUR', scheduledMinor: null, disbursements: [{ paidDate: '2026-02-01', amountMinor: 6_000_000, currency: 'EUR' }] }],
    }));
    expect(c.years[0]).toMatchObject({ paidMinor: 6_000_000, committedMinor: 21_000_000, gapMinor: 0, excessMinor: 11_000_000, coveredBp: 21_000 });
    expect(c.years[1]).toMatchObject({ committedMinor: 0, gapMinor: 10_000_000 });
    expect(c.total).toMatchObject({ needMinor: 20_000_000, gapMinor: 10_000_000, excessMinor: 11_000_000, coveredBp: 10_500 });
  });

  it('leaves withdrawn pledges out but for what their grant already paid', () => {
    const c = planCoverage(input({ pledges: [pledge({ id: 1, funderId: MINISTRY, amountMinor: 3_075_000_000, currency: 'MKD', status: 'withdrawn' })] }));
    expect(c.years[0]).toMatchObject({ committedMinor: 0, pledgedMinor: 0, gapMinor: 100_000_000 });
    const grantYears: GrantYear[] = [{ grantId: 4, year: 2026, status: 'active', currency: 'EUR', scheduledMinor: null, disbursements: [{ paidDate: '2026-02-01', amountMinor: 3_000_000, currency: 'EUR' }] }];
    const paid = planCoverage(input({ grantYears, pledges: [pledge({ id: 1, funderId: MINISTRY, amountMinor: 10_000_000, currency: 'EUR', status: 'withdrawn', grantId: 4 })] }));
    expect(paid.years[0]).toMatchObject({ paidMinor: 3_000_000, committedMinor: 3_000_000, pledgedMinor: 3_000_000, gapMinor: 97_000_000 });
  });

  it('names the missing rate rather than guessing one', () => {
    const early = input({ pledges: [pledge({ id: 1, funderId: US_EMBASSY, amountMinor: 100, currency: 'USD', pledgedDate: '2025-01-01' })] });
    expect(() => planCoverage(early)).toThrow(MissingRateError);
    expect(() => planCoverage(early)).toThrow(/USD against EUR on or before 2025-01-01/);
  });

  it('calls a year at risk when under 80% is committed six months before it starts, both settable', () => {
    expect(riskFromDate(2026, 6)).toBe('2025-07-01');
    expect(riskFromDate(2026, 14)).toBe('2024-11-01');
    expect(planCoverage(input({ today: '2025-06-30' })).years[0]!.atRisk).toBe(false);
    expect(planCoverage(input({ today: '2025-07-01' })).years[0]).toMatchObject({ atRisk: true, riskFrom: '2025-07-01' });
    expect(planCoverage(input({ today: '2027-01-01' })).years[0]!.atRisk).toBe(false);
    // 70% committed passes a 70% level, and a 3-month lead starts judging later.
    expect(planCoverage(input({ today: '2025-11-01', risk: { thresholdPercent: 70, monthsBefore: 6 } })).years[0]!.atRisk).toBe(false);
    expect(planCoverage(input({ today: '2025-09-01', risk: { thresholdPercent: 80, monthsBefore: 3 } })).yearsAtRisk).toBe(0);
  });
});

describe('what if', () => {
  it('removes or reduces one funder’s pledges, or every pledge still only pledged, without touching the input', () => {
    const i = input();
    const snapshot = JSON.stringify(i.pledges);
    const gone = whatIfCoverage(i, { kind: 'funder', funderId: MINISTRY, keepPercent: 0 });
    expect(gone.gapChangeMinor).toEqual([{ year: 2026, beforeMinor: 20_000_000, afterMinor: 70_000_000 }]);
    const half = whatIfCoverage(i, { kind: 'funder', funderId: US_EMBASSY, keepPercent: 50 });
    expect(half.after.years[0]).toMatchObject({ committedMinor: 60_000_000, gapMinor: 30_000_000 });
    const firmOnly = whatIfCoverage(i, { kind: 'pledged_only' });
    expect(firmOnly.after.years[0]).toMatchObject({ pledgedMinor: 70_000_000, gapMinor: 30_000_000 });
    expect(JSON.stringify(i.pledges)).toBe(snapshot);
  });

  it('keeps money already paid when the funder’s pledge is removed', () => {
    const grantYears: GrantYear[] = [{ grantId: 7, year: 2026, status: 'active', currency: 'EUR', scheduledMinor: null, disbursements: [{ paidDate: '2026-03-15', amountMinor: 4_000_000, currency: 'EUR' }] }];
    const i = input({ grantYears, pledges: [pledge({ id: 1, funderId: MINISTRY, amountMinor: 10_000_000, currency: 'EUR', grantId: 7 })] });
    const r = whatIfCoverage(i, { kind: 'funder', funderId: MINISTRY, keepPercent: 0 });
    expect(r.after.years[0]).toMatchObject({ paidMinor: 4_000_000, committedMinor: 4_000_000, gapMinor: 96_000_000 });
  });
});
