/**
 * What the money achieved: paid money per hotline call and per case recorded, per year, where both
 * the money and the count exist. A year's count is its yearly actual, or the sum of its quarters'.
 */
import { divRoundHalfAway } from './fx';

export type IndicatorActual = { indicator: string; purpose: string | null; year: number; quarter: number | null; actual: number | null };

/** The year's actual of one indicator (all purposes summed for calls by purpose), or null when none is entered. */
export function yearActual(rows: readonly IndicatorActual[], indicator: string, year: number): number | null {
  const own = rows.filter((r) => r.indicator === indicator && r.year === year && r.actual !== null);
  const yearly = own.filter((r) => r.quarter === null);
  const chosen = yearly.length ? yearly : own;
  return chosen.length ? chosen.reduce((s, r) => s + r.actual!, 0) : null;
}

export type CostPerResult = { year: number; calls: number | null; cases: number | null; costPerCallMinor: number | null; costPerCaseMinor: number | null };

/** Cost per call and per case, in minor units of the money's currency, rounded half away from zero. */
export function costPerResult(paidByYear: readonly { year: number; paidMinor: number }[], rows: readonly IndicatorActual[]): CostPerResult[] {
  return paidByYear.map(({ year, paidMinor }) => {
    const calls = yearActual(rows, 'hotline_calls', year);
    const cases = yearActual(rows, 'cases_recorded', year);
    const per = (n: number | null) => (n && paidMinor > 0 ? Number(divRoundHalfAway(BigInt(paidMinor), BigInt(n))) : null);
    return { year, calls, cases, costPerCallMinor: per(calls), costPerCaseMinor: per(cases) };
  });
}
