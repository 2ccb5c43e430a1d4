/**
 * Monthly demo exchange rates, EUR base, on the first of each month from 2018-01 to 2026-11.
 * Each series follows hand-set anchor points close to the published reference rates of the period,
 * interpolated linearly with a little seeded noise. Rates are computed in integer ten-thousandths
 * and written as exact 4-decimal strings; no float touches them.
 */
import { addMonthsToFirst } from './dates';
import { createRng } from './random';

export const FX_FIRST_MONTH = '2018-01-01';
export const FX_LAST_MONTH = '2026-11-01';
export const FX_QUOTES = ['USD', 'ALL', 'BAM', 'RSD', 'MKD'] as const;
export type FxQuote = (typeof FX_QUOTES)[number];

export type DemoFxRate = { base: 'EUR'; quote: FxQuote; rateDate: string; rate: string };

type Series = { anchors: ReadonlyArray<readonly [string, string]>; noise: number };

/** Units of the quote currency per 1 EUR at anchor months ('YYYY-MM'), and the noise amplitude in 1e-4. */
const SERIES: Record<FxQuote, Series> = {
  USD: {
    noise: 60,
    anchors: [
      ['2018-01', '1.2200'], ['2018-07', '1.1690'], ['2019-01', '1.1420'], ['2019-07', '1.1220'],
      ['2020-01', '1.1100'], ['2020-04', '1.0860'], ['2020-07', '1.1460'], ['2021-01', '1.2170'],
      ['2021-07', '1.1820'], ['2022-01', '1.1310'], ['2022-07', '1.0180'], ['2022-10', '1.0000'],
      ['2023-01', '1.0780'], ['2023-07', '1.1060'], ['2024-01', '1.0910'], ['2024-07', '1.0840'],
      ['2025-01', '1.0350'], ['2025-07', '1.1680'], ['2026-01', '1.1700'], ['2026-11', '1.1600'],
    ],
  },
  ALL: {
    noise: 4000,
    anchors: [
      ['2018-01', '134.9000'], ['2018-07', '127.4000'], ['2019-01', '123.4000'], ['2019-07', '122.3000'],
      ['2020-01', '122.4000'], ['2020-07', '123.7000'], ['2021-01', '123.5000'], ['2021-07', '121.6000'],
      ['2022-01', '121.4000'], ['2022-07', '119.2000'], ['2023-01', '115.0000'], ['2023-07', '105.0000'],
      ['2024-01', '103.8000'], ['2024-07', '100.0000'], ['2025-01', '98.5000'], ['2025-07', '97.8000'],
      ['2026-01', '97.0000'], ['2026-11', '96.5000'],
    ],
  },
  // The convertible mark is pegged to the euro.
  BAM: { noise: 0, anchors: [['2018-01', '1.9558'], ['2026-11', '1.9558']] },
  RSD: {
    noise: 120,
    anchors: [
      ['2018-01', '118.6000'], ['2018-07', '118.1000'], ['2019-01', '118.0000'], ['2019-07', '117.6000'],
      ['2020-01', '117.5500'], ['2020-07', '117.6000'], ['2021-01', '117.5700'], ['2022-01', '117.5700'],
      ['2023-01', '117.3000'], ['2024-01', '117.1500'], ['2025-01', '117.1000'], ['2026-01', '117.1500'],
      ['2026-11', '117.2000'],
    ],
  },
  MKD: {
    noise: 250,
    anchors: [['2018-01', '61.5500'], ['2020-01', '61.6000'], ['2022-01', '61.5800'], ['2024-01', '61.5200'], ['2026-11', '61.5400']],
  },
};

/** "118.6000" -> 1186000 (ten-thousandths). */
function toUnits(rate: string): number {
  const m = /^(\d+)\.(\d{4})$/.exec(rate);
  if (!m) throw new RangeError(`Anchor rate ${rate} must have exactly 4 decimals`);
  return Number(m[1]) * 10_000 + Number(m[2]);
}

/** 1186000 -> "118.6000". */
function fromUnits(units: number): string {
  return `${Math.floor(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;
}

function monthIndex(yyyyMm: string): number {
  return Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;
}

/** The anchor-interpolated value (ten-thousandths) of a series in a month; integer arithmetic only. */
function interpolate(series: Series, month: number): number {
  const points = series.anchors.map(([m, r]) => [monthIndex(m), toUnits(r)] as const);
  const first = points[0]!;
  if (month <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [m1, r1] = points[i]!;
    const [m0, r0] = points[i - 1]!;
    if (month <= m1) return r0 + Math.trunc(((r1 - r0) * (month - m0)) / (m1 - m0));
  }
  return points[points.length - 1]![1];
}

/** Every demo rate, month by month, quotes in FX_QUOTES order. */
export function demoFxRates(): DemoFxRate[] {
  const rng = createRng('demo:fx-rates');
  const out: DemoFxRate[] = [];
  for (let date = FX_FIRST_MONTH; date <= FX_LAST_MONTH; date = addMonthsToFirst(date, 1)) {
    const month = monthIndex(date.slice(0, 7));
    for (const quote of FX_QUOTES) {
      const series = SERIES[quote];
      const noise = series.noise === 0 ? 0 : rng.int(-series.noise, series.noise);
      out.push({ base: 'EUR', quote, rateDate: date, rate: fromUnits(interpolate(series, month) + noise) });
    }
  }
  return out;
}

/** Looks up the latest demo rate on or before a date (rates are monthly, so the month's first). */
export function makeRateLookup(rates: readonly DemoFxRate[]): (quote: string, date: string) => string {
  const byKey = new Map(rates.map((r) => [`${r.quote}|${r.rateDate}`, r.rate]));
  return (quote, date) => {
    if (quote === 'EUR') return '1.0000';
    const first = `${date.slice(0, 7)}-01`;
    const rate = byKey.get(`${quote}|${first > FX_LAST_MONTH ? FX_LAST_MONTH : first}`);
    if (!rate) throw new RangeError(`No demo EUR/${quote} rate for ${date}`);
    return rate;
  };
}
