import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/context';
import { InlineForm } from '../../components/InlineForm';
import type { TextKey } from '../../i18n/keys';
import { useLocale } from '../../i18n/use-locale';
import { isIsoDate } from '../money-flow/amount-input';
import { CurrencySelect } from '../money-flow/CurrencySelect';
import type { FieldErrors } from '../money-flow/field-errors';
import { FormField } from '../money-flow/FormField';
import { LookAlikes, type LookAlike } from './LookAlikes';
import { splitRegisterError } from './register-errors';
import { ACCOUNT_KINDS, registerLabel } from './register-labels';

const FIELDS = ['kind', 'iban', 'bankName', 'currency', 'holderName', 'validFrom', 'validTo', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_LABELS: [Field, TextKey, TextKey | null][] = [
  ['bankName', 'register.field.bankName', null],
  ['holderName', 'register.field.holderName', null],
  ['validFrom', 'register.field.validFrom', 'money.date.hint'],
  ['validTo', 'register.field.validToOptional', 'money.date.hint'],
  ['reason', 'register.field.reason', 'register.field.reason.hint'],
];

/**
 * A new bank account of an organisation or a person, with the day it is linked from and why it is
 * added (kept in the audit entry). An IBAN held by another record is shown before saving.
 */
export function AccountForm({ owner, holderName, onCancel, onSaved }: { owner: { organisationId: number } | { personId: number }; holderName: string; onCancel(): void; onSaved(): void }) {
  const api = useApi();
  const { t } = useLocale();
  const uid = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ kind: 'iban', iban: '', bankName: '', currency: 'EUR', holderName, validFrom: '', validTo: '', reason: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ for: string; list: LookAlike[] } | null>(null);
  const set = (k: Field) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const id = (f: Field) => `${uid}-${f}`;
  const focus = (e: FieldErrors) => {
    const first = FIELDS.find((f) => e[f]);
    if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
  };

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    if (busy) return;
    const e: FieldErrors = {};
    for (const f of ['iban', 'bankName', 'holderName', 'validFrom'] as const) if (!values[f].trim()) e[f] = t('money.error.required');
    for (const f of ['validFrom', 'validTo'] as const) if (values[f].trim() && !isIsoDate(values[f].trim())) e[f] = t('money.error.date');
    if (!e.validFrom && !e.validTo && values.validTo.trim() && values.validTo.trim() < values.validFrom.trim()) e.validTo = t('money.error.endBeforeStart');
    if (values.reason.trim().length < 5) e.reason = t('money.error.reasonShort');
    setErrors(e);
    setBanner(null);
    if (Object.keys(e).length > 0) return focus(e);
    setBusy(true);
    try {
      if (values.kind === 'iban' && found?.for !== values.iban) {
        const list = await api.call('organisations.lookAlikes', { ...owner, ibans: [values.iban] });
        setFound({ for: values.iban, list });
        if (list.length > 0) {
          setBusy(false);
          return;
        }
      }
      await api.call('organisations.addAccount', {
        ...owner,
        kind: values.kind as 'iban' | 'other',
        iban: values.iban,
        bankName: values.bankName,
        currency: values.currency,
        holderName: values.holderName,
        validFrom: values.validFrom.trim(),
        ...(values.validTo.trim() ? { validTo: values.validTo.trim() } : {}),
        reason: values.reason,
      });
      onSaved();
    } catch (err) {
      const split = splitRegisterError(err, t, FIELDS);
      setErrors(split.fields);
      setBanner(split.banner);
      setBusy(false);
      focus(split.fields);
    }
  }

  const input = (f: Field, label: string, hint?: string, mono = false) => (
    <FormField id={id(f)} label={label} hint={hint} error={errors[f]} data-testid={`account-${f}`}>
      {(c) => <input {...c} className={`mf-input${mono ? ' mono' : ''}`} value={values[f]} onChange={(e) => set(f)(e.target.value)} autoComplete="off" maxLength={f === 'reason' ? 500 : 200} />}
    </FormField>
  );
  const ibanLabel = values.kind === 'iban' ? t('register.field.iban') : t('register.field.accountNumber');
  const ibanHint = values.kind === 'iban' ? t('register.field.iban.hint') : undefined;
  const on = { currency: set('currency') };
  const fields = (FIELD_LABELS.map(([f, label, hint]) => [f, t(label), hint && t(hint)]) as [Field, string, string | undefined][]).map(([f, label, hint]) => input(f, label, hint));
  const pending = values.kind === 'iban' && found !== null && found.for === values.iban && found.list.length > 0;

  return (
    <InlineForm
      formRef={form}
      data-testid="account-form"
      data-error-testid="account-error"
      data-save-testid="account-save"
      title={t('register.account.new')}
      banner={banner}
      saveLabel={pending ? t('register.saveAnyway') : t('register.save')}
      busy={busy}
      keysHint={t('money.form.keys')}
      onSubmit={submit}
      onCancel={onCancel}
      stopEscape
    >
      <div className="mf-grid">
        <FormField id={id('kind')} label={t('register.field.accountKind')} error={errors.kind} data-testid="account-kind">
          {(c) => (
            <select {...c} className="mf-input" value={values.kind} onChange={(e) => set('kind')(e.target.value)}>
              {ACCOUNT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {registerLabel(t, 'accountKind', k)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {input(FIELDS[1], ibanLabel, ibanHint, true)}
        {fields[0]}
        <FormField id={id('currency')} label={t('money.grant.currency')} error={errors.currency} data-testid="account-currency">
          {(c) => <CurrencySelect control={c} value={values.currency} onChange={on.currency} />}
        </FormField>
        {fields.slice(1)}
      </div>
      {pending && <LookAlikes found={found.list} />}
    </InlineForm>
  );
}
