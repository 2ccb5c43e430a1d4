/**
 * One five-year national hotline funding plan per country, in EUR, needing 3-5 million a year, with
 * pledges from three to five funders that cover part of each year's need: the near years mostly
 * committed, the later ones only pledged.
 */
import { COUNTRIES, REGION_COUNTRIES, type RegionCountry } from '../domain/countries';
import { addDays, DEMO_TODAY, minDate } from './dates';
import { FUNDERS, hotlineOf } from './organisations';
import type { Rng } from './random';

export type DemoPledge = { funderKey: string; year: number; amountMinor: number; status: 'pledged' | 'committed' | 'withdrawn'; pledgedDate: string };
export type DemoPlan = {
  country: RegionCountry;
  title: string;
  organisationKey: string;
  startYear: number;
  endYear: number;
  createdOn: string;
  years: { year: number; needMinor: number }[];
  pledges: DemoPledge[];
};

/** 50,000.00 EUR in minor units: the granularity of needs and pledges. */
const BLOCK = 5_000_000;
export const PLAN_NEED_BAND = { min: 300_000_000, max: 500_000_000 } as const;

/** Funders that could plausibly pledge to a country's hotline: its government and those covering it. */
function pledgersOf(country: RegionCountry): string[] {
  return FUNDERS.filter((f) => f.covers.includes(country)).map((f) => f.key);
}

/** Share of the need (percent) pledged in the n-th plan year. */
const COVERAGE: readonly (readonly [number, number])[] = [[55, 85], [40, 65], [25, 50], [15, 40], [10, 30]];

export function fundingPlans(rng: Rng): DemoPlan[] {
  return REGION_COUNTRIES.map((country) => {
    const startYear = rng.pick([2025, 2026]);
    const endYear = startYear + 4;
    const createdOn = `${startYear - 1}-${rng.pick(['09', '10', '11'])}-${String(rng.int(2, 27)).padStart(2, '0')}`;
    let need = rng.int(60, 76) * BLOCK;
    const years: DemoPlan['years'] = [];
    const pledges: DemoPledge[] = [];
    const pledgers = pledgersOf(country);
    for (let n = 0; n < 5; n++) {
      const year = startYear + n;
      if (n > 0) need = Math.min(PLAN_NEED_BAND.max, need + rng.int(0, 4) * BLOCK);
      years.push({ year, needMinor: need });
      const [lo, hi] = COVERAGE[n]!;
      const covered = Math.floor((need * rng.int(lo, hi)) / 100 / BLOCK) * BLOCK;
      const who = rng.shuffle(pledgers).slice(0, Math.min(pledgers.length, rng.int(3, 5)));
      const weights = who.map(() => rng.int(1, 4));
      const totalWeight = weights.reduce((s, w) => s + w, 0);
      let left = covered;
      who.forEach((funderKey, i) => {
        const amount = i === who.length - 1 ? left : Math.max(BLOCK, Math.floor((covered * weights[i]!) / totalWeight / BLOCK) * BLOCK);
        left -= amount;
        if (amount <= 0) return;
        const government = FUNDERS.find((f) => f.key === funderKey)!.kind === 'government';
        const committed = year <= 2026 || (year === 2027 && government && rng.chance(0.5));
        const pledgedDate = minDate(DEMO_TODAY, addDays(createdOn, rng.int(10, 40) + n * rng.int(20, 60)));
        // One pledge taken back, so the plan views have a withdrawn row to show.
        const status = country === 'ME' && n === 2 && i === 0 ? 'withdrawn' : committed ? 'committed' : 'pledged';
        pledges.push({ funderKey, year, amountMinor: amount, status, pledgedDate });
      });
      if (pledges.filter((p) => p.year === year).length < 3) throw new Error(`Demo plan ${country} ${year} has fewer than three pledges`);
    }
    const hotline = hotlineOf(country);
    return {
      country,
      title: `National anti-trafficking hotline ${startYear}–${endYear} (${COUNTRIES.get(country)!.name})`,
      organisationKey: hotline.key,
      startYear,
      endYear,
      createdOn,
      years,
      pledges,
    };
  });
}
