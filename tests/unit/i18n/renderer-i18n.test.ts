import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/client';
import { describeError } from '../../../renderer/src/api/errors';
import { createI18n } from '../../../renderer/src/i18n/i18n';

describe('the renderer catalogues through i18next', () => {
  it('chooses plural forms by each language’s rules and groups the count as it does', () => {
    const sr = createI18n('sr-Latn');
    expect([1, 3, 5, 21, 1234].map((count) => sr.t('grants.count', { count }))).toEqual([
      '1 grant',
      '3 granta',
      '5 grantova',
      '21 grant',
      '1.234 granta',
    ]);
    const en = createI18n('en');
    expect([1, 2, 1234].map((count) => en.t('grants.count', { count }))).toEqual(['1 grant', '2 grants', '1,234 grants']);
    const mk = createI18n('mk');
    expect([1, 2, 11, 21].map((count) => mk.t('grants.count', { count }))).toEqual(['1 грант', '2 гранта', '11 гранта', '21 грант']);
  });

  it('falls back from an override catalogue to sh, and derives Serbian Cyrillic', () => {
    expect(createI18n('hr').t('grants.column.grantor')).toBe(createI18n('bs').t('grants.column.grantor'));
    expect(createI18n('sr-Cyrl').t('grants.count', { count: 3 })).toBe('3 гранта');
  });

  it('phrases API errors by code and field problems by issue code, in the UI language', () => {
    const { t } = createI18n('sq');
    const error = new ApiError(
      { code: 'invalid_input', message: 'Invalid input for grants.page: endRow: Too big', issues: [{ path: 'endRow', code: 'too_big', message: 'Too big' }] },
      'grants.page',
    );
    const described = describeError(error, t);
    expect(described.text).toBe(t('error.invalid_input', { message: t('issue.too_big', { field: 'endRow' }) }));
    expect(described.text).not.toContain('Too big');
    expect(described.detail).toBe('endRow: Too big'); // the core's English, as a technical detail
    expect(describeError(new ApiError({ code: 'not_found', message: 'Grant 9 not found' }, 'grants.get'), t).text).toBe(t('error.not_found'));
  });
});
