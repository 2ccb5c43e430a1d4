import { formatMoneyIn } from '../../../core/domain/locale-format';
import type { UiLocale } from '../../../core/domain/locales';

export type Money = { amountMinor: number; currency: string };

/** Exact money for display in the UI language; an amount in a currency this build does not know is shown plainly. */
export function showMoney(m: Money | null | undefined, locale: UiLocale): string {
  if (!m) return '';
  try {
    return formatMoneyIn(m, locale);
  } catch {
    return `${m.amountMinor} ${m.currency}`;
  }
}
