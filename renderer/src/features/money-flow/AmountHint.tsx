import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import type { AmountReading } from './amount-input';

/** What a typed amount was read as ("= €100,000.00"), so a misplaced separator is seen before saving. */
export function AmountHint({ reading }: { reading: AmountReading }) {
  const { t, locale } = useLocale();
  if (reading.state !== 'ok') return null;
  return <span className="mf-parsed">{t('money.amount.readAs', { amount: showMoney(reading.money, locale) })}</span>;
}
