import { describe, expect, it } from 'vitest';
import { amountFilterParams } from '../../../renderer/src/components/amount-filter';

describe('money filters typed in the UI language', () => {
  it('read the locale’s own format', () => {
    const refused: (string | null)[] = [];
    const sr = amountFilterParams('sr-Latn', (t) => refused.push(t));
    expect(sr.numberParser('50.000,5')).toBe(50000.5);
    expect(sr.numberParser('50000')).toBe(50000);
    expect(amountFilterParams('en', () => {}).numberParser('50,000.5')).toBe(50000.5);
    expect(amountFilterParams('sq', () => {}).numberParser('50 000,50')).toBe(50000.5);
    expect(refused).toEqual([null, null]);
  });

  it('refuse ambiguous input and report it, and clear the report once the text reads', () => {
    const refused: (string | null)[] = [];
    const sq = amountFilterParams('sq', (t) => refused.push(t));
    expect(sq.numberParser('1.234')).toBeNull(); // thousands or decimals? sq writes "1234" or "1 234", "1,234"
    expect(sq.numberParser('1234')).toBe(1234);
    expect(sq.numberParser('')).toBeNull();
    expect(refused).toEqual(['1.234', null, null]);
  });

  it('show a stored value with the locale’s decimal separator, so it reads back', () => {
    const hr = amountFilterParams('hr', () => {});
    expect(hr.numberFormatter(1234.5)).toBe('1234,5');
    expect(hr.numberParser(hr.numberFormatter(1234.5))).toBe(1234.5);
    expect(hr.numberFormatter(null)).toBeNull();
  });
});
