import { useLocale } from '../../i18n/use-locale';
import { otherCountries, regionCountries } from './choices';
import type { ControlProps } from './FormField';

/** A country: the seven of the region first, then the rest of the world. */
export function CountrySelect({ value, onChange, control }: { value: string; onChange(code: string): void; control: ControlProps }) {
  const { t } = useLocale();
  return (
    <select {...control} className="mf-input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('money.choice.select')}</option>
      <optgroup label={t('money.choice.regionCountries')}>
        {regionCountries().map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('money.choice.otherCountries')}>
        {otherCountries().map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
