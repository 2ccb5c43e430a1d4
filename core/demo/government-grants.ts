/**
 * Yearly government allocations, 2018-2026: each country's government bodies fund its shelters and
 * hotline in the national currency, for a yearly total worth 100,000-400,000 USD at the demo rates
 * of the start month (targets are drawn from 130,000-370,000 so rounding never leaves the band).
 */
import type { GrantPurpose } from '../../db/schema';
import { REGION_COUNTRIES, type RegionCountry } from '../domain/countries';
import { addDays } from './dates';
import { governmentGrantTitle } from './grant-text';
import { statusByDates, type AwardMethod, type DemoGrant } from './grant-spec';
import { FUNDERS, NATIONAL_CURRENCY, NGOS, type NgoFocus } from './organisations';
import type { Rng } from './random';

export const GOVERNMENT_YEARS = { first: 2018, last: 2026 } as const;

/** The band every country-year total must fall in, in USD minor units. */
export const GOVERNMENT_USD_BAND = { min: 10_000_000, max: 40_000_000 } as const;

/** Typical yearly level (USD) and yearly growth per country. */
const LEVEL: Record<RegionCountry, readonly [number, number]> = {
  AL: [230_000, 9_000],
  BA: [165_000, 7_000],
  HR: [270_000, 8_000],
  XK: [145_000, 6_000],
  ME: [140_000, 5_000],
  MK: [160_000, 6_000],
  RS: [250_000, 10_000],
};

/** Rounding step of an allocation, in minor units: 100,000 lek/dinars, 50,000 denars, 1,000 EUR/KM. */
const STEP: Record<string, bigint> = { ALL: 10_000_000n, RSD: 10_000_000n, MKD: 5_000_000n, BAM: 100_000n, EUR: 100_000n };

/** Rate as integer ten-thousandths ("117.2000" -> 1172000n). */
export function rateUnits(rate: string): bigint {
  const m = /^(\d+)\.(\d{4})$/.exec(rate);
  if (!m) throw new RangeError(`Demo rate ${rate} must have 4 decimals`);
  return BigInt(m[1]!) * 10_000n + BigInt(m[2]!);
}

function roundToStep(value: bigint, step: bigint): bigint {
  return ((value * 2n + step) / (2n * step)) * step;
}

function ngoOf(country: RegionCountry, focus: NgoFocus): string {
  const ngo = NGOS.find((n) => n.country === country && n.focus === focus);
  if (!ngo) throw new Error(`No demo ${focus} NGO in ${country}`);
  return ngo.key;
}

function governmentsOf(country: RegionCountry): string[] {
  return FUNDERS.filter((f) => f.kind === 'government' && f.country === country).map((f) => f.key);
}

type Part = { funderKey: string; granteeKey: string; purpose: GrantPurpose; percent: number };

/** Who gets what share of a country's allocation in one year. */
function partsOf(country: RegionCountry, rng: Rng): Part[] {
  const govs = governmentsOf(country);
  const shelter = ngoOf(country, 'shelter');
  const hotline = ngoOf(country, 'hotline');
  if (govs.length > 1) {
    // Albania: social protection funds the shelter, the interior ministry the hotline.
    const p = rng.int(58, 70);
    return [
      { funderKey: govs[0]!, granteeKey: shelter, purpose: 'shelter', percent: p },
      { funderKey: govs[1]!, granteeKey: hotline, purpose: 'hotline', percent: 100 - p },
    ];
  }
  const gov = govs[0]!;
  if (rng.chance(0.1)) {
    const p = rng.int(60, 75);
    const other = NGOS.find((n) => n.country === country && (n.focus === 'reintegration' || n.focus === 'legal_aid'))!;
    const second = rng.chance(0.6) ? { granteeKey: hotline, purpose: 'hotline' as const } : { granteeKey: other.key, purpose: other.focus };
    return [
      { funderKey: gov, granteeKey: shelter, purpose: 'shelter', percent: p },
      { funderKey: gov, ...second, percent: 100 - p },
    ];
  }
  const single = rng.weighted([[{ granteeKey: shelter, purpose: 'shelter' as const }, 3], [{ granteeKey: hotline, purpose: 'hotline' as const }, 2]]);
  return [{ funderKey: gov, ...single, percent: 100 }];
}

/** Every government allocation grant; `rateOf(quote, date)` gives units of quote per EUR. */
export function governmentGrants(rateOf: (quote: string, date: string) => string, rng: Rng): DemoGrant[] {
  const out: DemoGrant[] = [];
  for (const country of REGION_COUNTRIES) {
    const currency = NATIONAL_CURRENCY[country];
    const [level, growth] = LEVEL[country];
    for (let year = GOVERNMENT_YEARS.first; year <= GOVERNMENT_YEARS.last; year++) {
      const startDate = `${year}-0${rng.int(1, 3)}-01`;
      const endDate = `${year}-12-31`;
      const usdUnits = rateUnits(rateOf('USD', startDate));
      const localUnits = rateUnits(rateOf(currency, startDate));
      const targetUsd = Math.min(370_000, Math.max(130_000, level + (year - GOVERNMENT_YEARS.first) * growth + rng.int(-40, 40) * 1_000));
      // USD -> local: usd * (local per EUR) / (USD per EUR), then a round figure.
      const step = STEP[currency]!;
      const total = roundToStep((BigInt(targetUsd) * 100n * localUnits) / usdUnits, step);
      const usdTimesLocal = total * usdUnits; // = USD minor × localUnits, compared without division
      if (usdTimesLocal < BigInt(GOVERNMENT_USD_BAND.min) * localUnits || usdTimesLocal > BigInt(GOVERNMENT_USD_BAND.max) * localUnits) {
        throw new Error(`Demo allocation for ${country} ${year} left the USD band`);
      }
      const parts = partsOf(country, rng);
      let left = total;
      parts.forEach((part, i) => {
        const amount = i === parts.length - 1 ? left : roundToStep((total * BigInt(part.percent)) / 100n, step);
        left -= amount;
        const decisionDate = addDays(startDate, -rng.int(20, 40));
        const awardMethod: AwardMethod = part.purpose === 'hotline' ? rng.weighted([['direct', 2], ['open', 1]]) : rng.weighted([['open', 3], ['direct', 1]]);
        out.push({
          grantorKey: part.funderKey,
          granteeKey: part.granteeKey,
          country,
          government: true,
          refCode: FUNDERS.find((f) => f.key === part.funderKey)!.refCode,
          title: governmentGrantTitle(part.purpose, year),
          purpose: part.purpose,
          description: `Annual allocation from the ${year} state budget for services to victims of trafficking.`,
          amountMinor: Number(amount),
          currency,
          status: statusByDates(startDate, endDate),
          awardMethod,
          decisionDate,
          agreementSignedDate: addDays(startDate, -rng.int(2, 12)),
          startDate,
          endDate,
          createdOn: decisionDate,
          trancheCount: rng.int(2, 4),
        });
      });
    }
  }
  return out;
}
