/**
 * What if a funder gave less, or the pledges not yet committed never came: the plan's coverage
 * with its pledges changed in memory only. Money already paid stays paid; only promises change.
 */
import { planCoverage, type CoverageInput, type CoveragePledge, type PlanCoverage } from './plan-coverage';

export type WhatIf =
  /** Keep `keepPercent` of one funder's pledges (0 removes them). */
  | { kind: 'funder'; funderId: number; keepPercent: number }
  /** Drop every pledge still only pledged. */
  | { kind: 'pledged_only' };

/** One pledge scaled to `percent` of its amount, rounded half away from zero to its minor unit. */
function scaled(p: CoveragePledge, percent: number): CoveragePledge {
  const n = BigInt(p.amountMinor) * BigInt(percent);
  const q = n / 100n;
  return { ...p, amountMinor: Number(2n * (n % 100n) >= 100n ? q + 1n : q) };
}

export function applyWhatIf(pledges: readonly CoveragePledge[], w: WhatIf): CoveragePledge[] {
  if (w.kind === 'pledged_only') return pledges.map((p) => (p.status === 'pledged' ? scaled(p, 0) : p));
  return pledges.map((p) => (p.funderId === w.funderId ? scaled(p, w.keepPercent) : p));
}

export type WhatIfResult = { before: PlanCoverage; after: PlanCoverage; gapChangeMinor: { year: number; beforeMinor: number; afterMinor: number }[] };

export function whatIfCoverage(input: CoverageInput, w: WhatIf): WhatIfResult {
  const before = planCoverage(input);
  const after = planCoverage({ ...input, pledges: applyWhatIf(input.pledges, w) });
  return {
    before,
    after,
    gapChangeMinor: before.years.map((y, i) => ({ year: y.year, beforeMinor: y.gapMinor, afterMinor: after.years[i]!.gapMinor })),
  };
}
