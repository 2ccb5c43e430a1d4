import { describe, expect, it } from 'vitest';
import { convertedAmount } from '../../../../core/domain/disbursement-rules';
import { convertCross, ConversionRangeError } from '../../../../core/domain/fx';
import { isPlausibleRate, plausibleRange, rangeText } from '../../../../core/domain/fx-plausible';

describe('plausible rate ranges', () => {
  it('are ten times either way of the pair\'s reference level, for cross pairs too', () => {
    expect(plausibleRange('EUR', 'RSD')).toEqual({ min: 11.72, max: 1172, source: 'reference' });
    const rsdMkd = plausibleRange('RSD', 'MKD');
    expect(rsdMkd.source).toBe('reference');
    expect(isPlausibleRate('0.5247', rsdMkd)).toBe(true);
    expect(isPlausibleRate('52.47', rsdMkd)).toBe(false);
  });

  it('refuse the rates of issue 16 and accept today\'s', () => {
    expect(isPlausibleRate('0.000000000001', plausibleRange('EUR', 'MKD'))).toBe(false);
    expect(isPlausibleRate('999999999999.999999999999', plausibleRange('EUR', 'RSD'))).toBe(false);
    for (const [quote, rate] of [['RSD', '117.1754'], ['MKD', '61.54'], ['ALL', '134.9'], ['BAM', '1.95583'], ['USD', '1.16']] as const) {
      expect(isPlausibleRate(rate, plausibleRange('EUR', quote)), quote).toBe(true);
    }
  });

  it('fall back to a generic range for a currency without a level, and give way to an override', () => {
    expect(plausibleRange('EUR', 'VND')).toEqual({ min: 0.000001, max: 1_000_000, source: 'generic' });
    expect(isPlausibleRate('27000', plausibleRange('EUR', 'VND'))).toBe(true);
    expect(plausibleRange('EUR', 'MKD', { min: 1, max: 100_000 })).toEqual({ min: 1, max: 100_000, source: 'override' });
    expect(rangeText(0.000001)).toBe('0.000001');
    expect(rangeText(1_000_000)).toBe('1000000');
  });
});

describe('a converted payment', () => {
  const toEur = (amountMinor: number, rsdPerEur: string) => () => ({ grantAmountMinor: convertCross(amountMinor, 2, rsdPerEur, '1', 2), fxRate: 'x' });

  it('that rounds to zero is a break naming both amounts; the first that rounds to a cent is not', () => {
    expect(convertedAmount(1, 'RSD', 'EUR', toEur(1, '117.2'))).toMatchObject({ break: { path: 'amountMinor', issue: 'rounds_to_zero', params: { amountMinor: 1, currency: 'RSD', grantCurrency: 'EUR' } } });
    expect(convertedAmount(58, 'RSD', 'EUR', toEur(58, '117.2'))).toHaveProperty('break');
    expect(convertedAmount(59, 'RSD', 'EUR', toEur(59, '117.2'))).toEqual({ grantAmountMinor: 1, fxRate: 'x' });
  });

  it('too large to hold is a break, not a thrown RangeError', () => {
    expect(() => convertCross(Number.MAX_SAFE_INTEGER, 2, '0.000000000001', '1', 2)).toThrow(ConversionRangeError);
    expect(convertedAmount(Number.MAX_SAFE_INTEGER, 'MKD', 'EUR', () => ({ grantAmountMinor: convertCross(Number.MAX_SAFE_INTEGER, 2, '0.000000000001', '1', 2), fxRate: null }))).toMatchObject({ break: { issue: 'too_big_to_convert' } });
  });
});
