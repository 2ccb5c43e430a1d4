import { useMemo, type ReactNode } from 'react';
import { useLocale } from '../../i18n/use-locale';
import { readAmount, type AmountReading } from './amount-input';
import { CurrencySelect } from './CurrencySelect';
import type { FieldErrors } from './field-errors';
import { FormField } from './FormField';

/** The amount typed in the user's number format, read in `currency` (kept current with the UI language). */
export function useAmountReading(text: string, currency: string): AmountReading {
  const { t, locale } = useLocale();
  return useMemo(() => readAmount(text, currency, locale, t), [text, currency, locale, t]);
}

type Props = {
  /** The id of the field the API names `field` ('amountMinor', 'currency'). */
  id(field: string): string;
  /** Errors by API field; these fields show `amountMinor` and `currency`. */
  errors: FieldErrors;
  /** Test id prefix: the fields are `<prefix>-amount` and `<prefix>-currency`. */
  'data-testid-prefix': string;
  amount: { label: string; hint: ReactNode; text: string; onChange(text: string): void; autoFocus?: boolean };
  currency: { label: string; hint?: ReactNode; value: string; onChange(code: string): void };
};

/** An amount typed in the user's number format and its currency, each with its own error. */
export function MoneyFields({ id, errors, 'data-testid-prefix': testIdPrefix, amount, currency }: Props) {
  return (
    <>
      <FormField id={id('amountMinor')} label={amount.label} hint={amount.hint} error={errors.amountMinor} data-testid={`${testIdPrefix}-amount`}>
        {(c) => (
          <input {...c} className="mf-input num" inputMode="decimal" value={amount.text} onChange={(e) => amount.onChange(e.target.value)} autoFocus={amount.autoFocus} autoComplete="off" />
        )}
      </FormField>
      <FormField id={id('currency')} label={currency.label} hint={currency.hint} error={errors.currency} data-testid={`${testIdPrefix}-currency`}>
        {(c) => <CurrencySelect control={c} value={currency.value} onChange={currency.onChange} />}
      </FormField>
    </>
  );
}
