import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertByDivision, convertByMultiplication, divRoundHalfAway, parseRate } from '../../../../core/domain/fx';

const MAX = Number.MAX_SAFE_INTEGER;

describe('parseRate', () => {
  it.each([
    ['117.17', 11717n, 100n],
    ['1', 1n, 1n],
    ['0.5', 5n, 10n],
    ['1.955830', 1955830n, 1000000n],
    ['0.000000000001', 1n, 10n ** 12n],
    ['999999999999.999999999999', 999999999999999999999999n, 10n ** 12n],
    [' 61.5 ', 615n, 10n],
  ])('%j -> %d/%d', (text, num, den) => {
    expect(parseRate(text)).toEqual({ num, den });
  });

  it.each(['0', '0.0', '000.000', '-1', '-0.5', '1e3', '1E3', 'abc', '', ' ', '1.', '.5', '+1', '1,5', '1,000', 'Infinity', 'NaN', '0x10', '1 000', '1234567890123', '1.1234567890123'])(
    'refuses %j',
    (text) => {
      expect(() => parseRate(text)).toThrow(RangeError);
    },
  );

  it('says why zero is refused', () => {
    expect(() => parseRate('0.00')).toThrow(/greater than zero/);
  });
});

describe('divRoundHalfAway', () => {
  it.each([
    [0n, 7n, 0n],
    [6n, 3n, 2n],
    [-6n, 3n, -2n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [5n, 3n, 2n],
    [-5n, 3n, -2n],
    [1n, 2n, 1n],
    [-1n, 2n, -1n],
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 2n, 4n],
    [-7n, 2n, -4n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [-149n, 100n, -1n],
    [-150n, 100n, -2n],
  ])('%d / %d -> %d', (n, d, q) => {
    expect(divRoundHalfAway(n, d)).toBe(q);
  });

  it('is within half of the exact quotient and symmetric in sign', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), (n, d) => {
        const q = divRoundHalfAway(n, d);
        const err = q * d - n; // (q - n/d) × d
        expect(2n * (err < 0n ? -err : err) <= d).toBe(true);
        expect(divRoundHalfAway(-n, d)).toBe(-q);
        // An exact half rounds away from zero: |q| × d >= |n|.
        if (2n * (err < 0n ? -err : err) === d) expect((q < 0n ? -q : q) * d > (n < 0n ? -n : n)).toBe(true);
      }),
    );
  });
});

describe('convertByDivision (rate = from units per one to unit)', () => {
  it('converts RSD to EUR exactly', () => {
    expect(convertByDivision(11717, 2, '117.17', 2)).toBe(100);
    expect(convertByDivision(-11717, 2, '117.17', 2)).toBe(-100);
    expect(convertByDivision(1171700, 2, '117.17', 2)).toBe(10000);
    expect(convertByDivision(0, 2, '117.17', 2)).toBe(0);
  });

  it('rounds halves away from zero, both signs', () => {
    // 1 minor / 2 = 0.5 minor
    expect(convertByDivision(1, 2, '2', 2)).toBe(1);
    expect(convertByDivision(-1, 2, '2', 2)).toBe(-1);
    // 3 / 2 = 1.5, 5 / 2 = 2.5
    expect(convertByDivision(3, 2, '2', 2)).toBe(2);
    expect(convertByDivision(-3, 2, '2', 2)).toBe(-2);
    expect(convertByDivision(5, 2, '2', 2)).toBe(3);
    expect(convertByDivision(-5, 2, '2', 2)).toBe(-3);
    // Just below and above a half: 0.4999… and 0.5000…1 of a minor unit.
    expect(convertByDivision(4999, 2, '10000', 2)).toBe(0);
    expect(convertByDivision(-4999, 2, '10000', 2)).toBe(0);
    expect(convertByDivision(5001, 2, '10000', 2)).toBe(1);
    expect(convertByDivision(-5001, 2, '10000', 2)).toBe(-1);
  });

  it('handles currencies with different minor units', () => {
    // 8 JPY at 160 JPY/EUR = 0.05 EUR
    expect(convertByDivision(8, 0, '160', 2)).toBe(5);
    // 1 JPY at 200 JPY/EUR = 0.005 EUR -> half -> 0.01
    expect(convertByDivision(1, 0, '200', 2)).toBe(1);
    expect(convertByDivision(-1, 0, '200', 2)).toBe(-1);
    // 1.000 KWD at 0.3 KWD/EUR = 3.333… EUR
    expect(convertByDivision(1000, 3, '0.3', 2)).toBe(333);
    // 100.00 EUR at 0.0064 EUR/JPY = 15625 JPY
    expect(convertByDivision(10000, 2, '0.0064', 0)).toBe(15625);
  });

  it('refuses bad amounts and results it cannot hold exactly', () => {
    expect(() => convertByDivision(1.5, 2, '2', 2)).toThrow(RangeError);
    expect(() => convertByDivision(MAX + 1, 2, '1', 2)).toThrow(RangeError);
    expect(() => convertByDivision(MAX, 2, '0.5', 2)).toThrow(RangeError);
    expect(convertByDivision(MAX, 2, '1', 2)).toBe(MAX);
    expect(() => convertByDivision(1, 2, '0', 2)).toThrow(RangeError);
  });
});

describe('convertByMultiplication (rate = to units per one from unit)', () => {
  it('converts EUR to RSD exactly', () => {
    expect(convertByMultiplication(100, 2, '117.17', 2)).toBe(11717);
    expect(convertByMultiplication(-100, 2, '117.17', 2)).toBe(-11717);
    expect(convertByMultiplication(12345, 2, '117.1754', 2)).toBe(1446530); // 123.45 × 117.1754 = 14465.30313
  });

  it('rounds halves away from zero, both signs', () => {
    // 1 cent at 150 JPY/EUR = 1.5 JPY
    expect(convertByMultiplication(1, 2, '150', 0)).toBe(2);
    expect(convertByMultiplication(-1, 2, '150', 0)).toBe(-2);
    // 1 cent at 0.5 = 0.5 cent
    expect(convertByMultiplication(1, 2, '0.5', 2)).toBe(1);
    expect(convertByMultiplication(-1, 2, '0.5', 2)).toBe(-1);
    expect(convertByMultiplication(3, 2, '0.5', 2)).toBe(2);
    expect(convertByMultiplication(-3, 2, '0.5', 2)).toBe(-2);
    // Just below a half: 1 cent at 149.9 JPY/EUR = 1.499 JPY
    expect(convertByMultiplication(1, 2, '149.9', 0)).toBe(1);
    expect(convertByMultiplication(-1, 2, '149.9', 0)).toBe(-1);
  });

  it('handles currencies with different minor units', () => {
    // 10.00 EUR at 0.3 KWD/EUR = 3.000 KWD
    expect(convertByMultiplication(1000, 2, '0.3', 3)).toBe(3000);
    // 1 JPY at 0.0064 EUR/JPY = 0.0064 EUR -> 0.64 cent -> 1
    expect(convertByMultiplication(1, 0, '0.0064', 2)).toBe(1);
  });

  it('refuses bad amounts and results it cannot hold exactly', () => {
    expect(() => convertByMultiplication(Number.NaN, 2, '2', 2)).toThrow(RangeError);
    expect(() => convertByMultiplication(MAX, 2, '2', 2)).toThrow(RangeError);
    expect(() => convertByMultiplication(-MAX, 0, '1', 2)).toThrow(RangeError);
    expect(convertByMultiplication(-MAX, 2, '1', 2)).toBe(-MAX);
    expect(() => convertByMultiplication(1, 2, '-1', 2)).toThrow(RangeError);
  });
});

describe('round trip', () => {
  const digits = [0, 2, 3, 4]; // JPY, EUR, KWD, CLF
  const pair = fc
    .tuple(fc.constantFrom(...digits), fc.constantFrom(...digits))
    .filter(([from, to]) => to >= from);
  // Rates with up to 6 decimals, at least 1: multiplication must not shrink the amount, or the
  // detail lost in rounding (e.g. 1 cent at 0.001 -> 0) cannot come back.
  const rate = fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }))
    .map(([i, f]) => (f === undefined ? String(i) : `${i}.${String(f).padStart(6, '0')}`));

  it('multiplication then division at the same rate returns within 1 minor unit when the target has >= as many digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), pair, rate, (x, [from, to], r) => {
        const there = convertByMultiplication(x, from, r, to);
        const back = convertByDivision(there, to, r, from);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is in fact exact then: the ≤ ½ unit rounding error shrinks by the factor rate × 10^(to − from) ≥ 1 on the way back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), pair, rate, (x, [from, to], r) => {
        expect(convertByDivision(convertByMultiplication(x, from, r, to), to, r, from)).toBe(x);
      }),
    );
    expect(convertByDivision(convertByMultiplication(1, 2, '117.17', 2), 2, '117.17', 2)).toBe(1);
  });

  it('can lose the amount when the multiplication shrinks it below one target unit', () => {
    // Outside the property's premise: 1 cent at 0.001 is 0.001 cent -> 0, and 0 converts back to 0.
    expect(convertByMultiplication(1, 2, '0.001', 2)).toBe(0);
    expect(convertByDivision(0, 2, '0.001', 2)).toBe(0);
  });
});
