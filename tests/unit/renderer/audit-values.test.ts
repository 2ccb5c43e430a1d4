import { describe, expect, it } from 'vitest';
import { formatMoneyIn } from '../../../core/domain/locale-format';
import { money } from '../../../core/domain/money';
import { formatUtcInstant } from '../../../renderer/src/features/audit/audit-time';
import { isMoneyField, showFieldValue } from '../../../renderer/src/features/audit/field-value';
import { userLabel } from '../../../renderer/src/features/audit/user-label';
import { createI18n } from '../../../renderer/src/i18n/i18n';

describe('times in the audit log', () => {
  it('are ISO date and time in UTC, whatever the instant was written as', () => {
    expect(formatUtcInstant('2026-11-24T12:00:00.000Z')).toBe('2026-11-24 12:00:00 UTC');
    expect(formatUtcInstant('2026-01-01T00:00:00Z')).toBe('2026-01-01 00:00:00 UTC');
    expect(formatUtcInstant('2026-01-01T00:00Z')).toBe('2026-01-01 00:00:00 UTC');
    expect(formatUtcInstant('2026-03-29 01:30:00')).toBe('2026-03-29 01:30:00 UTC'); // SQLite's datetime('now') is UTC
    expect(formatUtcInstant('2026-03-29T03:30:00+02:00')).toBe('2026-03-29 01:30:00 UTC');
  });

  it('leave anything that is not an instant as stored', () => {
    expect(formatUtcInstant('x')).toBe('x');
    expect(formatUtcInstant('')).toBe('');
  });
});

describe('field values in a record history', () => {
  const grant = { amount_minor: 10_600_000, currency: 'RSD', title: 'Hotline 2026', active: 1, note: null };

  it('show money columns in the row currency, formatted for the language, with the stored integer', () => {
    expect(isMoneyField('amount_minor')).toBe(true);
    expect(isMoneyField('minor_units')).toBe(false);
    for (const locale of ['en', 'sq', 'sr-Cyrl', 'mk'] as const) {
      expect(showFieldValue('amount_minor', grant.amount_minor, grant, locale)).toEqual({
        kind: 'money',
        text: formatMoneyIn(money(10_600_000, 'RSD'), locale),
        stored: '10600000',
      });
    }
  });

  it('show a money column as stored when the row has no currency', () => {
    expect(showFieldValue('need_minor', 500, { need_minor: 500 }, 'en')).toEqual({ kind: 'plain', text: '500' });
    expect(showFieldValue('amount_minor', 500, { currency: 'not a code' }, 'en')).toEqual({ kind: 'plain', text: '500' });
  });

  it('show everything else exactly as stored, and no value as empty', () => {
    expect(showFieldValue('title', grant.title, grant, 'mk')).toEqual({ kind: 'plain', text: 'Hotline 2026' });
    expect(showFieldValue('active', 1, grant, 'en')).toEqual({ kind: 'plain', text: '1' });
    expect(showFieldValue('rate', '117.1754', grant, 'sq')).toEqual({ kind: 'plain', text: '117.1754' });
    expect(showFieldValue('note', null, grant, 'en')).toEqual({ kind: 'empty' });
    expect(showFieldValue('note', undefined, null, 'en')).toEqual({ kind: 'empty' });
  });
});

describe('who made a change', () => {
  const { t } = createI18n('en');
  it('is the user, the system when nobody was signed in, or the number of an account that is gone', () => {
    expect(userLabel(t, { userId: 3, userName: 'Demo Coordinator' })).toBe('Demo Coordinator');
    expect(userLabel(t, { userId: null, userName: null })).toBe('System');
    expect(userLabel(t, { userId: 9, userName: null })).toBe('User 9');
    expect(userLabel(createI18n('sr-Cyrl').t, { userId: null, userName: null })).toBe('Систем');
  });
});
