import { describe, expect, it } from 'vitest';
import { fundingCountries, groupFunding, type FundingRow } from '../../../renderer/src/features/funding/funding-report';

const line = (country: string, year: string, currency: string, committed: number, disbursed: number, received: number, awaiting = 0): FundingRow => ({
  country,
  year,
  currency,
  committedMinor: committed,
  disbursedMinor: disbursed,
  awaitingApprovalMinor: awaiting,
  receivedMinor: received,
  outstandingMinor: committed - disbursed,
});

const NAMES: Record<string, string> = { RS: 'Serbia', AL: 'Albania', MK: 'North Macedonia' };
const nameOf = (code: string) => NAMES[code] ?? code;
const collator = new Intl.Collator('en');

describe('the Funding report grouping', () => {
  const rows = [
    line('RS', '2025', 'RSD', 1_000_00, 400_00, 300_00),
    line('RS', '2024', 'EUR', 500_00, 500_00, 500_00),
    line('RS', '2024', 'RSD', 2_000_00, 1_500_00, 1_400_00, 200_00),
    line('AL', '2024', 'ALL', 300_00, 0, 0),
    line('MK', '2025', 'MKD', 10_00, 10_00, 10_00),
  ];

  it('groups by country name, lines by year then currency, and subtotals within one currency only', () => {
    const groups = groupFunding(rows, nameOf, collator);
    expect(groups.map((g) => g.country)).toEqual(['AL', 'MK', 'RS']);
    const rs = groups[2]!;
    expect(rs.lines.map((l) => `${l.year} ${l.currency}`)).toEqual(['2024 EUR', '2024 RSD', '2025 RSD']);
    expect(rs.subtotals).toEqual([
      { currency: 'EUR', committedMinor: 500_00, disbursedMinor: 500_00, awaitingApprovalMinor: 0, receivedMinor: 500_00, outstandingMinor: 0 },
      { currency: 'RSD', committedMinor: 3_000_00, disbursedMinor: 1_900_00, awaitingApprovalMinor: 200_00, receivedMinor: 1_700_00, outstandingMinor: 1_100_00 },
    ]);
  });

  it('keeps one country when asked, and lists the countries present by name', () => {
    const groups = groupFunding(rows, nameOf, collator, 'RS');
    expect(groups.map((g) => g.country)).toEqual(['RS']);
    expect(groups[0]!.lines).toHaveLength(3);
    expect(fundingCountries(rows, nameOf, collator)).toEqual(['AL', 'MK', 'RS']);
    expect(groupFunding([], nameOf, collator)).toEqual([]);
  });
});
