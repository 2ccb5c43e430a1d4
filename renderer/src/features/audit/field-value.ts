/**
 * How a stored field value reads in the audit log: money columns (…_minor) as an amount in the
 * row's currency, formatted for the UI language; everything else as stored, so the auditor sees
 * exactly what the database holds.
 */
import type { UiLocale } from '../../../../core/domain/locales';
import { showMoney } from '../../components/money-text';
import type { Image } from './history-diff';

export type ShownValue =
  /** No value (SQL NULL) or no such field in this image. */
  | { kind: 'empty' }
  /** An amount in minor units shown in its currency; `stored` is the integer in the file. */
  | { kind: 'money'; text: string; stored: string }
  | { kind: 'plain'; text: string };

/** Is `field` a money column (an integer amount in minor units of the row's currency)? */
export const isMoneyField = (field: string): boolean => field.endsWith('_minor');

/**
 * One value of one image for display. `image` is the image the value comes from: its `currency`
 * says which currency a money column is in (before and after may differ if the currency changed).
 */
export function showFieldValue(field: string, value: unknown, image: Image | null, locale: UiLocale): ShownValue {
  if (value === null || value === undefined) return { kind: 'empty' };
  const currency = image?.currency;
  if (isMoneyField(field) && Number.isSafeInteger(value) && typeof currency === 'string' && /^[A-Z]{3}$/.test(currency)) {
    return { kind: 'money', text: showMoney({ amountMinor: value as number, currency }, locale), stored: String(value) };
  }
  if (typeof value === 'string') return { kind: 'plain', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'plain', text: String(value) };
  return { kind: 'plain', text: JSON.stringify(value) };
}
