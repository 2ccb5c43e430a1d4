import { useId, useMemo, useState, type FormEvent } from 'react';
import { useApi } from '../../api/context';
import { InlineForm } from '../../components/InlineForm';
import { codeLabel } from '../../i18n/code-labels';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate, readAmount } from '../money-flow/amount-input';
import { AmountHint } from '../money-flow/AmountHint';
import { CurrencySelect } from '../money-flow/CurrencySelect';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { splitRegisterError } from './register-errors';

const PURPOSES = ['shelter', 'hotline', 'legal_aid', 'reintegration', 'prevention', 'awareness', 'capacity_building'] as const;
const FIELDS = ['purpose', 'description', 'startDate', 'endDate', 'amountMinor', 'currency'] as const;

/** What a grantee declared it needs: a purpose over a period, for an amount in a currency. */
export function BudgetLineForm({ organisationId, onCancel, onSaved }: { organisationId: number; onCancel(): void; onSaved(): void }) {
  const api = useApi();
  const { t, locale } = useLocale();
  const uid = useId();
  const [v, setV] = useState({ purpose: 'shelter', description: '', startDate: '', endDate: '', amount: '', currency: 'EUR' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = useMemo(() => readAmount(v.amount, v.currency, locale, t), [v.amount, v.currency, locale, t]);
  const set = (k: keyof typeof v) => (x: string) => setV((old) => ({ ...old, [k]: x }));

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    if (!v.description.trim()) e.description = t('money.error.required');
    for (const f of ['startDate', 'endDate'] as const) if (!isIsoDate(v[f].trim())) e[f] = v[f].trim() ? t('money.error.date') : t('money.error.required');
    if (!e.startDate && !e.endDate && v.endDate.trim() < v.startDate.trim()) e.endDate = t('money.error.endBeforeStart');
    if (amount.state === 'empty') e.amountMinor = t('money.error.required');
    else if (amount.state === 'invalid') e.amountMinor = amount.message;
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0 || amount.state !== 'ok') return;
    setBusy(true);
    try {
      await api.call('organisations.addBudgetLine', {
        organisationId,
        purpose: v.purpose as (typeof PURPOSES)[number],
        description: v.description.trim(),
        startDate: v.startDate.trim(),
        endDate: v.endDate.trim(),
        amountMinor: amount.money.amountMinor,
        currency: v.currency,
      });
      onSaved();
    } catch (err) {
      const split = splitRegisterError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
    }
  }

  const id = (f: string) => `${uid}-${f}`;
  const on = { currency: set('currency') };
  return (
    <InlineForm data-testid="budget-line-form" data-error-testid="budget-line-error" data-save-testid="budget-line-save" title={t('register.budgetLine.new')} banner={banner} saveLabel={t('register.save')} busy={busy} keysHint={t('money.form.keys')} onSubmit={submit} onCancel={onCancel} stopEscape>
      <div className="mf-grid">
        <FormField id={id('purpose')} label={t('money.grant.purpose')} data-testid="budget-line-purpose">
          {(c) => (
            <select {...c} className="mf-input" value={v.purpose} onChange={(e) => set('purpose')(e.target.value)} autoFocus>
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {codeLabel(t, 'purpose', p)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={id('description')} label={t('register.field.description')} error={errors.description} data-testid="budget-line-description" className="mf-wide">
          {(c) => <input {...c} className="mf-input" value={v.description} onChange={(e) => set('description')(e.target.value)} maxLength={500} />}
        </FormField>
        <FormField id={id('startDate')} label={t('money.grant.startDate')} hint={t('money.date.hint')} error={errors.startDate} data-testid="budget-line-start">
          {(c) => <input {...c} className="mf-input date" value={v.startDate} onChange={(e) => set('startDate')(e.target.value)} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('endDate')} label={t('money.grant.endDate')} hint={t('money.date.hint')} error={errors.endDate} data-testid="budget-line-end">
          {(c) => <input {...c} className="mf-input date" value={v.endDate} onChange={(e) => set('endDate')(e.target.value)} maxLength={10} autoComplete="off" />}
        </FormField>
        <FormField id={id('amountMinor')} label={t('money.grant.amount')} hint={amount.state === 'ok' ? <AmountHint reading={amount} /> : undefined} error={errors.amountMinor} data-testid="budget-line-amount">
          {(c) => <input {...c} className="mf-input num" inputMode="decimal" value={v.amount} onChange={(e) => set('amount')(e.target.value)} autoComplete="off" />}
        </FormField>
        <FormField id={id('currency')} label={t('money.grant.currency')} data-testid="budget-line-currency">
          {(c) => <CurrencySelect control={c} value={v.currency} onChange={on.currency} />}
        </FormField>
      </div>
    </InlineForm>
  );
}
