import type { ComponentProps } from 'react';
import { useLocale } from '../../i18n/use-locale';
import { FormField } from './FormField';

type Props = Omit<ComponentProps<typeof FormField>, 'children' | 'className'> & {
  value: string;
  onChange(text: string): void;
  autoFocus?: boolean;
  autoComplete?: 'off';
};

/** A date typed as ISO YYYY-MM-DD in a labelled field, with its hint and its own error. */
export function DateField({ value, onChange, autoFocus, autoComplete, ...field }: Props) {
  const { t } = useLocale();
  return (
    <FormField {...field}>
      {(c) => (
        <input
          {...c}
          className="mf-input date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('money.date.placeholder')}
          maxLength={10}
          autoFocus={autoFocus}
          autoComplete={autoComplete}
        />
      )}
    </FormField>
  );
}
