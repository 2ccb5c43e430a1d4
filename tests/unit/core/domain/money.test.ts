import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ALLOCATION_PARTS,
  MoneyError,
  add,
  allocate,
  allocateByWeights,
  compare,
  formatAmount,
  formatMoney,
  isZero,
  money,
  negate,
  parseAmount,
  subtract,
  sum,
  toDecimalString,
  zero,
  type Money,
  type MoneyErrorCode,
} from '../../../../core/domain/money';

const MAX = Number.MAX_SAFE_INTEGER;

/** Runs `fn` and returns the MoneyError it throws, failing the test if it throws anything else or nothing. */
function moneyError(fn: () => unknown): MoneyError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MoneyError);
    return e as MoneyError;
  }
  throw new Error('expected a MoneyError, nothing was thrown');
}

function expectCode(fn: () => unknown, code: MoneyErrorCode): MoneyError {
  const e = moneyError(fn);
  expect(e.code).toBe(code);
  return e;
}

const amounts = (m: readonly Money[]) => m.map((x) => x.amountMinor);

const safeInt = fc.integer({ min: -MAX, max: MAX });
/** Small enough that any three of them add up to a safe integer. */
const addable = fc.integer({ min: -(2 ** 51), max: 2 ** 51 });

describe('money()', () => {
  it('builds a frozen value', () => {
    const m = money(1050, 'EUR');
    expect(m).toEqual({ amountMinor: 1050, currency: 'EUR' });
    expect(Object.isFrozen(m)).toBe(true);
  });

  it('accepts the whole safe range', () => {
    expect(money(MAX, 'EUR').amountMinor).toBe(MAX);
    expect(money(-MAX, 'JPY').amountMinor).toBe(-MAX);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(money(-0, 'EUR').amountMinor, 0)).toBe(true);
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5' as unknown as number])(
    'refuses %s as not_integer',
    (n) => {
      expectCode(() => money(n, 'EUR'), 'not_integer');
    },
  );

  it('refuses integers beyond the safe range as overflow', () => {
    expectCode(() => money(MAX + 1, 'EUR'), 'overflow');
    expectCode(() => money(-(2 ** 60), 'EUR'), 'overflow');
  });

  it.each(['XXX', 'eur', '', 'EURO'])('refuses unknown currency %j', (code) => {
    const e = expectCode(() => money(1, code), 'unknown_currency');
    expect(e.message).toContain(`"${code}"`);
  });

  it('MoneyError is an Error with a name and code', () => {
    const e = moneyError(() => money(1, 'XXX'));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('MoneyError');
  });

  it('zero()', () => {
    expect(zero('JPY')).toEqual({ amountMinor: 0, currency: 'JPY' });
  });
});

describe('parseAmount', () => {
  it.each([
    ['0', 'EUR', 0],
    ['-0', 'EUR', 0],
    ['-0.00', 'EUR', 0],
    ['1', 'EUR', 100],
    ['1.5', 'EUR', 150],
    ['1.05', 'EUR', 105],
    ['1234.50', 'EUR', 123450],
    ['-1234.50', 'EUR', -123450],
    ['1,234', 'EUR', 123400],
    ['1,234,567.89', 'EUR', 123456789],
    ['-1,234,567.89', 'EUR', -123456789],
    ['007', 'EUR', 700],
    ['  12.30\t', 'EUR', 1230],
    ['1234', 'JPY', 1234],
    ['1,234', 'JPY', 1234],
    ['1.234', 'KWD', 1234],
    ['1.5', 'KWD', 1500],
    ['0.001', 'KWD', 1],
    ['0.0001', 'CLF', 1],
    ['1234.56', 'ALL', 123456],
    ['90071992547409.91', 'EUR', MAX],
    ['-90,071,992,547,409.91', 'EUR', -MAX],
    ['9007199254740991', 'JPY', MAX],
    ['9007199254740.991', 'KWD', MAX],
  ])('%j %s -> %d', (text, currency, minor) => {
    const m = parseAmount(text, currency);
    expect(m).toEqual({ amountMinor: minor, currency });
    expect(Object.is(m.amountMinor, -0)).toBe(false);
  });

  it.each([
    '',
    '   ',
    '1e5',
    '1E5',
    '1.2.3',
    '--1',
    '-',
    '+1',
    '1-',
    '1.',
    '.5',
    '-.5',
    'abc',
    '12a',
    '0x10',
    'Infinity',
    'NaN',
    '1 234',
    '1\u202f234',
    "1'234",
    '1_000',
    '1,23',
    '1,2345',
    '12,34,567',
    '1234,567',
    '0,123',
    ',123',
    '1,234.5,6',
    '1.234,56',
    '€12',
    '12 EUR',
    '- 1',
    '\u0661\u0662\u0663',
  ])('refuses %j as invalid_amount', (text) => {
    expectCode(() => parseAmount(text, 'EUR'), 'invalid_amount');
  });

  it('says how many decimals a currency has', () => {
    const eur = expectCode(() => parseAmount('1.234', 'EUR'), 'invalid_amount');
    expect(eur.message).toContain('EUR has 2 decimal places');
    const jpy = expectCode(() => parseAmount('10.5', 'JPY'), 'invalid_amount');
    expect(jpy.message).toContain('JPY has no decimal places');
    expectCode(() => parseAmount('10.0', 'JPY'), 'invalid_amount');
    expectCode(() => parseAmount('1.2345', 'KWD'), 'invalid_amount');
    expectCode(() => parseAmount('1.000', 'EUR'), 'invalid_amount');
  });

  it.each([
    ['90071992547409.92', 'EUR'],
    ['-90071992547409.92', 'EUR'],
    ['9007199254740992', 'JPY'],
    ['99999999999999999999999999', 'EUR'],
  ])('refuses %j %s as overflow', (text, currency) => {
    expectCode(() => parseAmount(text, currency), 'overflow');
  });

  it('refuses an unknown currency before looking at the text', () => {
    expectCode(() => parseAmount('1', 'XYZ'), 'unknown_currency');
    expectCode(() => parseAmount('garbage', 'XYZ'), 'unknown_currency');
  });

  it('keeps very long input out of the message', () => {
    const e = expectCode(() => parseAmount('x'.repeat(10_000), 'EUR'), 'invalid_amount');
    expect(e.message.length).toBeLessThan(200);
  });
});

describe('toDecimalString', () => {
  it.each([
    [0, 'EUR', '0.00'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [-50, 'EUR', '-0.50'],
    [123450, 'EUR', '1234.50'],
    [-123450, 'EUR', '-1234.50'],
    [1234, 'JPY', '1234'],
    [-7, 'JPY', '-7'],
    [0, 'JPY', '0'],
    [1, 'KWD', '0.001'],
    [1234567, 'KWD', '1234.567'],
    [1, 'CLF', '0.0001'],
    [MAX, 'EUR', '90071992547409.91'],
    [-MAX, 'EUR', '-90071992547409.91'],
    [MAX, 'JPY', '9007199254740991'],
  ])('%d %s -> %s', (minor, currency, text) => {
    expect(toDecimalString(money(minor, currency))).toBe(text);
  });

  it('validates literal Money values too', () => {
    expectCode(() => toDecimalString({ amountMinor: 1.5, currency: 'EUR' }), 'not_integer');
    expectCode(() => toDecimalString({ amountMinor: 1, currency: 'XXX' }), 'unknown_currency');
  });

  it.each(['EUR', 'JPY', 'KWD', 'ALL'])('parseAmount(toDecimalString(m)) round-trips for any safe amount in %s', (currency) => {
    fc.assert(
      fc.property(safeInt, (n) => {
        const m = money(n, currency);
        expect(parseAmount(toDecimalString(m), currency)).toEqual(m);
      }),
    );
  });
});

describe('formatMoney / formatAmount', () => {
  it('formats EUR in en', () => {
    expect(formatMoney(money(123456, 'EUR'))).toBe('€1,234.56');
    expect(formatMoney(money(123456, 'EUR'), 'en')).toBe('€1,234.56');
    expect(formatMoney(money(-50, 'EUR'))).toBe('-€0.50');
    expect(formatMoney(money(0, 'EUR'))).toBe('€0.00');
  });

  it('shows ISO minor units for ALL even though CLDR would show none', () => {
    expect(formatMoney(money(123456, 'ALL'))).toContain('1,234.56');
    expect(formatMoney(money(123400, 'RSD'))).toContain('1,234.00');
    expect(formatMoney(money(123400, 'MKD'))).toContain('1,234.00');
  });

  it('shows no decimals for JPY and three for KWD', () => {
    expect(formatMoney(money(1234, 'JPY'))).toBe('¥1,234');
    expect(formatMoney(money(1234567, 'KWD'))).toContain('1,234.567');
    expect(formatMoney(money(1, 'KWD'))).toContain('0.001');
  });

  it('is exact for the largest safe amount (where float division would lose a cent)', () => {
    expect(formatMoney(money(MAX, 'EUR'))).toBe('€90,071,992,547,409.91');
    expect(formatMoney(money(-MAX, 'EUR'))).toBe('-€90,071,992,547,409.91');
    expect(formatAmount(money(MAX, 'KWD'))).toBe('9,007,199,254,740.991');
    // The trap this guards against:
    expect(new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(MAX / 100)).not.toBe('90,071,992,547,409.91');
  });

  it('formats the grouping digits of every safe amount exactly', () => {
    fc.assert(
      fc.property(safeInt, fc.constantFrom('EUR', 'JPY', 'KWD', 'ALL'), (n, currency) => {
        const m = money(n, currency);
        // Dropping the grouping commas from en output must give back the canonical decimal.
        expect(formatAmount(m, 'en').replaceAll(',', '')).toBe(toDecimalString(m));
      }),
    );
  });

  it('uses the locale', () => {
    const de = formatMoney(money(-123450, 'EUR'), 'de');
    expect(de).toContain('1.234,50');
    expect(de).toContain('€');
    expect(de.startsWith('-')).toBe(true);
    expect(formatAmount(money(123456, 'RSD'), 'sr-Latn')).toBe('1.234,56');
  });

  it('formatAmount has no currency symbol', () => {
    expect(formatAmount(money(123456, 'EUR'), 'en')).toBe('1,234.56');
    expect(formatAmount(money(123456, 'EUR'))).toBe('1,234.56');
    expect(formatAmount(money(1234, 'JPY'), 'en')).toBe('1,234');
    expect(formatAmount(money(123456, 'ALL'), 'en')).toBe('1,234.56');
  });

  it('validates its input', () => {
    expectCode(() => formatMoney({ amountMinor: 0.5, currency: 'EUR' }), 'not_integer');
    expectCode(() => formatAmount({ amountMinor: 1, currency: 'XYZ' }), 'unknown_currency');
  });
});

describe('arithmetic', () => {
  it('adds and subtracts', () => {
    expect(add(money(150, 'EUR'), money(250, 'EUR'))).toEqual(money(400, 'EUR'));
    expect(subtract(money(150, 'EUR'), money(250, 'EUR'))).toEqual(money(-100, 'EUR'));
    expect(add(money(MAX - 1, 'EUR'), money(1, 'EUR')).amountMinor).toBe(MAX);
    expect(subtract(money(-MAX + 1, 'EUR'), money(1, 'EUR')).amountMinor).toBe(-MAX);
  });

  it('refuses results beyond the safe range', () => {
    expectCode(() => add(money(MAX, 'EUR'), money(1, 'EUR')), 'overflow');
    expectCode(() => add(money(-MAX, 'EUR'), money(-MAX, 'EUR')), 'overflow');
    expectCode(() => subtract(money(-MAX, 'EUR'), money(1, 'EUR')), 'overflow');
    expectCode(() => subtract(money(MAX, 'EUR'), money(-MAX, 'EUR')), 'overflow');
  });

  it('refuses mixed currencies, naming both', () => {
    for (const op of [add, subtract, compare]) {
      const e = expectCode(() => op(money(1, 'EUR'), money(1, 'RSD')), 'currency_mismatch');
      expect(e.message).toContain('EUR');
      expect(e.message).toContain('RSD');
    }
  });

  it('mixed-currency add always throws currency_mismatch', () => {
    const codes = fc.constantFrom('EUR', 'JPY', 'KWD', 'ALL', 'RSD', 'MKD', 'BAM');
    fc.assert(
      fc.property(safeInt, safeInt, codes, codes, (x, y, c1, c2) => {
        fc.pre(c1 !== c2);
        expectCode(() => add(money(x, c1), money(y, c2)), 'currency_mismatch');
      }),
    );
  });

  it('add is commutative', () => {
    fc.assert(
      fc.property(addable, addable, (x, y) => {
        expect(add(money(x, 'EUR'), money(y, 'EUR'))).toEqual(add(money(y, 'EUR'), money(x, 'EUR')));
      }),
    );
  });

  it('add is associative', () => {
    fc.assert(
      fc.property(addable, addable, addable, (x, y, z) => {
        const [a, b, c] = [money(x, 'KWD'), money(y, 'KWD'), money(z, 'KWD')];
        expect(add(add(a, b), c)).toEqual(add(a, add(b, c)));
      }),
    );
  });

  it('subtract undoes add, and a - b = a + (-b)', () => {
    fc.assert(
      fc.property(addable, addable, (x, y) => {
        const [a, b] = [money(x, 'JPY'), money(y, 'JPY')];
        expect(subtract(add(a, b), b)).toEqual(a);
        expect(subtract(a, b)).toEqual(add(a, negate(b)));
      }),
    );
  });

  it('sum', () => {
    expect(sum([], 'EUR')).toEqual(money(0, 'EUR'));
    expect(sum([money(1, 'EUR'), money(2, 'EUR'), money(-4, 'EUR')], 'EUR')).toEqual(money(-1, 'EUR'));
    // Only the total has to be safe, not every running total.
    expect(sum([money(MAX, 'EUR'), money(1, 'EUR'), money(-1, 'EUR')], 'EUR')).toEqual(money(MAX, 'EUR'));
    expectCode(() => sum([money(MAX, 'EUR'), money(1, 'EUR')], 'EUR'), 'overflow');
    expectCode(() => sum([], 'XYZ'), 'unknown_currency');
    const e = expectCode(() => sum([money(1, 'EUR'), money(1, 'BAM')], 'EUR'), 'currency_mismatch');
    expect(e.message).toContain('EUR');
    expect(e.message).toContain('BAM');
    expectCode(() => sum([money(1, 'EUR')], 'RSD'), 'currency_mismatch');
  });

  it('sum agrees with repeated add', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), { maxLength: 50 }), (xs) => {
        const list = xs.map((x) => money(x, 'ALL'));
        expect(sum(list, 'ALL')).toEqual(list.reduce(add, zero('ALL')));
      }),
    );
  });

  it('compare', () => {
    expect(compare(money(1, 'EUR'), money(2, 'EUR'))).toBe(-1);
    expect(compare(money(2, 'EUR'), money(2, 'EUR'))).toBe(0);
    expect(compare(money(3, 'EUR'), money(2, 'EUR'))).toBe(1);
    expect(compare(money(-MAX, 'EUR'), money(MAX, 'EUR'))).toBe(-1);
    fc.assert(
      fc.property(safeInt, safeInt, (x, y) => {
        const [a, b] = [money(x, 'EUR'), money(y, 'EUR')];
        expect(compare(a, b)).toBe(Math.sign(x - y) || 0);
        expect(compare(b, a)).toBe(-compare(a, b) || 0);
      }),
    );
  });

  it('isZero and negate', () => {
    expect(isZero(money(0, 'EUR'))).toBe(true);
    expect(isZero(money(-1, 'EUR'))).toBe(false);
    expect(negate(money(5, 'EUR'))).toEqual(money(-5, 'EUR'));
    expect(negate(money(-MAX, 'EUR'))).toEqual(money(MAX, 'EUR'));
    expect(Object.is(negate(money(0, 'EUR')).amountMinor, 0)).toBe(true);
    expectCode(() => isZero({ amountMinor: 0, currency: 'XYZ' }), 'unknown_currency');
    expectCode(() => negate({ amountMinor: Number.NaN, currency: 'EUR' }), 'not_integer');
  });
});

describe('allocate', () => {
  it('puts the remainder on the last parts by default', () => {
    expect(amounts(allocate(money(1000, 'EUR'), 3))).toEqual([333, 333, 334]);
    expect(amounts(allocate(money(1001, 'EUR'), 3, 'last'))).toEqual([333, 334, 334]);
    expect(amounts(allocate(money(1000, 'EUR'), 4))).toEqual([250, 250, 250, 250]);
  });

  it("puts the remainder on the first parts with rule 'first'", () => {
    expect(amounts(allocate(money(1000, 'EUR'), 3, 'first'))).toEqual([334, 333, 333]);
    expect(amounts(allocate(money(1001, 'EUR'), 3, 'first'))).toEqual([334, 334, 333]);
  });

  it('keeps the currency', () => {
    expect(allocate(money(10, 'JPY'), 2).every((m) => m.currency === 'JPY')).toBe(true);
  });

  it('handles the edges of count and total', () => {
    expect(amounts(allocate(money(7, 'EUR'), 1))).toEqual([7]);
    expect(amounts(allocate(money(1000, 'EUR'), 1000))).toEqual(new Array(1000).fill(1));
    expect(amounts(allocate(money(MAX, 'EUR'), 1))).toEqual([MAX]);
    const parts = allocate(money(MAX, 'EUR'), 7);
    expect(sum(parts, 'EUR').amountMinor).toBe(MAX);
    expect(amounts(parts)).toEqual([...new Array(4).fill(1286742750677284), ...new Array(3).fill(1286742750677285)]);
  });

  it('refuses a non-positive total as invalid_amount', () => {
    expectCode(() => allocate(money(0, 'EUR'), 2), 'invalid_amount');
    expectCode(() => allocate(money(-100, 'EUR'), 2), 'invalid_amount');
  });

  it('refuses a total with fewer minor units than instalments', () => {
    const e = expectCode(() => allocate(money(5, 'EUR'), 10), 'invalid_count');
    expect(e.message).toContain('10 instalments');
    expect(e.message).toContain('0.05 EUR');
  });

  it.each([0, -1, 1001, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses count %s as invalid_count', (count) => {
    expectCode(() => allocate(money(1_000_000, 'EUR'), count), 'invalid_count');
  });

  it('refuses an unknown rule and a bad total', () => {
    expect(() => allocate(money(10, 'EUR'), 2, 'middle' as 'first')).toThrow(TypeError);
    expectCode(() => allocate({ amountMinor: 10, currency: 'XYZ' }, 2), 'unknown_currency');
  });

  const totalAndCount = fc
    .integer({ min: 1, max: MAX_ALLOCATION_PARTS })
    .chain((count) => fc.tuple(fc.integer({ min: count, max: MAX }), fc.constant(count)));

  it('parts sum to the total, differ by at most one, and the remainder goes where the rule says', () => {
    fc.assert(
      fc.property(totalAndCount, fc.constantFrom('first' as const, 'last' as const), ([total, count], rule) => {
        const parts = amounts(allocate(money(total, 'EUR'), count, rule));
        expect(parts).toHaveLength(count);
        expect(sum(parts.map((p) => money(p, 'EUR')), 'EUR').amountMinor).toBe(total);
        const min = Math.min(...parts);
        const max = Math.max(...parts);
        expect(max - min).toBeLessThanOrEqual(1);
        expect(min).toBeGreaterThan(0);
        const remainder = total % count;
        const bigIdx = parts.flatMap((p, i) => (p > min ? [i] : []));
        const expected =
          rule === 'first'
            ? Array.from({ length: remainder }, (_, i) => i)
            : Array.from({ length: remainder }, (_, i) => count - remainder + i);
        expect(bigIdx).toEqual(expected);
      }),
    );
  });

  it('with a rule, the part list is monotone', () => {
    fc.assert(
      fc.property(totalAndCount, ([total, count]) => {
        const last = amounts(allocate(money(total, 'JPY'), count, 'last'));
        const first = amounts(allocate(money(total, 'JPY'), count, 'first'));
        expect(first).toEqual([...last].reverse());
        for (let i = 1; i < count; i++) expect(last[i]!).toBeGreaterThanOrEqual(last[i - 1]!);
      }),
    );
  });
});

describe('allocateByWeights', () => {
  it('splits by largest remainder', () => {
    expect(amounts(allocateByWeights(money(100, 'EUR'), [1, 1, 1]))).toEqual([34, 33, 33]);
    expect(amounts(allocateByWeights(money(100, 'EUR'), [1, 2]))).toEqual([33, 67]);
    expect(amounts(allocateByWeights(money(1000, 'EUR'), [50, 30, 20]))).toEqual([500, 300, 200]);
    // Exact shares 3.5, 3.5, 3: remainders tie; the lower index wins the one left-over unit... then the next.
    expect(amounts(allocateByWeights(money(10, 'EUR'), [7, 7, 6]))).toEqual([4, 3, 3]);
    // Shares 1.4, 2.8, 5.6, 0.2 -> floors 1, 2, 5, 0 and 2 left: to .8 then .6.
    expect(amounts(allocateByWeights(money(10, 'EUR'), [7, 14, 28, 1]))).toEqual([1, 3, 6, 0]);
  });

  it('breaks ties by lower index, and a part may be zero', () => {
    expect(amounts(allocateByWeights(money(2, 'EUR'), [1, 1, 1]))).toEqual([1, 1, 0]);
    expect(amounts(allocateByWeights(money(1, 'EUR'), [1, 1]))).toEqual([1, 0]);
    expect(amounts(allocateByWeights(money(1, 'EUR'), [1, 2, 2]))).toEqual([0, 1, 0]);
  });

  it('is exact where total × weight is far beyond 2^53', () => {
    const parts = allocateByWeights(money(MAX, 'EUR'), [MAX, MAX - 1, 1]);
    expect(sum(parts, 'EUR').amountMinor).toBe(MAX);
    expect(amounts(parts)).toEqual([4503599627370496, 4503599627370495, 0]);
  });

  it('refuses bad input', () => {
    expectCode(() => allocateByWeights(money(0, 'EUR'), [1]), 'invalid_amount');
    expectCode(() => allocateByWeights(money(-5, 'EUR'), [1]), 'invalid_amount');
    expectCode(() => allocateByWeights(money(5, 'EUR'), []), 'invalid_count');
    expectCode(() => allocateByWeights(money(5, 'EUR'), new Array(1001).fill(1)), 'invalid_count');
    for (const w of [0, -1, 1.5, Number.NaN, MAX + 1]) {
      const e = expectCode(() => allocateByWeights(money(5, 'EUR'), [1, w]), 'invalid_count');
      expect(e.message).toContain('Weight 2');
    }
  });

  const weights = fc.array(fc.integer({ min: 1, max: MAX }), { minLength: 1, maxLength: 50 });
  const smallWeights = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 50 });

  it('sums exactly, keeps every part within one unit of its exact share, and favours larger weights', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX }), fc.oneof(weights, smallWeights), (total, ws) => {
        const parts = amounts(allocateByWeights(money(total, 'KWD'), ws));
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((s, p) => s + BigInt(p), 0n)).toBe(BigInt(total));
        const t = BigInt(total);
        const sumW = ws.reduce((s, w) => s + BigInt(w), 0n);
        parts.forEach((p, i) => {
          const exact = t * BigInt(ws[i]!); // share × sumW
          const scaled = BigInt(p) * sumW;
          expect(scaled > exact - sumW && scaled < exact + sumW).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
        });
        for (let i = 0; i < ws.length; i++) {
          for (let j = 0; j < ws.length; j++) {
            if (ws[i]! > ws[j]!) expect(parts[i]!).toBeGreaterThanOrEqual(parts[j]!);
          }
        }
      }),
    );
  });

  it("with equal weights agrees with allocate(..., 'first')", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).chain((n) => fc.tuple(fc.integer({ min: n, max: MAX }), fc.constant(n), fc.integer({ min: 1, max: 1e6 }))),
        ([total, n, w]) => {
          expect(allocateByWeights(money(total, 'EUR'), new Array(n).fill(w))).toEqual(allocate(money(total, 'EUR'), n, 'first'));
        },
      ),
    );
  });
});
