import { useEffect, useState } from 'react';
import type { Output } from '../../../../core/api/handlers';
import { REGION_COUNTRIES } from '../../../../core/domain/countries';
import { useApi } from '../../api/context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { countryName } from '../../i18n/country-names';
import { useLocale } from '../../i18n/use-locale';
import { PROGRAMME_KEYS } from './plan-codes';

export const PLAN_CURRENCIES = ['EUR', 'USD', 'ALL', 'BAM', 'RSD', 'MKD'] as const;

/** A new plan: programme, country, owning organisation, first year, length (five years unless changed) and currency. */
export function NewPlanForm({ onCancel, onCreated }: { onCancel(): void; onCreated(id: number): void }) {
  const api = useApi();
  const { t } = useLocale();
  const [orgs, setOrgs] = useState<Output<'organisations.options'>>([]);
  const [title, setTitle] = useState('');
  const [programme, setProgramme] = useState<keyof typeof PROGRAMME_KEYS>('national_hotline');
  const [country, setCountry] = useState<string>('MK');
  const [organisationId, setOrganisationId] = useState<number | ''>('');
  const [firstYear, setFirstYear] = useState('2027');
  const [length, setLength] = useState('5');
  const [currency, setCurrency] = useState<string>('EUR');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('organisations.options', {}).then(setOrgs, setError);
  }, [api]);
  const owners = orgs.filter((o) => o.country === country && o.kind === 'ngo');

  const save = () => {
    api
      .call('plans.create', { title, programme, country, organisationId: Number(organisationId), firstYear: Number(firstYear), length: Number(length), currency })
      .then((r) => onCreated(r.id), setError);
  };
  return (
    <form
      className="plan-form"
      data-testid="plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2>{t('plans.new')}</h2>
      {error !== null && <ErrorBanner title={t('plans.saveFailed')} error={error} />}
      <label>
        {t('plans.field.title')}
        <input data-testid="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        {t('plans.field.programme')}
        <select value={programme} onChange={(e) => setProgramme(e.target.value as keyof typeof PROGRAMME_KEYS)}>
          {Object.entries(PROGRAMME_KEYS).map(([code, key]) => (
            <option key={code} value={code}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plans.column.country')}
        <select data-testid="plan-country" value={country} onChange={(e) => (setCountry(e.target.value), setOrganisationId(''))}>
          {REGION_COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {countryName(t, c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plans.field.organisation')}
        <select data-testid="plan-organisation" value={organisationId} onChange={(e) => setOrganisationId(Number(e.target.value))} required>
          <option value="" />
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plans.field.firstYear')}
        <input data-testid="plan-first-year" inputMode="numeric" value={firstYear} onChange={(e) => setFirstYear(e.target.value)} />
      </label>
      <label>
        {t('plans.field.length')}
        <input inputMode="numeric" value={length} onChange={(e) => setLength(e.target.value)} />
      </label>
      <label>
        {t('plans.field.currency')}
        <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
          {PLAN_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <div className="plan-form-buttons">
        <button type="submit" className="btn btn-primary" data-testid="plan-save">
          {t('plans.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('plans.cancel')}
        </button>
      </div>
    </form>
  );
}
