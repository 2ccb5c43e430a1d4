import { describe, expect, it } from 'vitest';
import { findMatch } from '../../../../core/domain/receipt-matching';

const open = [
  { id: 1, paidDate: '2026-01-10', remainingMinor: 500_000, bankReference: 'TRN-1' },
  { id: 2, paidDate: '2026-02-10', remainingMinor: 300_000, bankReference: 'TRN-2' },
];

describe('findMatch', () => {
  it('prefers the bank reference, then the exact amount, within the window', () => {
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 500_000, bankReference: 'TRN-2' }, open)).toEqual({ paymentId: 2, amountMinor: 300_000 });
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 300_000, bankReference: null }, open)).toEqual({ paymentId: 2, amountMinor: 300_000 });
    expect(findMatch({ receivedDate: '2026-01-15', remainingMinor: 500_000, bankReference: null }, open)).toEqual({ paymentId: 1, amountMinor: 500_000 });
  });

  it('matches nothing paid after the receipt, too long before it, or of another amount without a reference', () => {
    expect(findMatch({ receivedDate: '2026-01-09', remainingMinor: 500_000, bankReference: 'TRN-1' }, open)).toBeNull();
    expect(findMatch({ receivedDate: '2026-03-31', remainingMinor: 300_000, bankReference: 'TRN-2' }, open)).toBeNull();
    expect(findMatch({ receivedDate: '2026-02-12', remainingMinor: 299_999, bankReference: null }, open)).toBeNull();
  });
});
