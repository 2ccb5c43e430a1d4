import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/client';
import { badDateText, isIsoDate, readAmount } from '../../../renderer/src/features/money-flow/amount-input';
import { firstErrorField, splitError } from '../../../renderer/src/features/money-flow/field-errors';
import { customTotal, previewSchedule } from '../../../renderer/src/features/money-flow/schedule-preview';

// Keys stand for their texts, with the placeholders listed, so the tests can see which message was chosen.
const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)) as unknown as TFunction;
const grant = { amountMinor: 10_000_000, currency: 'EUR', startDate: '2026-01-01', endDate: '2026-12-31' };

describe('amounts typed in the money forms', () => {
  it('are read in the language of the interface and shown back exactly', () => {
    expect(readAmount('100,000.00', 'EUR', 'en', t)).toEqual({ state: 'ok', money: { amountMinor: 10_000_000, currency: 'EUR' } });
    expect(readAmount('100000', 'EUR', 'en', t)).toEqual({ state: 'ok', money: { amountMinor: 10_000_000, currency: 'EUR' } });
    expect(readAmount('100.000,00', 'EUR', 'sr-Latn', t)).toEqual({ state: 'ok', money: { amountMinor: 10_000_000, currency: 'EUR' } });
    expect(readAmount('', 'EUR', 'en', t)).toEqual({ state: 'empty' });
  });

  it('refuse zero, nonsense and ambiguous text with a message', () => {
    expect(readAmount('0', 'EUR', 'en', t)).toMatchObject({ state: 'invalid', message: 'money.error.amountPositive' });
    expect(readAmount('abc', 'EUR', 'en', t)).toMatchObject({ state: 'invalid' });
    expect(readAmount('1.234', 'EUR', 'sq', t)).toMatchObject({ state: 'invalid' });
  });

  it('say a currency has fewer decimals, or an amount is too large, rather than blaming the format', () => {
    expect(readAmount('12.345', 'EUR', 'en', t)).toEqual({ state: 'invalid', message: 'money.error.decimals {"currency":"EUR","count":2}' });
    expect(readAmount('12,5', 'JPY', 'sr-Latn', t)).toEqual({ state: 'invalid', message: 'money.error.noDecimals {"currency":"JPY"}' });
    // 21 digits overflow exact arithmetic; EUR 10,000,000,000,000.00 is within it but above the maximum.
    expect(readAmount('123456789012345678901', 'EUR', 'en', t)).toEqual({ state: 'invalid', message: 'money.error.amountTooLarge {"max":"€100,000,000,000.00"}' });
    expect(readAmount('10,000,000,000,000.00', 'EUR', 'en', t)).toEqual({ state: 'invalid', message: 'money.error.amountTooLarge {"max":"€100,000,000,000.00"}' });
    expect(readAmount('100,000,000,000.00', 'EUR', 'en', t)).toMatchObject({ state: 'ok' });
  });

  it('take only calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28.02.2026')).toBe(false);
  });
});

describe('server issues at their fields', () => {
  const error = (issues: { path: string; code: string }[]) => new ApiError({ code: 'invalid_input', message: 'x', issues: issues.map((i) => ({ ...i, message: 'm' })) }, 'grants.create');

  it('put each issue at the field its path names, in words chosen by path and code', () => {
    const split = splitError(error([{ path: 'endDate', code: 'custom' }, { path: 'amountMinor', code: 'too_small' }]), t, ['amountMinor', 'endDate']);
    expect(split).toEqual({ fields: { endDate: 'money.error.endBeforeStart', amountMinor: 'money.error.amountPositive' }, banner: null });
    expect(firstErrorField(split.fields, ['reference', 'amountMinor', 'endDate'])).toBe('amountMinor');
  });

  it('show a nested path at the closest field, and what no field shows in the banner', () => {
    const split = splitError(error([{ path: 'schedule.instalments.2.amountMinor', code: 'too_small' }, { path: 'grantId', code: 'rule' }]), t, ['schedule.instalments', 'schedule.instalments.2']);
    expect(split.fields).toEqual({ 'schedule.instalments.2': 'money.error.amountPositive' });
    expect(split.banner).toBe('money.error.invalid');
  });

  it('show an error without issues as a banner', () => {
    const split = splitError(new ApiError({ code: 'forbidden', message: 'no' }, 'grants.create'), t, ['reference']);
    expect(split.fields).toEqual({});
    expect(split.banner).toContain('error.forbidden');
  });
});

describe('the schedule preview', () => {
  it('splits the grant into equal quarterly tranches, as the server will', () => {
    const p = previewSchedule({ kind: 'quarterly', count: '4', firstDueDate: '2026-01-15', remainder: 'last', rows: [] }, grant, 'en', t);
    expect(p.ok && p.tranches).toEqual([
      { seq: 1, dueDate: '2026-01-15', amountMinor: 2_500_000 },
      { seq: 2, dueDate: '2026-04-15', amountMinor: 2_500_000 },
      { seq: 3, dueDate: '2026-07-15', amountMinor: 2_500_000 },
      { seq: 4, dueDate: '2026-10-15', amountMinor: 2_500_000 },
    ]);
  });

  it('names the field at fault: a count running past the end date, a bad first date', () => {
    expect(previewSchedule({ kind: 'monthly', count: '24', firstDueDate: '2026-01-15', remainder: 'last', rows: [] }, grant, 'en', t)).toEqual({
      ok: false,
      errors: { 'schedule.count': 'money.error.outsidePeriod' },
    });
    expect(previewSchedule({ kind: 'monthly', count: '2', firstDueDate: '2026-13-01', remainder: 'last', rows: [] }, grant, 'en', t)).toMatchObject({
      ok: false,
      errors: { 'schedule.firstDueDate': 'money.error.noSuchMonth {"date":"2026-13-01"}' },
    });
    expect(previewSchedule({ kind: 'monthly', count: '2', firstDueDate: '15.01.2026', remainder: 'last', rows: [] }, grant, 'en', t)).toMatchObject({
      ok: false,
      errors: { 'schedule.firstDueDate': 'money.error.date' },
    });
  });

  it('keeps a running total of custom rows and wants it to equal the grant amount', () => {
    const rows = [
      { dueDate: '2026-02-01', amount: '60,000' },
      { dueDate: '2026-08-01', amount: '30,000' },
    ];
    expect(customTotal(rows, 'EUR', 'en', t)).toBe(9_000_000);
    expect(previewSchedule({ kind: 'custom', count: '', firstDueDate: '', remainder: 'last', rows }, grant, 'en', t)).toEqual({
      ok: false,
      errors: { 'schedule.instalments': 'money.schedule.sumMismatch' },
    });
    rows[1]!.amount = '40,000';
    expect(previewSchedule({ kind: 'custom', count: '', firstDueDate: '', remainder: 'last', rows }, grant, 'en', t)).toMatchObject({ ok: true });
  });
});

describe('a date that is not a real date', () => {
  it('names a day the month does not have, leap years included, rather than blaming the format', () => {
    expect(badDateText(t, '2026-02-30')).toBe('money.error.noSuchDay {"date":"2026-02-30","month":"2026-02","days":28}');
    expect(badDateText(t, '2024-02-30')).toBe('money.error.noSuchDay {"date":"2024-02-30","month":"2024-02","days":29}');
    expect(badDateText(t, '2026-04-31')).toBe('money.error.noSuchDay {"date":"2026-04-31","month":"2026-04","days":30}');
    expect(badDateText(t, '2026-00-10')).toBe('money.error.noSuchMonth {"date":"2026-00-10"}');
    expect(badDateText(t, '30.02.2026')).toBe('money.error.date');
  });

  it('passes the refused date and today to a server issue at its field', () => {
    const e = new ApiError({ code: 'invalid_input', message: 'x', params: { date: '2027-05-20', today: '2026-11-24' }, issues: [{ path: 'paidDate', code: 'future', message: 'x' }] }, 'disbursements.record');
    expect(splitError(e, t, ['paidDate']).fields).toEqual({ paidDate: 'money.error.future {"date":"2027-05-20","today":"2026-11-24"}' });
  });
});
