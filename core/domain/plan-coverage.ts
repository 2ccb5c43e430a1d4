/**
 * How far a funding plan's need is covered, year by year and over the whole plan. The figures
 * nest: paid ⊆ committed ⊆ pledged ≤ need + excess, so a chart can stack paid, committed-not-paid,
 * pledged-not-committed and the gap against the need (docs/ARCHITECTURE.md "Funding plans").
 *
 * - A pledge counts in the plan's currency, converted at the EUR cross rate of its pledge date.
 * - Paid is never typed: for a pledge linked to a grant it is that grant's disbursements dated in
 *   the pledge's year, each converted at the rate of its payment date. Paid money stays paid.
 * - The part of a pledge not yet paid ("open") is what is still expected: nothing once the grant is
 *   cancelled or closed, and no more than the grant's live tranches due that year still hold.
 * - A withdrawn pledge counts only for what its grant already paid. Pledges are promises: only paid
 *   is money received.
 */
import { convertCross } from './fx';

/** Units of `currency` per EUR on or before `date` ('1' for EUR itself), or undefined when no rate is known. */
export type RateLookup = (currency: string, date: string) => string | undefined;

export class MissingRateError extends Error {
  constructor(
    readonly currency: string,
    readonly date: string,
  ) {
    super(`No exchange rate for ${currency} against EUR on or before ${date}`);
    this.name = 'MissingRateError';
  }
}

export type PledgeStatus = 'pledged' | 'committed' | 'withdrawn';

export type CoveragePledge = {
  id: number;
  funderId: number;
  year: number;
  amountMinor: number;
  currency: string;
  status: PledgeStatus;
  pledgedDate: string;
  grantId: number | null;
};

/** A linked grant's money in one plan year. */
export type GrantYear = {
  grantId: number;
  year: number;
  /** Grant status: a cancelled or closed grant pays nothing more. */
  status: string;
  currency: string;
  /** The grant's disbursements dated in this year, each in its own currency. */
  disbursements: readonly { paidDate: string; amountMinor: number; currency: string }[];
  /** The grant's tranches due this year and not cancelled, in the grant's currency; null when none fall due in the year. */
  scheduledMinor: number | null;
};

export type RiskRule = { thresholdPercent: number; monthsBefore: number };
export const DEFAULT_RISK: RiskRule = { thresholdPercent: 80, monthsBefore: 6 };

export type CoverageInput = {
  plan: { currency: string; startYear: number; endYear: number };
  years: readonly { year: number; needMinor: number }[];
  pledges: readonly CoveragePledge[];
  grantYears: readonly GrantYear[];
  minorUnits: (currency: string) => number;
  rate: RateLookup;
  today: string;
  risk?: RiskRule;
};

export type PledgeCoverage = { id: number; funderId: number; year: number; status: PledgeStatus; amountMinor: number; paidMinor: number; openMinor: number };

export type Figures = {
  needMinor: number;
  paidMinor: number;
  /** Paid plus what committed pledges still hold. */
  committedMinor: number;
  /** Committed plus what pledges not yet committed still hold. */
  pledgedMinor: number;
  /** Need nobody has even pledged. */
  gapMinor: number;
  /** Pledged beyond the need. */
  excessMinor: number;
  /** Committed share of the need, in basis points (10000 = 100%), rounded down; 10000 when nothing is needed. */
  coveredBp: number;
};
export type YearCoverage = Figures & { year: number; atRisk: boolean; riskFrom: string };
export type PlanCoverage = { years: YearCoverage[]; total: Figures; yearsAtRisk: number; pledges: PledgeCoverage[] };

/** Converts with the EUR cross rates of `date`, one rounding half away from zero. */
export function convertOn(amountMinor: number, from: string, to: string, date: string, minorUnits: (c: string) => number, rate: RateLookup): number {
  if (from === to) return amountMinor;
  const fromRate = rate(from, date);
  if (fromRate === undefined) throw new MissingRateError(from, date);
  const toRate = rate(to, date);
  if (toRate === undefined) throw new MissingRateError(to, date);
  return convertCross(amountMinor, minorUnits(from), fromRate, toRate, minorUnits(to));
}

/** share of whole in basis points, rounded down, without floating point. */
export function basisPoints(part: number, whole: number): number {
  if (whole <= 0) return 10_000;
  return Number((BigInt(part) * 10_000n) / BigInt(whole));
}

/** The first day of the month `months` before 1 January of `year`: when a year's cover is judged. */
export function riskFromDate(year: number, months: number): string {
  const index = year * 12 - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

const CLOSED_GRANT = new Set(['cancelled', 'closed']);

/** One pledge's amount, paid and open part in the plan's currency. */
export function pledgeCoverage(p: CoveragePledge, input: CoverageInput, grantYear: GrantYear | undefined): PledgeCoverage {
  const to = input.plan.currency;
  const amountMinor = convertOn(p.amountMinor, p.currency, to, p.pledgedDate, input.minorUnits, input.rate);
  let paidMinor = 0;
  let openMinor = Math.max(0, amountMinor);
  if (p.grantId !== null && grantYear) {
    for (const d of grantYear.disbursements) paidMinor += convertOn(d.amountMinor, d.currency, to, d.paidDate, input.minorUnits, input.rate);
    openMinor = Math.max(0, amountMinor - paidMinor);
    if (CLOSED_GRANT.has(grantYear.status)) openMinor = 0;
    else if (grantYear.scheduledMinor !== null) {
      const scheduled = convertOn(grantYear.scheduledMinor, grantYear.currency, to, p.pledgedDate, input.minorUnits, input.rate);
      openMinor = Math.min(openMinor, Math.max(0, scheduled - paidMinor));
    }
  } else if (p.grantId !== null && !grantYear) {
    // Linked, but the grant has nothing in this year: nothing paid yet, the promise still stands.
    openMinor = amountMinor;
  }
  if (p.status === 'withdrawn') openMinor = 0;
  return { id: p.id, funderId: p.funderId, year: p.year, status: p.status, amountMinor, paidMinor, openMinor };
}

function figures(needMinor: number, paidMinor: number, committedOpen: number, pledgedOpen: number): Figures {
  const committedMinor = paidMinor + committedOpen;
  const pledgedMinor = committedMinor + pledgedOpen;
  return {
    needMinor,
    paidMinor,
    committedMinor,
    pledgedMinor,
    gapMinor: Math.max(0, needMinor - pledgedMinor),
    excessMinor: Math.max(0, pledgedMinor - needMinor),
    coveredBp: basisPoints(committedMinor, needMinor),
  };
}

/** Coverage of every plan year and of the whole plan. */
export function planCoverage(input: CoverageInput): PlanCoverage {
  const risk = input.risk ?? DEFAULT_RISK;
  const grantYears = new Map(input.grantYears.map((g) => [`${g.grantId}:${g.year}`, g]));
  const pledges = input.pledges.map((p) => pledgeCoverage(p, input, p.grantId === null ? undefined : grantYears.get(`${p.grantId}:${p.year}`)));
  const needs = new Map(input.years.map((y) => [y.year, y.needMinor]));
  const years: YearCoverage[] = [];
  for (let year = input.plan.startYear; year <= input.plan.endYear; year++) {
    let paid = 0;
    let committedOpen = 0;
    let pledgedOpen = 0;
    for (const p of pledges) {
      if (p.year !== year) continue;
      // A withdrawn pledge's open part is 0: it counts only for what its grant already paid.
      paid += p.paidMinor;
      if (p.status === 'committed') committedOpen += p.openMinor;
      else if (p.status === 'pledged') pledgedOpen += p.openMinor;
    }
    const f = figures(needs.get(year) ?? 0, paid, committedOpen, pledgedOpen);
    const riskFrom = riskFromDate(year, risk.monthsBefore);
    const judged = input.today >= riskFrom && input.today <= `${year}-12-31`;
    years.push({ ...f, year, riskFrom, atRisk: judged && f.coveredBp < risk.thresholdPercent * 100 });
  }
  const sum = (k: keyof Figures) => years.reduce((s, y) => s + y[k], 0);
  const total: Figures = {
    needMinor: sum('needMinor'),
    paidMinor: sum('paidMinor'),
    committedMinor: sum('committedMinor'),
    pledgedMinor: sum('pledgedMinor'),
    // Money beyond one year's need does not fill another year's gap.
    gapMinor: sum('gapMinor'),
    excessMinor: sum('excessMinor'),
    coveredBp: basisPoints(sum('committedMinor'), sum('needMinor')),
  };
  return { years, total, yearsAtRisk: years.filter((y) => y.atRisk).length, pledges };
}
