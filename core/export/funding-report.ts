/**
 * The funding report for a selection: lines by country, year and currency, totals that leave
 * pass-through grants out (their money is already counted in the grant that funded them), and,
 * when a reporting currency is chosen, every amount converted at the EUR cross rates of one
 * stated date (the FX rules of core/domain/fx: exact, one rounding, half away from zero).
 */
import { passThroughGrants, selectedFundingLines, type FundingSelection, type PassThroughGrant } from '../../db/queries/funding-selection';
import { rateOnOrBefore } from '../../db/queries/fx';
import type { Db } from '../../db/open';
import { minorUnitsOf } from '../domain/currencies';
import { convertCross } from '../domain/fx';
import { DUE_GRACE_DAYS } from '../domain/tranche-status';
import { AppError } from '../api/errors';

export type { FundingSelection } from '../../db/queries/funding-selection';

export type ReportAmounts = { committedMinor: number; disbursedMinor: number; receivedMinor: number; outstandingMinor: number; overdueTranches: number; overdueMinor: number };
export type ReportLine = ReportAmounts & { country: string; year: string; currency: string; passThrough: boolean; grantCurrency: string };
export type ReportTotal = ReportAmounts & { currency: string };
export type ReportRate = { currency: string; perEur: string; rateDate: string };

export type FundingReport = {
  selection: FundingSelection;
  /** null: each line in its grant currency; else the currency every amount was converted to. */
  reportingCurrency: string | null;
  /** The date whose rates (the newest on or before it) converted the amounts. */
  rateDate: string | null;
  rates: ReportRate[];
  lines: ReportLine[];
  /** Per currency, pass-through lines left out. */
  totals: ReportTotal[];
  passThrough: PassThroughGrant[];
  today: string;
};

export type ReportOptions = { currency?: string | null; rateDate?: string | null; today: string };

const AMOUNTS = ['committedMinor', 'disbursedMinor', 'receivedMinor', 'outstandingMinor', 'overdueMinor'] as const;

/** Units of `currency` per EUR on or before `date`, or a clear error naming the currency. */
function perEurOn(db: Db, currency: string, date: string): ReportRate {
  if (currency === 'EUR') return { currency, perEur: '1', rateDate: date };
  const r = rateOnOrBefore(db, 'EUR', currency, date);
  if (!r) throw new AppError('invalid_input', `No EUR/${currency} rate on or before ${date}`, { currency, date }, [{ path: 'rateDate', code: 'no_rate', message: `no EUR/${currency} rate on or before ${date}` }]);
  return { currency, perEur: r.rate, rateDate: r.rateDate };
}

export function fundingReport(db: Db, selection: FundingSelection, options: ReportOptions): FundingReport {
  const raw = selectedFundingLines(db, selection, options.today, DUE_GRACE_DAYS);
  const to = options.currency ?? null;
  const rateDate = to ? (options.rateDate ?? options.today) : null;
  const rates = new Map<string, ReportRate>();
  const rate = (c: string) => {
    let r = rates.get(c);
    if (!r) rates.set(c, (r = perEurOn(db, c, rateDate!)));
    return r;
  };
  const lines: ReportLine[] = raw.map((l) => {
    const base = { ...l, outstandingMinor: l.committedMinor - l.disbursedMinor, passThrough: l.passThrough === 1, grantCurrency: l.currency };
    if (!to || to === l.currency) return { ...base, currency: to ?? l.currency };
    const from = rate(l.currency).perEur;
    const into = rate(to).perEur;
    const conv = (m: number) => convertCross(m, minorUnitsOf(l.currency), from, into, minorUnitsOf(to));
    const out = { ...base, currency: to };
    for (const f of AMOUNTS) out[f] = conv(base[f]);
    return out;
  });
  const sums = new Map<string, ReportTotal>();
  for (const l of lines) {
    if (l.passThrough) continue;
    let s = sums.get(l.currency);
    if (!s) sums.set(l.currency, (s = { currency: l.currency, committedMinor: 0, disbursedMinor: 0, receivedMinor: 0, outstandingMinor: 0, overdueTranches: 0, overdueMinor: 0 }));
    for (const f of AMOUNTS) s[f] += l[f];
    s.overdueTranches += l.overdueTranches;
  }
  if (to) rate(to);
  return {
    selection,
    reportingCurrency: to,
    rateDate,
    rates: [...rates.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    lines,
    totals: [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    passThrough: passThroughGrants(db, selection),
    today: options.today,
  };
}
