import { describe, expect, it } from 'vitest';
import { osUiLocale, uiLocaleOfTag } from '../../../core/domain/os-locale';

describe('the language the operating system asks for', () => {
  it.each([
    ['en-US', 'en'],
    ['sq-AL', 'sq'],
    ['sq-XK', 'sq'],
    ['mk-MK', 'mk'],
    ['bs-BA', 'bs'],
    ['hr', 'hr'],
    ['sr', 'sr-Latn'], // Latin: what most Serbian users read and type on computers
    ['sr-RS', 'sr-Latn'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr-Cyrl', 'sr-Cyrl'],
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr_RS', 'sr-Latn'],
    ['sr-ME', 'cnr'],
    ['sr-Latn-ME', 'cnr'],
    ['sr-Cyrl-ME', 'sr-Cyrl'],
    ['cnr', 'cnr'],
    ['sh', 'sr-Latn'],
    ['de-DE', null],
  ] as const)('%s → %s', (tag, locale) => {
    expect(uiLocaleOfTag(tag)).toBe(locale);
  });

  it('is the first preferred language Tranche speaks, else English', () => {
    expect(osUiLocale(['de-AT', 'hr-HR', 'en'])).toBe('hr');
    expect(osUiLocale(['de-AT', 'fr'])).toBe('en');
    expect(osUiLocale([])).toBe('en');
  });
});
