import { useLocale } from '../../i18n/use-locale';
import { currencyName, otherCurrencies, REGION_CURRENCIES } from './choices';
import type { ControlProps } from './FormField';

/** A currency: the six the region pays in first, then every other ISO 4217 code. */
export function CurrencySelect({ value, onChange, control }: { value: string; onChange(code: string): void; control: ControlProps }) {
  const { t } = useLocale();
  return (
    <select {...control} className="mf-input" value={value} onChange={(e) => onChange(e.target.value)}>
      <optgroup label={t('money.choice.commonCurrencies')}>
        {REGION_CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {`${c} · ${currencyName(c)}`}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('money.choice.otherCurrencies')}>
        {otherCurrencies().map((c) => (
          <option key={c.code} value={c.code}>
            {`${c.code} · ${c.name}`}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
