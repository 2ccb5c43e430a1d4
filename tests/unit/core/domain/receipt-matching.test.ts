import { describe, expect, it } from 'vitest';
import { findMatch, withinTolerance } from '../../../../core/domain/receipt-matching';

const open = [
  { id: 1, paidDate: '2026-01-10', remainingMinor: 500_000, bankReference: 'TRN-1' },
  { id: 2, paidDate: '2026-02-10', remainingMinor: 300_000, bankReference: 'TRN-2' },
];

describe('findMatch', () => {
  it('prefers the bank reference, then the exact amount, within the window', () => {
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 500_000, bankReference: 'TRN-2' }, open)).toEqual({ paymentId: 2, amountMinor: 300_000, withinTolerance: false });
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 300_000, bankReference: null }, open)).toEqual({ paymentId: 2, amountMinor: 300_000, withinTolerance: false });
    expect(findMatch({ receivedDate: '2026-01-15', remainingMinor: 500_000, bankReference: null }, open)).toEqual({ paymentId: 1, amountMinor: 500_000, withinTolerance: false });
  });

  it('matches nothing paid after the receipt, too long before it, or of another amount without a reference', () => {
    expect(findMatch({ receivedDate: '2026-01-09', remainingMinor: 500_000, bankReference: 'TRN-1' }, open)).toBeNull();
    expect(findMatch({ receivedDate: '2026-03-31', remainingMinor: 300_000, bankReference: 'TRN-2' }, open)).toBeNull();
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 299_999, bankReference: null }, open)).toBeNull();
  });
});

describe('the conversion tolerance', () => {
  const open = [{ id: 7, paidDate: '2026-10-01', remainingMinor: 3_000_000, bankReference: 'TRN-7' }];
  it('matches a converted receipt within it, and neither an unconverted one nor one outside it', () => {
    const r = { receivedDate: '2026-10-06', remainingMinor: 2_986_328, bankReference: 'OTHER', converted: true };
    expect(findMatch(r, open, 100)).toEqual({ paymentId: 7, amountMinor: 2_986_328, withinTolerance: true });
    expect(findMatch(r, open, 40)).toBeNull();
    expect(findMatch({ ...r, converted: false }, open, 100)).toBeNull();
    expect(withinTolerance(2_970_000, 3_000_000, 100)).toBe(true);
    expect(withinTolerance(2_969_999, 3_000_000, 100)).toBe(false);
  });
});
