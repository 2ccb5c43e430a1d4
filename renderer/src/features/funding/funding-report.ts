/**
 * The Funding report's rows grouped for display: by country, each with its lines by year and
 * currency as the API gives them, and a subtotal per currency over the years. Amounts are added
 * only within one currency (minor units, so the sums are exact integers).
 */
import type { Output } from '../../../../core/api/handlers';

export type FundingRow = Output<'reports.funding'>['rows'][number];
export type FundingAmounts = Pick<FundingRow, 'committedMinor' | 'disbursedMinor' | 'awaitingApprovalMinor' | 'receivedMinor' | 'outstandingMinor'>;
export type FundingSubtotal = FundingAmounts & { currency: string };
export type FundingGroup = { country: string; lines: FundingRow[]; subtotals: FundingSubtotal[] };

/** The five amounts of a line, in the order of the table's columns. */
export const AMOUNT_FIELDS = ['committedMinor', 'disbursedMinor', 'awaitingApprovalMinor', 'receivedMinor', 'outstandingMinor'] as const satisfies readonly (keyof FundingAmounts)[];

const byYearThenCurrency = (a: FundingRow, b: FundingRow) => a.year.localeCompare(b.year) || a.currency.localeCompare(b.currency);

/**
 * Groups the report's rows by country (ordered by `nameOf` with `collator`), keeping only `country`
 * when given; lines by year then currency, subtotals by currency code.
 */
export function groupFunding(rows: readonly FundingRow[], nameOf: (code: string) => string, collator: Intl.Collator, country: string | null = null): FundingGroup[] {
  const byCountry = new Map<string, FundingRow[]>();
  for (const r of rows) {
    if (country !== null && r.country !== country) continue;
    let lines = byCountry.get(r.country);
    if (!lines) byCountry.set(r.country, (lines = []));
    lines.push(r);
  }
  const groups: FundingGroup[] = [];
  for (const [code, lines] of byCountry) {
    lines.sort(byYearThenCurrency);
    const sums = new Map<string, FundingSubtotal>();
    for (const l of lines) {
      let s = sums.get(l.currency);
      if (!s) sums.set(l.currency, (s = { currency: l.currency, committedMinor: 0, disbursedMinor: 0, awaitingApprovalMinor: 0, receivedMinor: 0, outstandingMinor: 0 }));
      for (const f of AMOUNT_FIELDS) s[f] += l[f];
    }
    groups.push({ country: code, lines, subtotals: [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency)) });
  }
  return groups.sort((a, b) => collator.compare(nameOf(a.country), nameOf(b.country)));
}

/** The countries the report has rows for (the filter's choices), ordered by name. */
export function fundingCountries(rows: readonly FundingRow[], nameOf: (code: string) => string, collator: Intl.Collator): string[] {
  return [...new Set(rows.map((r) => r.country))].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
